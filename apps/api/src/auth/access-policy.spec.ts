import { Role } from '@convene/domain';
import { Action, ACCESS_POLICY, can } from './access-policy';

describe('access policy', () => {
  it('lets only administrators manage users', () => {
    expect(ACCESS_POLICY[Action.ManageUsers]).toEqual([Role.ADMIN]);
    for (const role of [Role.STAFF, Role.CORE_GROUP, Role.VIEWER])
      expect(can({ role }, Action.ManageUsers)).toBe(false);
    expect(can({ role: Role.ADMIN }, Action.ManageUsers)).toBe(true);
  });

  it('lets every role manage its own account, and nobody anonymous do anything', () => {
    for (const role of Object.values(Role)) expect(can({ role }, Action.ManageOwnAccount)).toBe(true);
    for (const action of Object.values(Action)) expect(can(null, action)).toBe(false);
  });
});
