import { MAX_STALE_MS, indexIsFresh, type RollupState } from './dashboard-rollups';

const NOW = Date.parse('2026-11-27T12:00:00Z');
const ago = (ms: number) => new Date(NOW - ms);
const state = (s: Partial<RollupState>): RollupState => ({
  asOf: '2026-11-27',
  periods: {},
  pendingSince: null,
  refreshedAt: 'r2',
  previousRefreshedAt: 'r1',
  consumedSince: null,
  engagements: 1_000_000,
  ...s,
});

describe('indexIsFresh', () => {
  it('holds the index of the last refresh fresh while no change waits more than a minute', () => {
    expect(indexIsFresh('r2', state({}), NOW)).toBe(true);
    expect(indexIsFresh('r2', state({ pendingSince: ago(MAX_STALE_MS) }), NOW)).toBe(true);
    expect(indexIsFresh('r2', state({ pendingSince: ago(MAX_STALE_MS + 1) }), NOW)).toBe(false);
    // What the last refresh took in is in this index.
    expect(indexIsFresh('r2', state({ consumedSince: ago(10 * MAX_STALE_MS) }), NOW)).toBe(true);
  });

  it('holds the previous index fresh only while the changes the last refresh took in are within a minute too', () => {
    expect(indexIsFresh('r1', state({ consumedSince: ago(5_000) }), NOW)).toBe(true);
    expect(indexIsFresh('r1', state({ consumedSince: null }), NOW)).toBe(true); // the day turned: nothing new
    expect(indexIsFresh('r1', state({ consumedSince: ago(MAX_STALE_MS + 1) }), NOW)).toBe(false);
    expect(
      indexIsFresh('r1', state({ consumedSince: ago(5_000), pendingSince: ago(MAX_STALE_MS + 1) }), NOW),
    ).toBe(false);
  });

  it('never holds an older index, or any before the first refresh, fresh', () => {
    expect(indexIsFresh('r0', state({}), NOW)).toBe(false);
    expect(indexIsFresh('r1', null, NOW)).toBe(false);
  });
});
