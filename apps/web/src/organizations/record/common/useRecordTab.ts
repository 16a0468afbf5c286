import { useSearchParams } from 'react-router';

/** The open tab, kept in the URL (`?tab=details`); the first tab leaves the URL clean. */
export function useRecordTab<T extends string>(tabs: readonly T[]): [T, (tab: T) => void] {
  const [params, setParams] = useSearchParams();
  const raw = params.get('tab');
  const tab = tabs.find((candidate) => candidate === raw) ?? tabs[0];
  const setTab = (next: T) =>
    setParams((current) => {
      const updated = new URLSearchParams(current);
      if (next === tabs[0]) updated.delete('tab');
      else updated.set('tab', next);
      // The timeline's period belongs to the timeline tab.
      if (next !== tabs[0]) updated.delete('period');
      return updated;
    });
  return [tab, setTab];
}

/** Today, YYYY-MM-DD, in the user's time zone. */
export function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
