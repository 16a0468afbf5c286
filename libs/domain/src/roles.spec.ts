import { ROLES, Role } from './roles';
describe('roles', () => {
  it('lists every role once', () => {
    expect(new Set(ROLES).size).toBe(Object.keys(Role).length);
  });
});
