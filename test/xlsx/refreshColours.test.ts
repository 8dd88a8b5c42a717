/**
 * One truth after the supervisor edits the configuration (issue 8): the red and amber row colours
 * carry the weekly hours and the SLA units in their formula, so an in-place `refresh` sets them
 * anew from the workbook's Config tables — and stretches them over a table that grew past the
 * rows they covered. Only ServiceBook's two rules change; a team's own conditional format stays.
 * The Open XML SDK validator checks the result.
 */
import { readFileSync } from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import { sb, tempDir } from '../cli/helpers';
import { appendTicketRowsPy, python } from '../support/fixtures';
import { ooxmlErrors } from '../support/ooxmlValidator';

jest.setTimeout(300_000);

const AS_OF = '2026-11-30T10:00';

/** The Tickets sheet's XML (the sheet holding xl/tables' Tickets part). */
async function ticketsSheetXml(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const sheets = Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
  for (const n of sheets) {
    const x = await zip.file(n)!.async('string');
    if (x.includes('SB_AsOf') && x.includes('conditionalFormatting')) return x;
  }
  throw new Error('no Tickets sheet');
}

const decode = (s: string): string => s.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
/** Every conditional-format rule with the range of its block. */
const blocks = (xml: string): { sqref: string; formula: string }[] =>
  [...xml.matchAll(/<conditionalFormatting sqref="([^"]*)">([\s\S]*?)<\/conditionalFormatting>/g)].flatMap((m) =>
    [...m[2].matchAll(/<formula>([\s\S]*?)<\/formula>/g)].map((f) => ({ sqref: m[1], formula: decode(f[1]) })),
  );

test('refresh sets the colours anew from Config_Hours and over the grown table, and keeps a team rule', async () => {
  const dir = tempDir('sb-colours-');
  const base = path.join(dir, 'book.xlsx');
  expect((await sb('init', '-o', base, '--sample', '30', '--as-of', AS_OF)).code).toBe(0);
  const before = blocks(await ticketsSheetXml(base));
  const amberBefore = before.find((b) => b.formula.includes('SB_WarnHours'))!;
  // The standard office hours (09:00–12:00, 13:00–18:00) are in the amber formula, in minutes.
  expect(amberBefore.formula).toContain('MIN(MOD($');
  expect(amberBefore.formula).toMatch(/,720\)-540\)/);

  // The supervisor opens the desk 08:00–22:00 on weekdays, in Excel (here: openpyxl edits Config_Hours),
  // and a script appends 600 rows below the table (more than the 500 rows the colours covered).
  const edited = path.join(dir, 'edited.xlsx');
  python(
    `
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
for ws in wb.worksheets:
    for name, ref in ws.tables.items():
        if name != 'Config_Hours': continue
        rows = list(ws[ref])
        head = [c.value for c in rows[0]]
        for r in rows[1:]:
            r[1].value, r[2].value = '08:00', '22:00'
        # the lunch break row of each weekday goes: keep one window per weekday
        seen = set()
        for r in rows[1:]:
            if r[0].value in seen: r[1].value, r[2].value = '08:00', '22:00'
            seen.add(r[0].value)
    if 'Tickets' in ws.tables:
        t = ws.tables['Tickets']
${appendTicketRowsPy(600, '2026-11-30')}
        # a team's own highlight on the Tickets sheet
        from openpyxl.formatting.rule import FormulaRule
        from openpyxl.styles import PatternFill
        ws.conditional_formatting.add('A2:A5', FormulaRule(formula=['LEN($A2)>20'], fill=PatternFill('solid', fgColor='00B0F0')))
wb.save(sys.argv[2])
`,
    base,
    edited,
  );
  const out = path.join(dir, 'refreshed.xlsx');
  const r = await sb('refresh', edited, '-o', out, '--as-of', AS_OF);
  expect(r.code).toBe(0);
  const after = blocks(await ticketsSheetXml(out));
  const red = after.filter((b) => b.formula.includes('SB_AsOf') && !b.formula.includes('SB_WarnHours'));
  const amber = after.filter((b) => b.formula.includes('SB_WarnHours'));
  expect(red).toHaveLength(1);
  expect(amber).toHaveLength(1);
  // 08:00–22:00 is minutes 480–1320; the old lunch break is gone from the formula.
  expect(amber[0].formula).toMatch(/,1320\)-480\)/);
  expect(amber[0].formula).not.toMatch(/,720\)-540\)/);
  // The colours cover the 630 rows and 500 more.
  const bottom = (sqref: string): number => Number(/(\d+)$/.exec(sqref)![1]);
  expect(bottom(red[0].sqref)).toBeGreaterThanOrEqual(1 + 630 + 500);
  expect(bottom(amber[0].sqref)).toBe(bottom(red[0].sqref));
  // The team's own rule is still there, unchanged.
  expect(after.some((b) => b.sqref === 'A2:A5' && b.formula === 'LEN($A2)>20')).toBe(true);
  expect(ooxmlErrors(out)).toEqual([]);
});
