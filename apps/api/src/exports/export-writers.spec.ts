import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { PassThrough } from 'node:stream';
import { csvCell, csvLine, csvWriter, neutraliseFormula, xlsxWriter } from './export-writers';
import type { ExportCell } from './export-lists';

/** Everything a writer sends, as one buffer. */
function collect(): { out: PassThrough; done: Promise<Buffer> } {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => out.on('end', () => resolve(Buffer.concat(chunks))));
  return { out, done };
}

describe('neutraliseFormula', () => {
  it.each([
    ['=HYPERLINK("http://evil","x")', `'=HYPERLINK("http://evil","x")`],
    ["+cmd|' /C calc'!A0", `'+cmd|' /C calc'!A0`],
    ['-2+3', `'-2+3`],
    ['@SUM(1)', `'@SUM(1)`],
    ['\t=1+1', `'\t=1+1`],
    ['\r=1+1', `'\r=1+1`],
  ])('prefixes %j with an apostrophe', (input, output) => {
    expect(neutraliseFormula(input)).toBe(output);
  });

  it.each(['Peace Direct', 'a=b', '1+1', 'شبكة', '', ' =1'])('leaves %j as it is', (input) => {
    expect(neutraliseFormula(input)).toBe(input);
  });
});

describe('CSV cells', () => {
  it('quote what needs quoting, after neutralising', () => {
    expect(csvCell('=HYPERLINK("http://evil","x")')).toBe(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(true)).toBe('yes');
    expect(csvCell(-3)).toBe('-3'); // numbers are numbers, not text a user typed
    expect(csvCell(new Date('2025-01-02T03:04:05.000Z'))).toBe('2025-01-02T03:04:05.000Z');
    expect(csvLine(['a', null, 'c'])).toBe('a,,c\r\n');
  });

  it('start with a byte-order mark and end lines with CRLF', async () => {
    const { out, done } = collect();
    const writer = csvWriter(out, ['Name', 'City']);
    await writer.rows([['Dakar', 'Sénégal']]);
    await writer.end();
    expect((await done).toString('utf8')).toBe('\uFEFFName,City\r\nDakar,Sénégal\r\n');
  });

  it('write the header even when there are no rows', async () => {
    const { out, done } = collect();
    const writer = csvWriter(out, ['Name']);
    await writer.end();
    expect((await done).toString('utf8')).toBe('\uFEFFName\r\n');
  });
});

describe('XLSX writer', () => {
  it('writes every text as an inline string (never a formula), dates as dates, and reads back exact', async () => {
    const { out, done } = collect();
    const hostile = ['=HYPERLINK("http://evil","x")', "+cmd|' /C calc'!A0", '@SUM(1)', '\t=1+1'];
    const writer = xlsxWriter(out, 'Organisations', ['Name', 'Created', 'Count']);
    const created = new Date('2025-01-02T03:04:05.000Z');
    const rows: ExportCell[][] = [
      ...hostile.map((h) => [h, created, 1]),
      ['和平 شبكة Миротворческая Côte d’Ivoire', null, null],
      ['bad\u0000control', null, null],
    ];
    await writer.rows(rows);
    await writer.end();
    const body = await done;

    const sheetXml = await (await JSZip.loadAsync(body)).file('xl/worksheets/sheet1.xml')!.async('string');
    expect(sheetXml).not.toMatch(/<f[\s>]/);
    expect(sheetXml).toContain('t="inlineStr"');

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(body as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Organisations')!;
    expect(sheet.getRow(1).getCell(1).text).toBe('Name');
    hostile.forEach((h, i) => {
      const cell = sheet.getRow(i + 2).getCell(1);
      expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
      expect(cell.text).toBe(h);
      expect(sheet.getRow(i + 2).getCell(2).value).toEqual(created);
      expect(sheet.getRow(i + 2).getCell(3).value).toBe(1);
    });
    expect(sheet.getRow(6).getCell(1).text).toBe('和平 شبكة Миротворческая Côte d’Ivoire');
    expect(sheet.getRow(7).getCell(1).text).toBe('badcontrol'); // XML cannot carry it; the file still opens
  });

  it('streams a few thousand rows quickly', async () => {
    const { out, done } = collect();
    const writer = xlsxWriter(out, 'Rows', ['A', 'B']);
    for (let batch = 0; batch < 5; batch += 1) {
      await writer.rows(Array.from({ length: 1000 }, (_, i) => [`row ${batch * 1000 + i}`, i]));
    }
    await writer.end();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await done) as unknown as ArrayBuffer);
    expect(workbook.worksheets[0].rowCount).toBe(5001);
  });
});
