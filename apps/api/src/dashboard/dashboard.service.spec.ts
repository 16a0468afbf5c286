import { groupCount, medianOf } from './dashboard.service';

describe('groupCount', () => {
  it('suppresses counts from 1 to below the threshold, and keeps 0 and counts at or above it', () => {
    expect(groupCount(0, 5)).toEqual({ count: 0, suppressed: false });
    expect(groupCount(1, 5)).toEqual({ count: null, suppressed: true });
    expect(groupCount(4, 5)).toEqual({ count: null, suppressed: true });
    expect(groupCount(5, 5)).toEqual({ count: 5, suppressed: false });
    expect(groupCount(1, 1)).toEqual({ count: 1, suppressed: false });
  });
});

describe('medianOf', () => {
  it('takes the middle value of a histogram, averaging the two middle ones of an even count', () => {
    expect(medianOf([], [])).toBeNull();
    expect(medianOf([3], [1])).toBe(3);
    expect(medianOf([1, 10], [2, 1])).toBe(1);
    expect(medianOf([1, 10], [1, 1])).toBe(5.5);
    // Rows of one value from several groups add up; order does not matter.
    expect(medianOf([7, 2, 7, 30], [1, 2, 2, 1])).toBe(7);
    expect(medianOf([2, 4, 6, 8], [1, 1, 1, 1])).toBe(5);
  });
});
