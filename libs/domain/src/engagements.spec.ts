import { defaultSideOf, FollowUpStatus, isOverdue, ParticipantSide } from './engagements';
import { OrganizationKind } from './organizations';

describe('engagement rules', () => {
  it.each([
    [OrganizationKind.UN_ENTITY, ParticipantSide.UN],
    [OrganizationKind.MEMBER_STATE, ParticipantSide.MEMBER_STATE],
    [OrganizationKind.OBSERVER_STATE, ParticipantSide.MEMBER_STATE],
    [OrganizationKind.CSO, ParticipantSide.CIVIL_SOCIETY],
    [OrganizationKind.CSO_NETWORK, ParticipantSide.CIVIL_SOCIETY],
    [OrganizationKind.ACADEMIC, ParticipantSide.CIVIL_SOCIETY],
  ])('puts a %s on the %s side by default', (kind, side) => {
    expect(defaultSideOf(kind)).toBe(side);
  });

  it.each([
    ['2025-01-09', FollowUpStatus.OPEN, true],
    ['2025-01-09', FollowUpStatus.IN_PROGRESS, true],
    ['2025-01-10', FollowUpStatus.OPEN, false],
    ['2025-01-11', FollowUpStatus.OPEN, false],
    ['2025-01-09', FollowUpStatus.DONE, false],
    ['2025-01-09', FollowUpStatus.CANCELLED, false],
  ])('a follow-up due %s and %s is overdue on 2025-01-10: %s', (dueDate, status, overdue) => {
    expect(isOverdue({ dueDate, status }, '2025-01-10')).toBe(overdue);
  });
});
