/**
 * A cell a spreadsheet program would read as a formula (`=HYPERLINK(…)`, `+cmd|…`, `@SUM(…)`, or one starting
 * with a tab or carriage return) gets a leading apostrophe, as OWASP recommends: opened in Excel, it stays text.
 * Plain numbers such as -3 stay numbers. The server's exports (apps/api/src/exports/export-writers.ts) apply the same rule.
 */
export function neutraliseFormula(value: string): string {
  if (/^-?\d+(\.\d+)?$/.test(value)) return value; // a plain number (a figure's change) is no formula
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** Rows to CSV (RFC 4180 quoting), with a byte-order mark so spreadsheet programs read UTF-8. */
export function toCsv(header: string[], rows: string[][]): string {
  const cell = (raw: string) => {
    const value = neutraliseFormula(raw);
    return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
  };
  return `\uFEFF${[header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}

/** Saves rows as `<name>-<today>.csv` through the browser. */
export function downloadCsv(name: string, header: string[], rows: string[][]): void {
  const url = URL.createObjectURL(new Blob([toCsv(header, rows)], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `${name}-${new Date().toISOString().slice(0, 10)}.csv`;
  link.click();
  URL.revokeObjectURL(url);
}
