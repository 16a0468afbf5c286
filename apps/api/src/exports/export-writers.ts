import ExcelJS from 'exceljs';
import type { Writable } from 'node:stream';
import type { ExportCell } from './export-lists';

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The byte-order mark that makes Excel read a CSV file as UTF-8 (Arabic, Chinese, Cyrillic, accents). */
export const UTF8_BOM = '\uFEFF';

/** Characters that make a spreadsheet program read a CSV cell as a formula (OWASP, "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell that a spreadsheet program could read as a formula (`=HYPERLINK(…)`, `+cmd|…`, `@SUM(…)`, or one
 * starting with a tab or carriage return) gets a leading apostrophe, as OWASP recommends, so it stays text.
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** A cell as CSV text: dates in ISO 8601 (UTC), yes/no, numbers as they are; text neutralised and quoted. */
export function csvCell(value: ExportCell): string {
  let text: string;
  if (value === null) return '';
  if (value instanceof Date) text = value.toISOString();
  else if (typeof value === 'boolean') text = value ? 'yes' : 'no';
  else if (typeof value === 'number') text = String(value);
  else text = neutraliseFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: readonly ExportCell[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}

/** Characters XML 1.0 cannot carry: an XLSX file holding one does not open. */
// eslint-disable-next-line no-control-regex
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
/** Excel's limit on the characters of one cell. */
export const XLSX_CELL_MAX = 32_767;

/**
 * A cell as the XLSX writer takes it. Text becomes an inline string (`t="inlineStr"`): never a formula, whatever
 * it starts with, and without a shared-strings table held in memory. Dates are date cells, numbers numbers.
 */
export function xlsxCell(value: ExportCell): ExcelJS.CellValue {
  if (value === null) return null;
  if (value instanceof Date || typeof value === 'number') return value;
  if (typeof value === 'boolean') return { richText: [{ text: value ? 'yes' : 'no' }] };
  const text = value.replace(XML_INVALID, '').slice(0, XLSX_CELL_MAX);
  return text === '' ? null : { richText: [{ text }] };
}

/**
 * Waits until `out` takes more (`drain`) or has finished; fails when the other side went away (a client that
 * disconnects mid-export closes the stream without `drain`, and a plain wait would never end).
 */
function settled(out: Writable, event: 'drain' | 'finish'): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = (error?: Error) => {
      out.off(event, ok);
      out.off('close', closed);
      out.off('error', done);
      if (error) reject(error);
      else resolve();
    };
    const ok = () => done();
    const closed = () => done(new Error('The stream closed before the export was written'));
    out.on(event, ok);
    out.on('close', closed);
    out.on('error', done);
    if (out.destroyed) closed();
  });
}

/** Writes rows to a stream as they come, in batches; `end` finishes the file. */
export interface ExportWriter {
  rows(rows: readonly (readonly ExportCell[])[]): Promise<void>;
  end(): Promise<void>;
}

/** UTF-8 with a byte-order mark, CRLF line ends, RFC 4180 quoting; waits when the client reads slowly. */
export function csvWriter(out: Writable, header: readonly string[]): ExportWriter {
  const write = async (text: string) => {
    if (!out.write(text, 'utf8')) await settled(out, 'drain');
  };
  let started = false;
  const start = async () => {
    if (started) return;
    started = true;
    await write(UTF8_BOM + csvLine(header));
  };
  return {
    async rows(rows) {
      await start();
      if (rows.length) await write(rows.map(csvLine).join(''));
    },
    async end() {
      await start();
      const finished = settled(out, 'finish');
      out.end();
      await finished;
    },
  };
}

/** Excel's streaming writer: each row is committed (written out and released) as soon as it is added. */
export function xlsxWriter(out: Writable, sheetName: string, header: readonly string[]): ExportWriter {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = 'Convene';
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  const headerRow = sheet.addRow(header.map((h) => xlsxCell(h)));
  headerRow.font = { bold: true };
  headerRow.commit();
  return {
    async rows(rows) {
      for (const values of rows) {
        const row = sheet.addRow(values.map(xlsxCell));
        values.forEach((v, i) => {
          if (v instanceof Date) row.getCell(i + 1).numFmt = 'yyyy-mm-dd hh:mm:ss';
        });
        row.commit();
      }
      // Let the zip stream flush before the next batch is read from the database.
      if (out.writableNeedDrain) await settled(out, 'drain');
    },
    async end() {
      sheet.commit();
      await workbook.commit();
    },
  };
}
