import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, dueGroupOf } from './dates';

describe('due groups', () => {
  const on = '2026-11-27';
  const open = (dueDate: string, overdue = false) => ({ status: 'OPEN', overdue, dueDate });

  it('puts what is past due in Overdue, the next seven days in This week, the rest in Later', () => {
    expect(dueGroupOf(open('2026-11-26', true), on)).toBe('overdue');
    expect(dueGroupOf(open('2026-11-27'), on)).toBe('week');
    expect(dueGroupOf(open('2026-12-03'), on)).toBe('week');
    expect(dueGroupOf(open('2026-12-04'), on)).toBe('later');
  });

  it('trusts the API about overdue, and puts done and cancelled ones in Done', () => {
    expect(dueGroupOf(open('2026-11-27', true), on)).toBe('overdue');
    expect(dueGroupOf({ status: 'DONE', overdue: false, dueDate: '2026-11-01' }, on)).toBe('done');
    expect(dueGroupOf({ status: 'CANCELLED', overdue: false, dueDate: '2026-12-01' }, on)).toBe('done');
  });

  it('counts calendar days across month ends and time changes', () => {
    expect(addDays('2026-10-24', 8)).toBe('2026-11-01');
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-12-01', '2026-11-27')).toBe(-4);
  });
});
