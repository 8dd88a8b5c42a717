/**
 * `servicebook archive --append` edits the existing archive in place, as `refresh` edits a
 * workbook: the moved rows are appended to its Tickets, Ticket_Log and Subtasks tables and its
 * statistics are rewritten; everything a person added to the archive by hand (a sheet with a
 * chart, a comment and a PivotTable, a highlighted cell, a wider column, a note beside the
 * table) stays byte for byte.
 */
import { copyFileSync } from 'fs';
import * as path from 'path';
import { readXlsx } from '../../src/xlsx/readInput';
import { colLetters } from '../../src/xlsx/read/cellRef';
import { sbJson, tempDir, type ExportJson, type StatsReport } from './helpers';
import { type ArchiveJson, type Pooled, report } from '../support/archiveJson';
import { AS_OF, twoYearBook, writeBook, type Book } from '../support/books';
import { ooxmlErrors } from '../support/ooxmlValidator';
import { applyTeamEdits } from '../support/teamEdits';
import { differingParts, zipParts } from '../support/zipParts';

jest.setTimeout(300_000);

const dir = tempDir('sb-archive-append-');
const p = (f: string): string => path.join(dir, f);
const DONE = ['已完成', '已关闭'];

const outsideSheetData = (xml: string): string[] => [xml.slice(0, xml.indexOf('<sheetData')), xml.slice(xml.indexOf('</sheetData>'))];

let whole: Book;
let edited: Map<string, Buffer>;
let r: ArchiveJson;
let noteRef: string;
let highlight: string;

beforeAll(async () => {
  whole = twoYearBook(300, 31);
  await writeBook(p('single.xlsx'), whole);
  copyFileSync(p('single.xlsx'), p('book.xlsx'));
  await sbJson<ArchiveJson>('archive', p('book.xlsx'), '--before', '2024-01-01', '-o', p('plain.xlsx'), '--as-of', AS_OF, '--json');
  // The supervisor's own additions to the archive.
  const t = (await readXlsx(p('plain.xlsx'))).tables.get('Tickets')!;
  const col = (h: string): string => colLetters(t.headers.indexOf(h) + 1);
  highlight = `${col('客户名称')}${t.headerRow + 2}`;
  noteRef = `${colLetters(t.headers.length + 3)}${t.headerRow + t.rows.length + 3}`;
  await applyTeamEdits(p('plain.xlsx'), p('archive.xlsx'), p('donor.xlsx'), {
    renameTo: '工单',
    widen: { col: 10, width: 60 },
    highlight,
    unreadable: { ref: `${col('备注')}${t.headerRow + 3}`, text: '已电话确认' },
    typedRow: { row: t.headerRow + t.rows.length + 3, cells: { [noteRef.replace(/\d+$/, '')]: '主管备注：2023 年归档' } },
  });
  edited = await zipParts(p('archive.xlsx'));
  r = await sbJson<ArchiveJson>('archive', p('book.xlsx'), '--keep', '6m', '-o', p('archive.xlsx'), '--append', '--as-of', AS_OF, '--json');
});

test('--append moves the later cut into the archive: counts add up, statistics across files equal the single workbook', async () => {
  expect(r.moved).toBeGreaterThan(0);
  expect(r.alreadyArchived).toBe(0);
  expect(r.after.archive.tickets).toBe(r.before.archive.tickets + r.moved);
  for (const k of ['tickets', 'logLines', 'subtasks'] as const) expect(r.after.working[k] + r.after.archive[k]).toBe(r.before.working[k] + r.before.archive[k]);
  const archive = await sbJson<ExportJson>('export', p('archive.xlsx'));
  const working = await sbJson<ExportJson>('export', p('book.xlsx'));
  expect(archive.tickets).toHaveLength(r.after.archive.tickets);
  expect(archive.tickets.every((x) => DONE.includes(x.status ?? ''))).toBe(true);
  expect([...archive.tickets, ...working.tickets].map((x) => x.id).sort()).toEqual(whole.tickets.map((x) => x.id).sort());
  for (const args of [
    ['--period', 'month', '--as-of', AS_OF],
    ['--period', 'all', '--as-of', AS_OF],
  ]) {
    const one = await sbJson<StatsReport>('stats', p('single.xlsx'), ...args, '--json');
    const two = await sbJson<Pooled>('stats', p('book.xlsx'), p('archive.xlsx'), ...args, '--json');
    expect(report(two)).toEqual(one);
  }
});

test('what the supervisor added to the archive survives --append byte for byte', async () => {
  const after = await zipParts(p('archive.xlsx'));
  const changed = differingParts(edited, after);
  for (const kept of ['xl/worksheets/sheet90.xml', 'xl/charts/chart90.xml', 'xl/drawings/drawing90.xml', 'xl/comments90.xml', 'xl/pivotTables/pivotTable90.xml', 'xl/pivotCache/pivotCacheDefinition90.xml', 'xl/pivotCache/pivotCacheRecords90.xml', 'xl/styles.xml', 'xl/workbook.xml'])
    expect(changed).not.toContain(kept);
  // Only ServiceBook's tables, statistics and summary (with its charts and PivotTables) change.
  const owned = /^xl\/worksheets\/sheet\d\.xml$|^xl\/tables\/table\d+\.xml$|^xl\/sharedStrings\.xml$|^xl\/charts\/chart[1-4]\.xml$|^xl\/drawings\/drawing1\.xml$|^xl\/pivotTables\/pivotTable[1-4]\.xml$|^xl\/pivotCache\/pivotCache(Definition|Records)1\.xml$|^xl\/calcChain\.xml$/;
  expect(changed.filter((n) => !owned.test(n))).toEqual([]);
  const before = edited.get('xl/worksheets/sheet2.xml')!.toString('utf8');
  const now = after.get('xl/worksheets/sheet2.xml')!.toString('utf8');
  expect(outsideSheetData(now)[1]).toEqual(outsideSheetData(before)[1]);
  expect(now).toContain('<col min="10" max="10" width="60"');
  const style = (xml: string): string | undefined => new RegExp(`<c r="${highlight}" s="(\\d+)"`).exec(xml)?.[1];
  expect(style(now)).toBe(style(before));
  expect(now).toContain('主管备注：2023 年归档');
  expect((await readXlsx(p('archive.xlsx'))).sheets.map((s) => s.name)).toContain('团队看板');
});

test('the appended archive is valid for Excel', () => {
  expect(ooxmlErrors(p('archive.xlsx'))).toEqual([]);
});
