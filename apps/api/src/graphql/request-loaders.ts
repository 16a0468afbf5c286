import DataLoader from 'dataloader';

/**
 * Per-request DataLoaders: one batch query per relation per request, and a cache that lives exactly as long as
 * the request (so a user never sees another's data, nor stale data from an earlier request).
 * Each domain defines its loaders as `LoaderFactory`s beside its code (e.g. organizations.loader.ts).
 */
export type LoaderFactory<K, V, D> = (deps: D) => DataLoader<K, V>;

export class RequestLoaders {
  private readonly loaders = new Map<LoaderFactory<unknown, unknown, never>, DataLoader<unknown, unknown>>();

  get<K, V, D>(factory: LoaderFactory<K, V, D>, deps: D): DataLoader<K, V> {
    let loader = this.loaders.get(factory);
    if (!loader) {
      loader = factory(deps);
      this.loaders.set(factory, loader);
    }
    return loader as DataLoader<K, V>;
  }
}

/** Orders batch results to match the keys (DataLoader's contract); missing keys give `fallback`. */
export function byKeys<K, V, R>(
  keys: readonly K[],
  rows: R[],
  keyOf: (row: R) => K,
  fallback: V,
  value: (row: R) => V,
): V[] {
  const map = new Map<K, V>();
  for (const row of rows) map.set(keyOf(row), value(row));
  return keys.map((key) => map.get(key) ?? fallback);
}

/** Groups batch results per key, for one-to-many relations. */
export function groupByKeys<K, R>(keys: readonly K[], rows: R[], keyOf: (row: R) => K): R[][] {
  const map = new Map<K, R[]>();
  for (const row of rows) {
    const list = map.get(keyOf(row));
    if (list) list.push(row);
    else map.set(keyOf(row), [row]);
  }
  return keys.map((key) => map.get(key) ?? []);
}
