import ExcelJS from 'exceljs';
import { cleanCell, FileProblem, readImportFile, sniffFile } from './file-reader';

const bytes = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));

describe('reading import files', () => {
  it('reads UTF-8 with a BOM, semicolons, quoted line breaks, extra spaces and blank lines', async () => {
    const file = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...bytes('Nom;Pays\r\n  Réseau   Paix ;"Côte\nd\'Ivoire"\r\n;\r\n\r\nОрганизация;Россия\r\n'),
    ]);
    const parsed = await readImportFile(file);
    expect(parsed).toMatchObject({
      format: 'CSV',
      encoding: 'UTF-8 with BOM',
      delimiter: ';',
      headers: ['Nom', 'Pays'],
    });
    expect(parsed.rows).toEqual([
      { rowNumber: 2, cells: ['Réseau Paix', "Côte d'Ivoire"] },
      { rowNumber: 4 + 1, cells: ['Организация', 'Россия'] },
    ]);
    expect(parsed.notes).toContain('2 blank rows skipped.');
    expect(parsed.rows).toHaveLength(2);
  });

  it('reads UTF-16 with a byte order mark and tab-separated columns', async () => {
    const text = 'Name\tCountry\n中国民间组织\t中国\n';
    const file = new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
    const parsed = await readImportFile(file);
    expect(parsed).toMatchObject({ encoding: 'UTF-16LE', delimiter: '\t' });
    expect(parsed.rows[0].cells).toEqual(['中国民间组织', '中国']);
  });

  it('refuses bytes that are not UTF-8, saying where and what to do', () => {
    const file = new Uint8Array([...bytes('Name,Country\nR'), 0xe9, ...bytes('seau,France\n')]);
    expect(() => sniffFile(file)).toThrow(/not UTF-8 text \(line 2 .*0xE9.*Save As › CSV UTF-8/);
  });

  it.each([
    ['a PDF', bytes('%PDF-1.7 ...'), /PDF document/],
    ['an empty file', new Uint8Array(), /empty/],
    ['an old .xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2]), /Excel 97–2003/],
    ['a PNG', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0]), /image/],
  ])('names the problem with %s', (_, file, message) => {
    expect(() => sniffFile(file)).toThrow(message);
  });

  it('says a header without rows has no data', async () => {
    await expect(readImportFile(bytes('Name,Country\n\n'))).rejects.toThrow(
      /header row \(Name, Country\) but no data rows/,
    );
    await expect(readImportFile(bytes('\n\n'))).rejects.toThrow(FileProblem);
  });

  it('keeps formula-looking text as text and drops only a protective apostrophe', () => {
    expect(cleanCell('=HYPERLINK("http://x","y")')).toBe('=HYPERLINK("http://x","y")');
    expect(cleanCell("'=1+2")).toBe('=1+2');
    expect(cleanCell("  O'Brien\u00a0 \u200b Ltd ")).toBe("O'Brien Ltd");
  });

  it('reads XLSX: formulas give their cached value, never run; hyperlinks give their text; dates as days', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Orgs');
    sheet.addRow(['Name', 'Website', 'Founded', 'Score']);
    sheet.addRow([
      'WANEP',
      { text: 'wanep.org', hyperlink: 'https://wanep.org' },
      new Date(Date.UTC(2001, 4, 3)),
      { formula: '1+1', result: 2 },
    ]);
    sheet.addRow(['=HYPERLINK("http://evil","x")', '', '', '']);
    workbook.addWorksheet('Other').addRows([['x'], ['y']]);
    const file = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(sniffFile(file).format).toBe('XLSX');
    const parsed = await readImportFile(file);
    expect(parsed).toMatchObject({ format: 'XLSX', sheet: 'Orgs', sheetNames: ['Orgs', 'Other'] });
    expect(parsed.rows[0].cells).toEqual(['WANEP', 'wanep.org', '2001-05-03', '2']);
    expect(parsed.rows[1].cells[0]).toBe('=HYPERLINK("http://evil","x")');
    expect(parsed.notes.join(' ')).toMatch(/1 cell with formulas: imported the value Excel last computed/);
    expect((await readImportFile(file, 'Other')).headers).toEqual(['x']);
  });

  it('tells a Word document renamed from a spreadsheet', () => {
    // A ZIP whose first entry is word/document.xml, as a .docx is.
    const name = Buffer.from('word/document.xml');
    const header = Buffer.alloc(30);
    header.write('PK\u0003\u0004', 0, 'latin1');
    header.writeUInt16LE(name.length, 26);
    expect(() => sniffFile(new Uint8Array(Buffer.concat([header, name, Buffer.alloc(10)])))).toThrow(
      /Word document/,
    );
  });
});
