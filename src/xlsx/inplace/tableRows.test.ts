/** A table's rows written into its sheet: the styles dates and grown rows take. */
import { writeTableRows, withStyle } from './tableRows';
import { parseSheetXml, piecesText } from './sheetXml';

const sheet = (rows: string): string => `<worksheet><sheetData>${rows}</sheetData></worksheet>`;
const header = '<row r="1"><c r="A1" t="inlineStr"><is><t>编号</t></is></c><c r="B1" t="inlineStr"><is><t>时间</t></is></c></row>';
/** Style 1 shows dates, 2 is text. */
const DATES = [false, true, false];
const at = { datetime: '2024-03-05T14:30', numFmt: 'yyyy-mm-dd hh:mm', typed: true as const };

describe('withStyle', () => {
  it('sets, adds or replaces the style index', () => {
    expect(withStyle('<c r="B7" t="s"><v>1</v></c>', 7)).toBe('<c r="B7" s="7" t="s"><v>1</v></c>');
    expect(withStyle('<c r="B7" s="0"/>', 7)).toBe('<c r="B7" s="7"/>');
    expect(withStyle('<x:c r="B7"/>', 3)).toBe('<x:c r="B7" s="3"/>');
  });
});

describe('writeTableRows', () => {
  const box = { headerRow: 1, left: 1, right: 2, refBottom: 2 };

  it('a row typed below the table takes its columns’ styles; its typed time becomes a date cell', () => {
    const xml = sheet(`${header}<row r="2"><c r="A2" s="2" t="inlineStr"><is><t>CS1</t></is></c><c r="B2" s="1"><v>45356</v></c></row><row r="3"><c r="A3" t="inlineStr"><is><t>CS2</t></is></c><c r="B3" t="inlineStr"><is><t>2024/3/5 14:30</t></is></c></row>`);
    const out = piecesText(writeTableRows(parseSheetXml(xml), box, [{ from: 0 }, { from: 1, cells: [undefined, at] }], DATES));
    expect(out).toContain('<c r="A3" s="2" t="inlineStr"><is><t>CS2</t></is></c>');
    expect(out).toMatch(/<c r="B3" s="1"><v>45356\.6041\d*<\/v><\/c>/);
  });

  it('a date in a table without a dated row takes the workbook’s date-time style; typed text stays when there is none', () => {
    const xml = sheet(`${header}<row r="2"><c r="A2" t="inlineStr"><is><t>CS2</t></is></c><c r="B2" t="inlineStr"><is><t>2024/3/5 14:30</t></is></c></row>`);
    const cells = [undefined, at];
    expect(piecesText(writeTableRows(parseSheetXml(xml), { ...box, refBottom: 1 }, [{ from: 0, cells }], DATES, undefined, 1))).toMatch(/<c r="B2" s="1"><v>45356\.6/);
    expect(piecesText(writeTableRows(parseSheetXml(xml), { ...box, refBottom: 1 }, [{ from: 0, cells }], DATES))).toContain('<c r="B2" t="inlineStr"><is><t>2024/3/5 14:30</t></is></c>');
  });
});

describe('a sheet read as bytes (binary)', () => {
  it('gives the same bytes as the sheet read as text: kept cells, new text in any script, headers, moved rows', () => {
    const xml = sheet(
      `${header}<row r="2"><c r="A2" t="inlineStr"><is><t>客户：王😀</t></is></c><c r="B2" s="1"><v>45356</v></c><c r="D2" t="inlineStr"><is><t>团队备注 é</t></is></c></row>` +
        `<row r="3"><c r="A3" t="inlineStr"><is><t>CS2</t></is></c></row><row r="9"><c r="A9" t="s"><v>0</v></c></row>`,
    );
    const edit = [{ from: 1, cells: ['工单 𠀀 №1', at] }, { from: 0, cells: [undefined, null] }, { from: null, cells: ['新', '2024-03-05 14:30'] }];
    const asText = Buffer.concat(writeTableRows(parseSheetXml(xml), box3, edit, DATES, ['編號', undefined]));
    const asBytes = Buffer.concat(writeTableRows(parseSheetXml(Buffer.from(xml).toString('latin1'), { binary: true }), box3, edit, DATES, ['編號', undefined]));
    expect(asBytes.equals(asText)).toBe(true);
    expect(asText.toString('utf8')).toContain('工单 𠀀 №1');
    expect(asText.toString('utf8')).toContain('客户：王😀');
  });
});
const box3 = { headerRow: 1, left: 1, right: 2, refBottom: 3 };

