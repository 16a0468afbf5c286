import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { DIRECTORY_SPECS } from './directorySpecs';
import { useListState } from './useListState';

const spec = DIRECTORY_SPECS.organizations;
const wrapper = ({ children }: { children: ReactNode }) => (
  <MemoryRouter initialEntries={['/organizations']}>{children}</MemoryRouter>
);

describe('useListState', () => {
  it('flips the sort twice when a header is clicked twice before the list re-renders', () => {
    const { result } = renderHook(() => useListState(spec), { wrapper });
    // Both clicks in one act: the second sees the first only through the latest parameters.
    act(() => {
      result.current.change({ toggleSortBy: 'updated' });
      result.current.change({ toggleSortBy: 'updated' });
    });
    expect(result.current.params.get('sort')).toBe('-updated');
    expect(result.current.state.sort).toEqual({ key: 'updated', descending: true });
  });

  it('keeps a filter picked while the search text settles', () => {
    const { result } = renderHook(() => useListState(spec), { wrapper });
    act(() => {
      result.current.change({ filters: { kind: ['CSO_NETWORK'] } });
      result.current.change({ text: 'sahel' });
    });
    expect(result.current.params.toString()).toBe('kind=CSO_NETWORK&q=sahel');
  });
});
