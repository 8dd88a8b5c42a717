import { editSheetTail, tailStart } from './tailText';

const sheet = '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>sheetData</t></is></c></row></sheetData><conditionalFormatting sqref="A2:B9"/></worksheet>';
const widen = (tail: string): string | null => (tail.includes('A2:B9') ? tail.replace('A2:B9', 'A2:B99') : null);

describe('editSheetTail', () => {
  it('finds the tail at the end of sheetData, not at a cell that says sheetData', () => {
    expect(sheet.slice(tailStart(sheet))).toBe('</sheetData><conditionalFormatting sqref="A2:B9"/></worksheet>');
    expect(tailStart('<worksheet><sheetData><row/></sheetData><conditionalFormatting/></worksheet>')).toBe(28);
    expect(tailStart('<w><sheetData/><x/></w>')).toBe(3);
  });

  it('edits text, or null when no edit changes it', () => {
    expect(editSheetTail(sheet, [widen])).toBe(sheet.replace('A2:B9', 'A2:B99'));
    expect(editSheetTail(sheet, [() => null])).toBeNull();
  });

  it('edits pieces through their last ones only, the others passed on as they are', () => {
    const cut = [0, 20, 60, 100, 125, sheet.length];
    const pieces = cut.slice(1).map((end, i) => Buffer.from(sheet.slice(cut[i], end)));
    const out = editSheetTail(pieces, [widen, (t) => t.replace('</worksheet>', '<tableParts count="0"/></worksheet>')]) as Buffer[];
    expect(Buffer.concat(out).toString()).toBe(sheet.replace('A2:B9', 'A2:B99').replace('</worksheet>', '<tableParts count="0"/></worksheet>'));
    // '</sheetData>' straddles pieces 3 and 4: the last three are joined, the first two kept.
    expect(out).toHaveLength(3);
    expect(out.slice(0, 2)).toEqual(pieces.slice(0, 2));
    expect(out[0]).toBe(pieces[0]);
    expect(editSheetTail(pieces, [() => null])).toBeNull();
  });
});