describe('formulas in rows that move (archive)', () => {
  // A team column C holds a shared formula: its master in row 2, followers in rows 3 and 4.
  const shared =
    sheet(
      `${header}<row r="2"><c r="A2" t="inlineStr"><is><t>CS1</t></is></c><c r="C2" t="str"><f t="shared" ref="C2:C4" si="0">A2&amp;"-"&amp;$B$1</f><v>x</v></c></row>` +
        `<row r="3"><c r="A3" t="inlineStr"><is><t>CS2</t></is></c><c r="C3" t="str"><f t="shared" si="0"/><v>y</v></c></row>` +
        `<row r="4"><c r="A4" t="inlineStr"><is><t>CS3</t></is></c><c r="C4" t="str"><f t="shared" si="0"/><v>z</v></c></row>`,
    );
  const box = { headerRow: 1, left: 1, right: 3, refBottom: 4 };

  it('a follower whose master row left the table becomes a formula of its own, as it read at its new place', () => {
    const out = piecesText(writeTableRows(parseSheetXml(shared), box, [{ from: 1 }, { from: 2 }], DATES));
    expect(out).toContain('<c r="C2" t="str"><f>A2&amp;"-"&amp;$B$1</f><v>y</v></c>');
    expect(out).toContain('<c r="C3" t="str"><f>A3&amp;"-"&amp;$B$1</f><v>z</v></c>');
    expect(out).not.toContain('t="shared"');
  });

  it('a master that moves loses its sharing; followers of a master kept in place stay as they are', () => {
    const moved = piecesText(writeTableRows(parseSheetXml(shared), box, [{ from: 0 }, { from: 2 }], DATES));
    expect(moved).toContain('<c r="C2" t="str"><f t="shared" ref="C2:C4" si="0">A2&amp;"-"&amp;$B$1</f><v>x</v></c>');
    expect(moved).toContain('<c r="C3" t="str"><f t="shared" si="0"/><v>z</v></c>');
    const master = sheet(`${header}<row r="2"><c r="A2" t="inlineStr"><is><t>CS1</t></is></c></row><row r="3"><c r="C3" t="str"><f t="shared" ref="C3:C4" si="2">A3</f><v>x</v></c></row><row r="4"><c r="C4" t="str"><f t="shared" si="2"/><v>y</v></c></row>`);
    const out = piecesText(writeTableRows(parseSheetXml(master), box, [{ from: 1 }, { from: 2 }], DATES));
    // Each reads its own ticket's row at its new place (before: the master kept A3, the row the follower moved into).
    expect(out).toContain('<c r="C2" t="str"><f>A2</f><v>x</v></c>');
    expect(out).toContain('<c r="C3" t="str"><f>A3</f><v>y</v></c>');
  });

  it('a plain formula that moves reads the same cells of its ticket: same-sheet relative rows follow, absolute rows and other sheets stay', () => {
    const xml = sheet(`${header}<row r="2"><c r="A2" t="inlineStr"><is><t>CS1</t></is></c></row><row r="3"><c r="C3" t="str"><f>A3&amp;B3&amp;$B$1&amp;B$1&amp;'其他 表'!A3&amp;"A3"&amp;LOG10(100)</f><v>x</v></c></row>`);
    expect(piecesText(writeTableRows(parseSheetXml(xml), box, [{ from: 1 }], DATES))).toContain(`<c r="C2" t="str"><f>A2&amp;B2&amp;$B$1&amp;B$1&amp;'其他 表'!A3&amp;"A3"&amp;LOG10(100)</f><v>x</v></c>`);
  });

  it('an array formula that moves keeps its range on its cell', () => {
    const xml = sheet(`${header}<row r="2"><c r="A2" t="inlineStr"><is><t>CS1</t></is></c></row><row r="3"><c r="C3"><f t="array" ref="C3">SUM(1,2)</f><v>3</v></c></row>`);
    expect(piecesText(writeTableRows(parseSheetXml(xml), box, [{ from: 1 }], DATES))).toContain('<c r="C2"><f t="array" ref="C2">SUM(1,2)</f><v>3</v></c>');
  });
});
