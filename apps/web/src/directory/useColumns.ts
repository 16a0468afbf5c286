import { useCallback, useMemo } from 'react';

const storageKey = (list: string) => `convene.directory.${list}.columns`;

function readStored(list: string, known: readonly string[]): string[] | null {
  try {
    const raw = window.localStorage.getItem(storageKey(list));
    if (!raw) return null;
    const parsed: unknown = JSON.parse(raw);
    if (!Array.isArray(parsed)) return null;
    const ids = parsed.filter((id): id is string => typeof id === 'string' && known.includes(id));
    return ids.length ? ids : null;
  } catch {
    return null;
  }
}

/**
 * The visible columns: the URL's choice (a shared or saved view), else the user's last choice on this device,
 * else the defaults. A choice goes to both the URL and the device, so it persists for the next visit.
 */
export function useColumns(options: {
  list: string;
  known: readonly string[];
  defaults: readonly string[];
  /** Columns this user may not see (e.g. risk without protection.manage): never shown. */
  hidden: readonly string[];
  fromUrl: string[] | null;
  onChange: (columns: string[]) => void;
}) {
  const { list, known, defaults, hidden, fromUrl, onChange } = options;
  const visible = useMemo(() => {
    const chosen = fromUrl ?? readStored(list, known) ?? [...defaults];
    const ids = chosen.filter((id) => !hidden.includes(id));
    // The name column always shows: it is how a row is read and opened.
    return ids.includes('name') ? ids : ['name', ...ids];
  }, [fromUrl, list, known, defaults, hidden]);

  const setVisible = useCallback(
    (ids: string[]) => {
      const ordered = known.filter((id) => ids.includes(id));
      try {
        window.localStorage.setItem(storageKey(list), JSON.stringify(ordered));
      } catch {
        // Private mode or full storage: the URL still holds the choice.
      }
      onChange(ordered);
    },
    [known, list, onChange],
  );

  return { visible, setVisible };
}
