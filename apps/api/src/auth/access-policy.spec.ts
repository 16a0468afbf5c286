import { Role } from '@convene/domain';
import { Action, ACCESS_POLICY, actionsOf, can } from './access-policy';

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

  it('lists exactly the actions a role may take, for the web app to offer', () => {
    for (const role of Object.values(Role))
      expect(actionsOf(role)).toEqual(Object.values(Action).filter((action) => can({ role }, action)));
    expect(actionsOf(Role.VIEWER)).not.toContain(Action.WriteRegister);
    expect(actionsOf(Role.STAFF)).toContain(Action.ManageProtection);
  });
});
