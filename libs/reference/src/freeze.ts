/** The type of a value frozen all the way down. */
export type DeepReadonly<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/**
 * Freezes a value and everything it holds (arrays and plain objects; reference data has no cycles), so it cannot
 * be changed by accident: in strict mode an assignment throws a TypeError. Returns the same value, typed read-only.
 */
export function deepFreeze<T>(value: T): DeepReadonly<T> {
  if (value !== null && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value as DeepReadonly<T>;
}

/** Where a piece of reference data comes from and the date it describes. */
export interface ReferenceSource {
  /** Who publishes the data, or how Convene compiled it. */
  readonly source: string;
  /** The date the data describe, as precisely as known: YYYY, YYYY-MM or YYYY-MM-DD. */
  readonly asOf: string;
  readonly note?: string;
}
