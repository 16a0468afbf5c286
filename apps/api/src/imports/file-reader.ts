import ExcelJS from 'exceljs';
import Papa from 'papaparse';

/**
 * Reads an uploaded file into a header row and data rows of clean text cells, or says precisely why it cannot:
 * wrong format (a PDF, a Word document renamed .csv, an old .xls), wrong encoding, empty, header only.
 * Nothing in a cell is ever evaluated: an XLSX formula gives its last computed value (and a warning), and a CSV
 * cell such as `=HYPERLINK(...)` stays the text it is.
 */

export type FileFormat = 'CSV' | 'XLSX';

/** A problem with the file as a whole: the message says what is wrong and what to do. */
export class FileProblem extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FileProblem';
  }
}

export interface FileSniff {
  format: FileFormat;
  /** For CSV: the text, decoded. */
  text?: string;
  /** For CSV: what the bytes were read as. */
  encoding?: 'UTF-8' | 'UTF-8 with BOM' | 'UTF-16LE' | 'UTF-16BE';
}

export interface ParsedFile {
  format: FileFormat;
  encoding: string | null;
  delimiter: string | null;
  sheetNames: string[];
  sheet: string | null;
  headers: string[];
  /** Data rows (blank rows left out), each with its row number in the file (the header is row 1). */
  rows: { rowNumber: number; cells: string[] }[];
  /** Notes about the file as a whole (formulas read as values, blank rows skipped). */
  notes: string[];
}

const startsWith = (bytes: Uint8Array, ...prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

/** Names inside a ZIP archive (from its local headers; enough to tell XLSX from DOCX or PPTX). */
function zipEntryNames(bytes: Uint8Array, limit = 200): string[] {
  const names: string[] = [];
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = view.indexOf('PK\u0003\u0004', 0, 'latin1');
  while (at >= 0 && names.length < limit && at + 30 <= view.length) {
    const nameLength = view.readUInt16LE(at + 26);
    names.push(view.toString('utf8', at + 30, at + 30 + nameLength));
    at = view.indexOf('PK\u0003\u0004', at + 30 + nameLength, 'latin1');
  }
  return names;
}

/** Decides what the bytes are; throws FileProblem for what Convene cannot import. */
export function sniffFile(bytes: Uint8Array): FileSniff {
  if (bytes.length === 0) throw new FileProblem('The file is empty (0 bytes).');
  if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46))
    throw new FileProblem('This is a PDF document, not a spreadsheet. Export the data as CSV or XLSX.');
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0))
    throw new FileProblem(
      'This is an old Excel 97–2003 (.xls) or Word (.doc) file. In Excel use Save As › Excel Workbook (.xlsx) or CSV UTF-8.',
    );
  if (
    startsWith(bytes, 0x89, 0x50, 0x4e, 0x47) ||
    startsWith(bytes, 0xff, 0xd8, 0xff) ||
    startsWith(bytes, 0x47, 0x49, 0x46)
  )
    throw new FileProblem('This is an image, not a spreadsheet. Import a CSV or XLSX file.');
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) {
    const names = zipEntryNames(bytes);
    if (names.some((n) => n.startsWith('xl/'))) return { format: 'XLSX' };
    if (names.some((n) => n.startsWith('word/')))
      throw new FileProblem('This is a Word document (.docx), not a spreadsheet. Import a CSV or XLSX file.');
    if (names.some((n) => n.startsWith('ppt/')))
      throw new FileProblem(
        'This is a PowerPoint presentation, not a spreadsheet. Import a CSV or XLSX file.',
      );
    if (names.some((n) => n === 'content.xml' || n === 'mimetype'))
      throw new FileProblem(
        'This is an OpenDocument file. In LibreOffice use Save As › Excel 2007–365 (.xlsx) or Text CSV (UTF-8).',
      );
    throw new FileProblem('This is a ZIP archive, not a spreadsheet. Import a CSV or XLSX file.');
  }
  if (startsWith(bytes, 0xef, 0xbb, 0xbf))
    return { format: 'CSV', encoding: 'UTF-8 with BOM', text: decodeUtf8(bytes.subarray(3)) };
  if (startsWith(bytes, 0xff, 0xfe))
    return {
      format: 'CSV',
      encoding: 'UTF-16LE',
      text: new TextDecoder('utf-16le').decode(bytes.subarray(2)),
    };
  if (startsWith(bytes, 0xfe, 0xff))
    return {
      format: 'CSV',
      encoding: 'UTF-16BE',
      text: new TextDecoder('utf-16be').decode(bytes.subarray(2)),
    };
  const head = bytes.subarray(0, 4096);
  const zeros = head.filter((b) => b === 0).length;
  if (zeros > 0) {
    // UTF-16 without a byte order mark puts a zero beside every Latin letter; other binary files have zeros too.
    if (zeros >= head.length / 4)
      throw new FileProblem(
        'The file looks like UTF-16 text without a byte order mark, or is not a text file at all. Save it as CSV UTF-8 (in Excel: Save As › CSV UTF-8).',
      );
    throw new FileProblem('This is not a text (CSV) or XLSX file. Import a CSV or XLSX file.');
  }
  return { format: 'CSV', encoding: 'UTF-8', text: decodeUtf8(bytes) };
}

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Find the first bad byte so the message can point at it.
    let line = 1;
    let at = 0;
    for (; at < bytes.length; at++) {
      const b = bytes[at];
      if (b === 0x0a) line++;
      if (b < 0x80) continue;
      const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 0;
      if (!length || at + length > bytes.length) break;
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(at, at + length));
        at += length - 1;
      } catch {
        break;
      }
    }
    throw new FileProblem(
      `The file is not UTF-8 text (line ${line} has bytes such as 0x${(bytes[at] ?? 0).toString(16).toUpperCase()} that are not UTF-8; Excel's plain "CSV" uses your computer's regional encoding). In Excel use Save As › CSV UTF-8 (comma delimited), or import the .xlsx itself.`,
    );
  }
}

