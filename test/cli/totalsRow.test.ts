/**
 * A Tickets table with Excel's total row turned on (Table Design → Total Row), as a team does in
 * one click: refresh edits it in place and leaves the total row where it is; archive, which would
 * have to move it, refuses with one clear line in the run's language (before: an English internal
 * message, `table Tickets: totals rows and header-less tables are not edited`, for both).
 */
import * as path from 'path';
import { readXlsx } from '../../src/xlsx/readInput';
import { sb, tempDir } from './helpers';
import { python } from '../support/fixtures';
import { ooxmlErrors } from '../support/ooxmlValidator';

jest.setTimeout(180_000);

const AS_OF = '2024-03-31T23:00';
const dir = tempDir('sb-totals-');
const p = (f: string): string => path.join(dir, f);
let src: string;
let bodyRows: number;

beforeAll(async () => {
  const base = p('base.xlsx');
  expect((await sb('init', '-o', base, '--sample', '12', '--as-of', AS_OF)).code).toBe(0);
  const t = (await readXlsx(base)).tables.get('Tickets')!;
  bodyRows = t.rows.length;
  src = p('totals.xlsx');
  python(
    `import openpyxl, sys
wb = openpyxl.load_workbook(sys.argv[1]); ws = wb[sys.argv[3]]; t = ws.tables['Tickets']
first, last = t.ref.split(':'); col = last.rstrip('0123456789'); bottom = int(last[len(col):]) + 1
t.ref = first + ':' + col + str(bottom); t.totalsRowCount = 1; t.tableColumns[0].totalsRowLabel = '合计'
ws.cell(bottom, 1, '合计')
wb.save(sys.argv[2])`,
    base,
    src,
    t.sheet,
  );
});

test('refresh edits the table in place and keeps its total row; the file is as valid as before', async () => {
  const out = p('refreshed.xlsx');
  const r = await sb('refresh', src, '-o', out, '--as-of', AS_OF);
  expect(r.err).not.toMatch(/table Tickets|not edited/);
  expect(r.code).toBe(0);
  const t = (await readXlsx(out)).tables.get('Tickets')!;
  expect(t.rows).toHaveLength(bodyRows);
  const sheet = (await readXlsx(out)).sheets.find((s) => s.name === t.sheet)!;
  expect(sheet.grid[t.headerRow + bodyRows]?.[0]).toBe('合计');
  // No finding the input did not have (openpyxl's save left some on our PivotTables, which refresh rewrites).
  const before = new Set(ooxmlErrors(src).map((f) => `${f.path} ${f.xPath} ${f.description}`));
  expect(ooxmlErrors(out).filter((f) => !before.has(`${f.path} ${f.xPath} ${f.description}`))).toEqual([]);
});

test('archive refuses with one line in the run’s language naming the total row', async () => {
  for (const [locale, word] of [
    ['zh-CN', '汇总行'],
    ['zh-TW', '合計列'],
    ['en-US', 'Total Row'],
  ]) {
    const r = await sb('archive', src, '--before', '2024-03-20', '-o', p(`archive-${locale}.xlsx`), '--as-of', AS_OF, '--locale', locale);
    expect(r.code).toBe(2);
    expect(r.err).toContain(word);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  }
});
