/**
 * A team's own table placed directly below Tickets (no blank row between) is not "rows typed
 * below the table": refresh must not adopt its header and rows as tickets — that grew Tickets
 * over the team's table (two tables overlapping, which Excel repairs by dropping one) and
 * rewrote the team's cells as ticket cells.
 */
import * as path from 'path';
import { readXlsx } from '../../src/xlsx/readInput';
import { sb, sbJson, tempDir } from './helpers';
import { python } from '../support/fixtures';

jest.setTimeout(120_000);

const AS_OF = '2024-03-31T23:00';

test('a table directly below Tickets stays the team’s: nothing adopted, both tables where they were', async () => {
  const dir = tempDir('sb-below-');
  const base = path.join(dir, 'base.xlsx');
  expect((await sb('init', '-o', base, '--sample', '6', '--as-of', AS_OF)).code).toBe(0);
  const t = (await readXlsx(base)).tables.get('Tickets')!;
  const under = t.headerRow + t.rows.length + 1;
  const src = path.join(dir, 'below.xlsx');
  python(
    `import openpyxl, sys
from openpyxl.worksheet.table import Table
wb = openpyxl.load_workbook(sys.argv[1]); ws = wb[sys.argv[3]]; r = int(sys.argv[4])
ws.cell(r, 1, '周'); ws.cell(r, 2, '件数'); ws.cell(r + 1, 1, 'W1'); ws.cell(r + 1, 2, 3)
ws.add_table(Table(displayName='TeamNotes', ref='A%d:B%d' % (r, r + 1)))
wb.save(sys.argv[2])`,
    base,
    src,
    t.sheet,
    String(under),
  );
  const out = path.join(dir, 'out.xlsx');
  const json = await sbJson<{ adopted: unknown[] }>('refresh', src, '-o', out, '--as-of', AS_OF, '--json');
  expect(json.adopted).toEqual([]);
  const back = await readXlsx(out);
  expect(back.tables.get('Tickets')!.rows).toHaveLength(t.rows.length);
  const notes = back.tables.get('TeamNotes')!;
  expect([notes.headers, ...notes.rows]).toEqual([
    ['周', '件数'],
    ['W1', 3],
  ]);
});
