import { isWoman, SMALL_GROUP_THRESHOLD, suppress } from './dialogues';

describe('small-group suppression', () => {
  it('withholds every count below the threshold, zero included', () => {
    expect(SMALL_GROUP_THRESHOLD).toBe(5);
    for (const count of [0, 1, 4])
      expect(suppress(count, 40)).toEqual({ count: null, share: null, suppressed: true });
    expect(suppress(5, 40)).toEqual({ count: 5, share: 0.125, suppressed: false });
  });

  it('gives no share of a total that is itself suppressed', () => {
    expect(suppress(5, 4)).toEqual({ count: 5, share: null, suppressed: false });
    expect(suppress(6, 6)).toEqual({ count: 6, share: 1, suppressed: false });
  });
});

describe('women in representation figures', () => {
  it.each(['woman', 'Woman', ' FEMALE ', 'femme'])('counts %j', (gender) => {
    expect(isWoman(gender)).toBe(true);
  });

  it.each([null, '', 'man', 'non-binary', 'women and girls advocate'])('does not count %j', (gender) => {
    expect(isWoman(gender)).toBe(false);
  });
});
