/** ServiceBook's list dropdowns stretched over a grown table; a team's own left byte for byte. */
import { widenListValidations, widenSqref } from './listValidations';
import { styleOfFormat } from '../read/styles';

const T = { headerRow: 1, left: 1, right: 26 };

describe('widenSqref', () => {
  it('stretches the table’s ranges that end above its last row, and only those', () => {
    expect(widenSqref('C2:C506', T, 630, 1130)).toBe('C2:C1130');
    expect(widenSqref('$C$2:$C$506 AD2:AD506', T, 630, 1130)).toBe('C2:C1130 AD2:AD506');
    expect(widenSqref('C2:C700', T, 630, 1130)).toBeNull();
    // Not in the table's body: a range below it, or in the header.
    expect(widenSqref('C700:C800', T, 630, 1130)).toBeNull();
    expect(widenSqref('C1:C1', T, 630, 1130)).toBeNull();
    // Never into another validation further down the same column.
    expect(widenSqref('C2:C506', T, 630, 1130, [{ top: 900, bottom: 950, left: 3, right: 3 }, { top: 600, bottom: 700, left: 4, right: 4 }])).toBe('C2:C899');
    expect(widenSqref('C2:C506', T, 630, 1130, [{ top: 507, bottom: 950, left: 1, right: 5 }])).toBeNull();
  });
});

describe('widenListValidations', () => {
  const ours = '<dataValidation type="list" allowBlank="1" sqref="C2:C506"><formula1>SB_List_channels</formula1></dataValidation>';
  const team = '<dataValidation type="list" sqref="D2:D30"><formula1>"甲,乙"</formula1></dataValidation>';
  const sheet = `<worksheet><sheetData/><dataValidations count="2">${ours}${team}</dataValidations></worksheet>`;

  it('widens ServiceBook’s own and keeps the team’s byte for byte', () => {
    const out = widenListValidations(sheet, T, 630, 1130)!;
    expect(out).toContain('sqref="C2:C1130"><formula1>SB_List_channels');
    expect(out).toContain(team);
  });

  it('stops short of a team’s validation further down the column', () => {
    const below = '<dataValidation type="whole" sqref="C900:C950"><formula1>1</formula1></dataValidation>';
    const out = widenListValidations(`<worksheet><dataValidations count="2">${ours}${below}</dataValidations></worksheet>`, T, 630, 1130)!;
    expect(out).toContain('sqref="C2:C899"><formula1>SB_List_channels');
    expect(out).toContain(below);
  });

  it('changes nothing when the table is within them (an unchanged workbook stays byte for byte)', () => {
    expect(widenListValidations(sheet, T, 300, 800)).toBeNull();
  });

  it('leaves a team’s validation alone even when the table outgrew it, and reads prefixed XML', () => {
    const wide = `<x:worksheet><x:dataValidations><x:dataValidation type="list" sqref="D2:D30"><x:formula1>"甲,乙"</x:formula1></x:dataValidation><x:dataValidation type="list" sqref="E2:E9"><x:formula1>SB_List_levels</x:formula1></x:dataValidation></x:dataValidations></x:worksheet>`;
    expect(widenListValidations(wide, T, 100, 600)).toBe(wide.replace('E2:E9', 'E2:E600'));
  });
});

describe('styleOfFormat', () => {
  it('finds the first cell style with a custom number format', () => {
    const xml = '<styleSheet><numFmts><numFmt numFmtId="164" formatCode="yyyy-mm-dd hh:mm"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="49"/><xf numFmtId="164"/></cellXfs></styleSheet>';
    expect(styleOfFormat(xml, 'yyyy-mm-dd hh:mm')).toBe(2);
    expect(styleOfFormat(xml, 'yyyy-mm-dd')).toBeNull();
    expect(styleOfFormat(null, 'yyyy-mm-dd')).toBeNull();
  });
});
