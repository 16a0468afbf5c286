import { describe, expect, it } from 'vitest';
import {
  collaborationsLink,
  dialogueLink,
  engagementsLink,
  peopleLink,
  followUpsLink,
  organizationsLink,
  recommendationsLink,
  type DrillScope,
} from './drillDown';

const cycle: DrillScope = { from: '2025-12-10', to: '2026-11-27', cycle: 3, current: true, filter: {} };
const range: DrillScope = { from: '2026-02-01', to: '2026-02-28', cycle: null, current: false, filter: {} };
const params = (href: string | null) => (href === null ? null : new URLSearchParams(href.split('?')[1]));

describe('drill-downs', () => {
  it('send engagements to the list with the period as days and every dashboard filter', () => {
    const scope = {
      ...cycle,
      filter: {
        themes: ['yps'],
        organizationKinds: ['CSO' as const],
        regionCodes: ['002'],
        coreGroupMemberId: 'm1',
      },
    };
    const q = params(engagementsLink(scope, { type: 'MEETING' }));
    expect(q?.get('from')).toBe('2025-12-10');
    expect(q?.get('to')).toBe('2026-11-27');
    expect(q?.get('type')).toBe('MEETING');
    expect(q?.getAll('theme')).toEqual(['yps']);
    expect(q?.getAll('kind')).toEqual(['CSO']);
    expect(q?.getAll('region')).toEqual(['002']);
    expect(q?.get('org')).toBe('m1');
  });

  it('narrow a month to its days within the period, and a kind to that kind', () => {
    const first = params(engagementsLink(cycle, { month: '2025-12' }));
    expect([first?.get('from'), first?.get('to')]).toEqual(['2025-12-10', '2025-12-31']);
    const last = params(engagementsLink(cycle, { month: '2026-11' }));
    expect([last?.get('from'), last?.get('to')]).toEqual(['2026-11-01', '2026-11-27']);
    const february = params(
      engagementsLink(
        { ...cycle, filter: { organizationKinds: ['CSO', 'UN_ENTITY'] } },
        { kind: 'UN_ENTITY' },
      ),
    );
    expect(february?.getAll('kind')).toEqual(['UN_ENTITY']);
  });

  it('give no link where the list would show other records than the figure counts', () => {
    // A theme outside the theme filter: the figure counts engagements on both, the list any of them.
    expect(engagementsLink({ ...cycle, filter: { themes: ['yps'] } }, { theme: 'wps' })).toBeNull();
    expect(engagementsLink({ ...cycle, filter: { themes: ['yps'] } }, { theme: 'yps' })).not.toBeNull();
    // Another member's engagements with a member filter set.
    expect(
      engagementsLink({ ...cycle, filter: { coreGroupMemberId: 'm1' } }, { organizationId: 'm2' }),
    ).toBeNull();
    // Organisations: the directory knows cycles, not date ranges, and its theme is the organisation's own.
    expect(organizationsLink(range)).toBeNull();
    expect(organizationsLink({ ...cycle, filter: { themes: ['yps'] } })).toBeNull();
    expect(params(organizationsLink(cycle, { country: 'KE' }))?.toString()).toBe('cycle=3&country=KE');
    // Follow-ups about some engagements only, or in a date range.
    expect(followUpsLink({ ...cycle, filter: { themes: ['yps'] } }, 'u1')).toBeNull();
    expect(followUpsLink(range, 'u1')).toBeNull();
    expect(params(followUpsLink(cycle, 'u1'))?.toString()).toBe('view=everyone&owner=u1&cycle=3');
    // Collaborations: a partner's kind or region, two themes.
    expect(
      collaborationsLink({ ...cycle, filter: { regionCodes: ['002'] } }, { status: 'ACTIVE' }),
    ).toBeNull();
    expect(
      collaborationsLink({ ...cycle, filter: { themes: ['yps', 'wps'] } }, { status: 'ACTIVE' }),
    ).toBeNull();
    // Recommendations of a past period (the list has those of later Dialogues too).
    expect(recommendationsLink({ ...cycle, current: false }, 'SUBMITTED')).toBeNull();
  });

  it('send people engaged to the directory, but never by gender or age, and participants to their Dialogue', () => {
    expect(peopleLink(cycle, 'total')).toBe('/people?cycle=3');
    expect(peopleLink(cycle, 'globalSouth')).toBe('/people?cycle=3&gs=yes');
    expect(peopleLink(range, 'total')).toBeNull();
    expect(peopleLink({ ...cycle, filter: { organizationKinds: ['CSO'] } }, 'total')).toBeNull();
    expect(dialogueLink('d3', 'participants')).toBe('/dialogues/d3/participants');
    expect(dialogueLink(null, 'representation')).toBeNull();
  });

  it('send collaborations active in the period and recommendations at a stage to their lists', () => {
    const q = params(
      collaborationsLink({ ...range, filter: { themes: ['yps'] } }, { southSouth: 'TRIANGULAR' }),
    );
    expect(Object.fromEntries(q ?? [])).toEqual({
      view: 'list',
      activeFrom: '2026-02-01',
      activeTo: '2026-02-28',
      kind: 'TRIANGULAR',
      theme: 'yps',
    });
    expect(recommendationsLink(cycle, 'IN_FINAL_TEXT')).toBe('/recommendations?status=IN_FINAL_TEXT');
  });
});
