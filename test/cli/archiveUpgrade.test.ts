/**
 * `servicebook archive` on a workbook an earlier version wrote, without Config_Reserved: the
 * workbook is upgraded in place (the reserved-numbers table is added beside the other
 * configuration tables) and the archived numbers are reserved in it, never refused or lost.
 */
import { copyFileSync } from 'fs';
import * as path from 'path';
import { load } from '../../src/cli/pipeline';
import { readXlsx } from '../../src/xlsx/readInput';
import { sbJson, tempDir } from './helpers';
import { type ArchiveJson } from '../support/archiveJson';
import { AS_OF, twoYearBook, writeBook } from '../support/books';
import { ooxmlErrors } from '../support/ooxmlValidator';
import { withoutTable } from '../support/withoutTable';
import { differingParts, zipParts } from '../support/zipParts';

jest.setTimeout(300_000);

const dir = tempDir('sb-archive-upgrade-');
const p = (f: string): string => path.join(dir, f);

test('a workbook without Config_Reserved gets the table, with the archived numbers in it', async () => {
  await writeBook(p('current.xlsx'), twoYearBook(200, 5));
  await withoutTable(p('current.xlsx'), p('older.xlsx'), 'Config_Reserved');
  expect((await readXlsx(p('older.xlsx'))).tables.has('Config_Reserved')).toBe(false);
  copyFileSync(p('older.xlsx'), p('book.xlsx'));

  const r = await sbJson<ArchiveJson>('archive', p('book.xlsx'), '--before', '2024-01-01', '-o', p('archive.xlsx'), '--as-of', AS_OF, '--json');
  expect(r.moved).toBeGreaterThan(0);

  const book = await readXlsx(p('book.xlsx'));
  const reserved = book.tables.get('Config_Reserved')!;
  expect(reserved.sheet).toBe(book.tables.get('Config_Lists')!.sheet);
  const working = await load(p('book.xlsx'));
  expect(working.configProblems).toEqual([]);
  // One number per archived day: the highest, so none of them is handed out again.
  const archived = (await load(p('archive.xlsx'))).tickets.map((t) => t.id);
  const highest = new Map<string, string>();
  for (const id of archived) if ((highest.get(id.slice(0, 10)) ?? '') < id) highest.set(id.slice(0, 10), id);
  expect(working.settings.numbering.reserved).toEqual([...highest.values()].sort());
  expect(reserved.rows.map((row) => row[0])).toEqual([...highest.values()].sort());

  // Only the tables' sheets, the configuration sheet (with its relationships), the new table part and the content types change.
  const changed = differingParts(await zipParts(p('older.xlsx')), await zipParts(p('book.xlsx')));
  expect(changed.filter((n) => !/^xl\/worksheets\/sheet\d\.xml$|^xl\/worksheets\/_rels\/sheet\d\.xml\.rels$|^xl\/tables\/table\d+\.xml$|^xl\/sharedStrings\.xml$|^\[Content_Types\]\.xml$|^xl\/calcChain\.xml$/.test(n))).toEqual([]);
  expect(ooxmlErrors(p('book.xlsx'))).toEqual([]);

  // A second archive run grows the table it added.
  const again = await sbJson<ArchiveJson>('archive', p('book.xlsx'), '--keep', '6m', '-o', p('archive.xlsx'), '--append', '--as-of', AS_OF, '--json');
  expect(again.moved).toBeGreaterThan(0);
  expect((await load(p('book.xlsx'))).settings.numbering.reserved!.length).toBeGreaterThan(highest.size);
});
