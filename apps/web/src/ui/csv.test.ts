import { describe, expect, it } from 'vitest';
import { neutraliseFormula, toCsv } from './csv';

describe('toCsv', () => {
  it('neutralises cells a spreadsheet would run as formulas, and keeps plain numbers', () => {
    expect(neutraliseFormula('=HYPERLINK("http://evil","x")')).toBe(`'=HYPERLINK("http://evil","x")`);
    expect(neutraliseFormula("+cmd|' /C calc'!A0")).toBe(`'+cmd|' /C calc'!A0`);
    expect(neutraliseFormula('@SUM(1)')).toBe(`'@SUM(1)`);
    expect(neutraliseFormula('\t=1')).toBe(`'\t=1`);
    expect(neutraliseFormula('-3')).toBe('-3');
    expect(neutraliseFormula('-2+3')).toBe(`'-2+3`);
    expect(neutraliseFormula('Côte d’Ivoire')).toBe('Côte d’Ivoire');
  });

  it('writes a BOM, CRLF line ends and quotes, after neutralising', () => {
    expect(toCsv(['Name'], [['=1+1'], ['a,b'], ['和平']])).toBe(`\uFEFFName\r\n'=1+1\r\n"a,b"\r\n和平\r\n`);
  });
});
