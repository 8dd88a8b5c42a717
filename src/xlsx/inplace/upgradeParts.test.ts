import { definition, isBroken, sheetOfDefinition, withDefinedNames } from './definedNames';
import { dateStyle } from './dateStyle';
import { addRelationship } from '../charts/packageParts';
import { nextPartNumber, withSheetEntry } from './newSheet';

const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const name = (n: string, replace = false) => ({ name: n, sheet: '配置', ref: '$A$3:$A$9', replace });

describe('defined names', () => {
  test('definitions and their sheet', () => {
    expect(sheetOfDefinition("'配置 (2)'!$A$3:$A$9")).toBe('配置 (2)');
    expect(sheetOfDefinition('Sheet1!$A$1')).toBe('Sheet1');
    expect(sheetOfDefinition('0.5')).toBeNull();
    expect(definition("O'Brien", '$A$1')).toBe("'O''Brien'!$A$1");
    expect(isBroken("'配置'!#REF!", ['配置'])).toBe(true);
    expect(isBroken("'旧配置'!$A$1", ['配置'])).toBe(true);
    expect(isBroken("'配置'!$A$1", ['配置'])).toBe(false);
  });

  test('added before calcPr when there is no definedNames; kept when present; set anew when broken or replaced', () => {
    expect(withDefinedNames('<workbook><sheets/><calcPr/></workbook>', [name('N')], ['配置'])).toEqual({
      xml: `<workbook><sheets/><definedNames><definedName name="N">'配置'!$A$3:$A$9</definedName></definedNames><calcPr/></workbook>`,
      written: ['N'],
    });
    const has = `<workbook><sheets/><definedNames><definedName name="N">&apos;配置&apos;!$B$1</definedName><definedName name="M" localSheetId="0">x</definedName></definedNames></workbook>`;
    expect(withDefinedNames(has, [name('N')], ['配置'])).toEqual({ xml: has, written: [] });
    // A sheet-local M does not count: the workbook-scope one is added.
    expect(withDefinedNames(has, [name('M')], ['配置']).xml).toContain(`<definedName name="M" localSheetId="0">x</definedName><definedName name="M">'配置'!$A$3:$A$9</definedName></definedNames>`);
    expect(withDefinedNames(has, [name('N', true)], ['配置']).xml).toContain(`<definedName name="N">'配置'!$A$3:$A$9</definedName><definedName name="M"`);
    expect(withDefinedNames(has.replace('$B$1', '#REF!'), [name('N')], ['配置']).written).toEqual(['N']);
    expect(withDefinedNames('<x:workbook><x:sheets/><x:definedNames/></x:workbook>', [name('N')], ['配置']).xml).toBe(`<x:workbook><x:sheets/><x:definedNames><x:definedName name="N">'配置'!$A$3:$A$9</x:definedName></x:definedNames></x:workbook>`);
  });
});

describe('a date style', () => {
  test("the workbook's own yyyy-mm-dd is used as it is", () => {
    const styles = '<styleSheet><numFmts count="1"><numFmt numFmtId="167" formatCode="yyyy-mm-dd"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="167" applyNumberFormat="1"/></cellXfs></styleSheet>';
    expect(dateStyle(styles)).toEqual({ index: 1, xml: null });
  });
  test('else one is appended, with its number format', () => {
    expect(dateStyle('<styleSheet><cellXfs count="1"><xf numFmtId="0"/></cellXfs></styleSheet>')).toEqual({
      index: 1,
      xml: '<styleSheet><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>',
    });
    const withFmts = '<styleSheet><numFmts count="1"><numFmt numFmtId="170" formatCode="0.0"/></numFmts><cellXfs count="1"><xf numFmtId="0"/></cellXfs></styleSheet>';
    expect(dateStyle(withFmts)!.xml).toContain('<numFmts count="2"><numFmt numFmtId="170" formatCode="0.0"/><numFmt numFmtId="171" formatCode="yyyy-mm-dd"/></numFmts>');
  });
});

test('a new sheet entry, part number and relationship id', () => {
  expect(withSheetEntry(`<workbook xmlns:r="${R}"><sheets><sheet name="A" sheetId="3" r:id="rId1"/></sheets></workbook>`, 'B&C', 'rId9')).toBe(
    `<workbook xmlns:r="${R}"><sheets><sheet name="A" sheetId="3" r:id="rId1"/><sheet name="B&amp;C" sheetId="4" r:id="rId9"/></sheets></workbook>`,
  );
  // openpyxl declares the namespace on each sheet, not on the root.
  expect(withSheetEntry(`<workbook><sheets><sheet xmlns:r="${R}" name="A" sheetId="1" r:id="rId1"/></sheets></workbook>`, 'B', 'rId2')).toBe(
    `<workbook><sheets><sheet xmlns:r="${R}" name="A" sheetId="1" r:id="rId1"/><sheet xmlns:sbr="${R}" name="B" sheetId="2" sbr:id="rId2"/></sheets></workbook>`,
  );
  expect(nextPartNumber(['xl/tables/table1.xml', 'xl/tables/table17.xml', 'xl/tables/x.xml'], 'xl/tables/table')).toBe(18);
});

test('a relationship added to a part takes an id none of its relationships uses', async () => {
  const files = new Map([['xl/_rels/workbook.xml.rels', '<Relationships><Relationship Id="rId3"/><Relationship Id="rId9"/><Relationship Id="rId4"/></Relationships>']]);
  const pkg = { file: (n: string, d?: string) => (d === undefined ? (files.has(n) ? { async: async () => files.get(n)! } : null) : files.set(n, d)) };
  const id = await addRelationship(pkg as never, 'xl/workbook.xml', 'T', 'worksheets/sheet9.xml');
  expect(['rId3', 'rId9', 'rId4']).not.toContain(id);
  expect(files.get('xl/_rels/workbook.xml.rels')).toContain(`<Relationship Id="${id}" Type="T" Target="worksheets/sheet9.xml"/></Relationships>`);
});
