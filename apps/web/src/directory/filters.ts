import type { ReactNode } from 'react';

export interface FilterOption {
  value: string;
  label: string;
}

/**
 * One filter of a directory. `multi`: any of several values (a multi-select); `single`: one value (a select,
 * e.g. yes/no or a Dialogue cycle). `control` replaces the default control (e.g. a search-as-you-type picker).
 */
export interface FilterDef {
  key: string;
  label: string;
  type: 'multi' | 'single';
  options: FilterOption[];
  /** A value's label in its chip when it is not among the options (e.g. a picked organisation). */
  valueLabel?: (value: string) => string;
  control?: (props: { values: string[]; onChange: (values: string[]) => void; label: string }) => ReactNode;
}

export function labelOf(filter: FilterDef, value: string): string {
  return filter.options.find((o) => o.value === value)?.label ?? filter.valueLabel?.(value) ?? value;
}
