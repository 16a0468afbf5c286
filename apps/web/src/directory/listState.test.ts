import { describe, expect, it } from 'vitest';
import { DIRECTORY_SPECS } from './directorySpecs';
import {
  applyListChange,
  booleanFilter,
  cycleFilter,
  filterCount,
  parseListState,
  toggleSort,
  viewStateOf,
} from './listState';

const spec = DIRECTORY_SPECS.organizations;
const parse = (search: string) => parseListState(new URLSearchParams(search), spec);
const apply = (search: string, change: Parameters<typeof applyListChange>[1]) =>
  applyListChange(new URLSearchParams(search), change, spec).toString();

describe('list state in the URL', () => {
  it('reads text, filters (several values each), sort and columns, ignoring what the list does not own', () => {
    const state = parse(
      'q=peace&kind=CSO&kind=UN_ENTITY&kind=CSO&gs=yes&org=x&sort=-updated&cols=name,bogus,kind,name',
    );
    expect(state).toEqual({
      text: 'peace',
      filters: { kind: ['CSO', 'UN_ENTITY'], gs: ['yes'] },
      sort: { key: 'updated', descending: true },
      columns: ['name', 'kind'],
    });
  });

  it('falls back to the default sort and no column choice', () => {
    expect(parse('sort=-password')).toMatchObject({
      sort: { key: 'name', descending: false },
      columns: null,
    });
    expect(parse('')).toEqual({ text: '', filters: {}, sort: spec.defaultSort, columns: null });
  });

  it('writes changes, keeping parameters it does not own and leaving the default sort out', () => {
    expect(apply('tab=x&kind=CSO', { filters: { kind: ['CSO', 'UN_ENTITY'], gs: ['no'] } })).toBe(
      'tab=x&kind=CSO&kind=UN_ENTITY&gs=no',
    );
    expect(apply('kind=CSO&q=old', { text: '  new  ' })).toBe('kind=CSO&q=new');
    expect(apply('kind=CSO&q=old', { text: '' })).toBe('kind=CSO');
    expect(apply('sort=-updated', { sort: { key: 'name', descending: false } })).toBe('');
    expect(apply('', { sort: { key: 'created', descending: true } })).toBe('sort=-created');
    expect(apply('', { columns: ['name', 'country'] })).toBe('cols=name%2Ccountry');
    expect(apply('q=a&kind=CSO&gs=yes&tab=x', { clearFilters: true })).toBe('q=a&tab=x');
    expect(apply('', { filters: { password: ['x'] } })).toBe('');
  });

  it('round-trips: what it writes, it reads back', () => {
    const search = apply('', {
      text: 'sahel',
      filters: { kind: ['CSO_NETWORK'], theme: ['yps', 'wps'], cycle: ['since'] },
      sort: { key: 'updated', descending: true },
      columns: ['name', 'themes'],
    });
    expect(parse(search)).toEqual({
      text: 'sahel',
      filters: { kind: ['CSO_NETWORK'], theme: ['yps', 'wps'], cycle: ['since'] },
      sort: { key: 'updated', descending: true },
      columns: ['name', 'themes'],
    });
    expect(filterCount(parse(search))).toBe(4);
  });

  it('saves a view in a canonical form, whatever order the parameters came in', () => {
    const a = viewStateOf(new URLSearchParams('cols=name,kind&tab=x&kind=CSO&q=peace'), spec);
    const b = viewStateOf(new URLSearchParams('q=peace&kind=CSO&cols=name%2Ckind'), spec);
    expect(a).toBe(b);
    expect(a).toBe('q=peace&kind=CSO&cols=name%2Ckind');
  });

  it('flips the direction on the same column and starts ascending on a new one', () => {
    expect(toggleSort({ key: 'name', descending: false }, 'name')).toEqual({ key: 'name', descending: true });
    expect(toggleSort({ key: 'name', descending: true }, 'updated')).toEqual({
      key: 'updated',
      descending: false,
    });
  });

  it('toggles the sort against the parameters it is given', () => {
    expect(apply('', { toggleSortBy: 'updated' })).toBe('sort=updated');
    expect(apply('sort=updated', { toggleSortBy: 'updated' })).toBe('sort=-updated');
    expect(apply('sort=-updated&q=x', { toggleSortBy: 'name' })).toBe('q=x');
  });

  it('turns yes/no and the cycle into API filters', () => {
    expect(booleanFilter(['yes'])).toBe(true);
    expect(booleanFilter(['no'])).toBe(false);
    expect(booleanFilter(['yes', 'no'])).toBeUndefined();
    expect(booleanFilter(['maybe'])).toBeUndefined();
    expect(cycleFilter(['since'])).toEqual({ engagedSinceLastDialogue: true });
    expect(cycleFilter(['2'])).toEqual({ engagedInCycle: 2 });
    expect(cycleFilter(['-1'])).toEqual({});
    expect(cycleFilter(undefined)).toEqual({});
  });
});
