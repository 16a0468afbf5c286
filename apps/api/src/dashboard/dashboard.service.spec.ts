import { groupCount } from './dashboard.service';

describe('groupCount', () => {
  it('suppresses counts from 1 to below the threshold, and keeps 0 and counts at or above it', () => {
    expect(groupCount(0, 5)).toEqual({ count: 0, suppressed: false });
    expect(groupCount(1, 5)).toEqual({ count: null, suppressed: true });
    expect(groupCount(4, 5)).toEqual({ count: null, suppressed: true });
    expect(groupCount(5, 5)).toEqual({ count: 5, suppressed: false });
    expect(groupCount(1, 1)).toEqual({ count: 1, suppressed: false });
  });
});