// Control and zero-width characters a spreadsheet leaves in cells: never part of a name or an address.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b-\u200d\u2060\ufeff]/g;
const SPACES = /[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g;

/**
 * A cell as Convene stores it: invisible characters removed, runs of spaces and line breaks as one space,
 * trimmed. A leading apostrophe that only protected a formula-like text (`'=1+2`, as spreadsheets and safe
 * exports write it) is dropped; the text itself is kept as inert text.
 */
export function cleanCell(value: string): string {
  let text = value.replace(INVISIBLE, '').replace(SPACES, ' ').trim();
  if (/^'[=+\-@]/.test(text)) text = text.slice(1);
  return text;
}

/** Whether a cell would be read as a formula by a spreadsheet (it is stored as text; the dry run says so). */
export function looksLikeFormula(value: string): boolean {
  return /^[=+@]/.test(value) || /^-[^\d\s]/.test(value) || /^[\t\r]/.test(value);
}

/** The first few thousand characters tell the delimiter: the one giving the most rows of the same width. */
function detectDelimiter(text: string): string {
  const sample = text.slice(0, 20_000);
  let best = ',';
  let bestScore = -1;
  for (const delimiter of [',', ';', '\t', '|']) {
    const result = Papa.parse<string[]>(sample, { delimiter, preview: 30, skipEmptyLines: true });
    const widths = result.data.map((r) => r.length);
    if (!widths.length || widths[0] < 2) continue;
    const same = widths.filter((w) => w === widths[0]).length;
    const score = same * 100 + widths[0];
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}

const isBlank = (cells: string[]) => cells.every((c) => c === '');

function finish(
  base: Omit<ParsedFile, 'headers' | 'rows'>,
  table: { rowNumber: number; cells: string[] }[],
): ParsedFile {
  const headerAt = table.findIndex((r) => !isBlank(r.cells));
  if (headerAt < 0) throw new FileProblem('The file has no data: every row is blank.');
  const headerRow = table[headerAt].cells;
  let end = table.length;
  while (end > headerAt + 1 && isBlank(table[end - 1].cells)) end--;
  const rows = table.slice(headerAt + 1, end).filter((r) => !isBlank(r.cells));
  let width = headerRow.length;
  while (width > 0 && headerRow[width - 1] === '' && rows.every((r) => (r.cells[width - 1] ?? '') === ''))
    width--;
  const headers = headerRow.slice(0, width).map((h, i) => h || `Column ${i + 1}`);
  if (!rows.length)
    throw new FileProblem(
      `The file has a header row (${headers.slice(0, 5).join(', ')}${headers.length > 5 ? ' …' : ''}) but no data rows under it.`,
    );
  if (headers.length < 1) throw new FileProblem('The file has no columns.');
  const skipped = end - headerAt - 1 - rows.length;
  const notes = [...base.notes];
  if (skipped > 0) notes.push(`${skipped} blank row${skipped === 1 ? '' : 's'} skipped.`);
  return {
    ...base,
    notes,
    headers,
    rows: rows.map((r) => ({
      rowNumber: r.rowNumber,
      cells: Array.from({ length: headers.length }, (_, i) => r.cells[i] ?? ''),
    })),
  };
}

export function parseCsv(text: string, encoding: string): ParsedFile {
  const delimiter = detectDelimiter(text);
  const result = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const table = result.data.map((cells, i) => ({ rowNumber: i + 1, cells: cells.map(cleanCell) }));
  // A trailing newline gives one empty row: it is blank and dropped with the others.
  return finish({ format: 'CSV', encoding, delimiter, sheetNames: [], sheet: null, notes: [] }, table);
}

/** The text of an XLSX cell value, never evaluating anything. */
function cellText(value: ExcelJS.CellValue, formulas: { count: number }): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  if (typeof value === 'object') {
    if ('formula' in value || 'sharedFormula' in value) {
      formulas.count++;
      const result = (value as { result?: ExcelJS.CellValue }).result;
      return result === undefined || (typeof result === 'object' && result !== null && 'error' in result)
        ? ''
        : cellText(result, formulas);
    }
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('hyperlink' in value)
      return typeof value.text === 'string' ? value.text : cellText(value.text, formulas);
    if ('error' in value) return '';
    return '';
  }
  return String(value);
}

export async function parseXlsx(bytes: Uint8Array, sheetName?: string | null): Promise<ParsedFile> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
  } catch {
    throw new FileProblem(
      'The XLSX file is damaged or not really an Excel workbook. Open it in Excel and save it again.',
    );
  }
  const sheets = workbook.worksheets.filter((s) => s.state !== 'veryHidden');
  const sheetNames = sheets.map((s) => s.name);
  if (!sheets.length) throw new FileProblem('The workbook has no sheets.');
  const sheet = sheetName
    ? sheets.find((s) => s.name === sheetName)
    : (sheets.find((s) => s.actualRowCount > 0) ?? sheets[0]);
  if (!sheet)
    throw new FileProblem(
      `The workbook has no sheet called "${sheetName}". Its sheets: ${sheetNames.join(', ')}.`,
    );
  const formulas = { count: 0 };
  const table: { rowNumber: number; cells: string[] }[] = [];
  const width = sheet.columnCount;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) cells.push(cleanCell(cellText(row.getCell(c).value, formulas)));
    table.push({ rowNumber, cells });
  });
  if (!table.length) throw new FileProblem(`The sheet "${sheet.name}" is empty.`);
  const notes: string[] = [];
  if (formulas.count)
    notes.push(
      `${formulas.count} cell${formulas.count === 1 ? '' : 's'} with formulas: imported the value Excel last computed, never the formula.`,
    );
  if (sheetNames.length > 1)
    notes.push(`Read the sheet "${sheet.name}" (the workbook has ${sheetNames.length}).`);
  return finish(
    { format: 'XLSX', encoding: null, delimiter: null, sheetNames, sheet: sheet.name, notes },
    table,
  );
}

/** Reads any supported file; throws FileProblem with a message for the person who uploaded it. */
export async function readImportFile(bytes: Uint8Array, sheet?: string | null): Promise<ParsedFile> {
  const sniff = sniffFile(bytes);
  if (sniff.format === 'XLSX') return parseXlsx(bytes, sheet);
  return parseCsv(sniff.text ?? '', sniff.encoding ?? 'UTF-8');
}
