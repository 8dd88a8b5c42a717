/**
 * `servicebook archive` (issue 13): finished tickets before the cut move with their log lines and
 * subtasks; open ones never do; numbers stay reserved; a second run moves nothing; --append adds
 * and finishes an interrupted run; statistics over the workbook and its archives — and DuckDB
 * over their Parquet export — equal those of the single workbook; the rest of the package is
 * unchanged byte for byte.
 */
import { copyFileSync, readFileSync } from 'fs';
import { createHash } from 'crypto';
import * as path from 'path';
import JSZip from 'jszip';
import { completeAll, load } from '../../src/cli/pipeline';
import { emptyTicket } from '../../src/core/schema/ticket';
import { sb, sbJson, tempDir, type ExportJson, type StatsReport } from './helpers';
import { type ArchiveJson, type Pooled, report } from '../support/archiveJson';
import { AS_OF, twoYearBook, writeBook, type Book } from '../support/books';
import { duckdbRows } from '../support/duckdb';

jest.setTimeout(300_000);

const dir = tempDir('sb-archive-');
const p = (f: string): string => path.join(dir, f);
const sha = (f: string): string => createHash('sha256').update(readFileSync(f)).digest('hex');
const DONE = ['已完成', '已关闭'];
let whole: Book;

const STATS_CASES = [
  ['--period', 'month', '--as-of', AS_OF],
  ['--period', 'quarter', '--as-of', '2024-03-31T20:00', '--compare', 'year'],
  ['--period', 'all', '--as-of', AS_OF],
];

beforeAll(async () => {
  whole = twoYearBook(700, 23);
  await writeBook(p('single.xlsx'), whole);
  copyFileSync(p('single.xlsx'), p('book.xlsx'));
});

test('archive --before moves the finished tickets of 2023 with their lines; counts add up; open ones stay', async () => {
  const before = sha(p('single.xlsx'));
  const r = await sbJson<ArchiveJson>('archive', p('book.xlsx'), '--before', '2024-01-01', '-o', p('archive-2023.xlsx'), '--as-of', AS_OF, '--json');
  const moving = whole.tickets.filter((t) => t.receivedAt! < '2024-01-01' && DONE.includes(t.status ?? ''));
  expect(r.moved).toBe(moving.length);
  expect(r.moved).toBeGreaterThan(100);
  for (const k of ['tickets', 'logLines', 'subtasks'] as const) expect(r.after.working[k] + r.after.archive[k]).toBe(r.before.working[k] + r.before.archive[k]);
  expect(r.after.archive.tickets).toBe(moving.length);
  expect(sha(p('single.xlsx'))).toBe(before);

  const archive = await sbJson<ExportJson>('export', p('archive-2023.xlsx'));
  const working = await sbJson<ExportJson>('export', p('book.xlsx'));
  expect(archive.tickets.every((t) => DONE.includes(t.status ?? '') && t.receivedAt! < '2024-01-01')).toBe(true);
  expect(working.tickets.some((t) => DONE.includes(t.status ?? '') && t.receivedAt! < '2024-01-01')).toBe(false);
  // Open tickets of 2023 stayed.
  const open2023 = whole.tickets.filter((t) => t.receivedAt! < '2024-01-01' && !DONE.includes(t.status ?? '')).length;
  expect(working.tickets.filter((t) => t.receivedAt! < '2024-01-01')).toHaveLength(open2023);
  // Nothing lost or renumbered: the two files hold exactly the original numbers.
  expect([...archive.tickets, ...working.tickets].map((t) => t.id).sort()).toEqual(whole.tickets.map((t) => t.id).sort());
  const archived = await load(p('archive-2023.xlsx'));
  const ids = new Set(archived.tickets.map((t) => t.id));
  expect(archived.logs.length).toBe(whole.logs.filter((l) => ids.has(l.ticketId)).length);
  expect(archived.subtasks.length).toBe(whole.subtasks.filter((x) => ids.has(x.ticketId)).length);
  expect(archived.settings.team).toBe('book');
});

test('statistics over the workbook and its archive equal the single workbook’s', async () => {
  for (const args of STATS_CASES) {
    const one = await sbJson<StatsReport>('stats', p('single.xlsx'), ...args, '--json');
    const two = await sbJson<Pooled>('stats', p('book.xlsx'), p('archive-*.xlsx'), ...args, '--json');
    expect(report(two)).toEqual(one);
  }
});

test('archived numbers stay reserved: a new ticket on an archived day gets a number never used', async () => {
  const working = await load(p('book.xlsx'));
  expect(working.settings.numbering.reserved!.length).toBeGreaterThan(0);
  // Config_Reserved grew without touching any other configuration table.
  expect(working.configProblems).toEqual([]);
  const { numbering: n1, ...rest1 } = working.settings;
  const { numbering: n2, ...rest2 } = (await load(p('single.xlsx'))).settings;
  expect([rest1, n1.pattern]).toEqual([rest2, n2.pattern]);
  const archived = new Set((await load(p('archive-2023.xlsx'))).tickets.map((t) => t.id));
  const busiest = [...archived].sort().pop()!; // the highest number of some archived day
  const day = `${busiest.slice(2, 6)}-${busiest.slice(6, 8)}-${busiest.slice(8, 10)}T10:00`;
  const fresh = { ...emptyTicket(), receivedAt: day, subject: '补录' };
  const { tickets } = completeAll({ ...working, tickets: [...working.tickets, fresh], rows: [...working.rows, 9999] }, AS_OF, true);
  const id = tickets[tickets.length - 1].id;
  expect(id.slice(0, 10)).toBe(busiest.slice(0, 10));
  expect(archived.has(id)).toBe(false);
  // The next number after the archived ones that the working workbook does not use (tickets or log lines).
  const used = new Set([...working.tickets.map((t) => t.id), ...working.logs.map((l) => l.ticketId)]);
  let next = Number(busiest.slice(10)) + 1;
  const numberOf = (seq: number): string => `${busiest.slice(0, 10)}${String(seq).padStart(busiest.length - 10, '0')}`;
  while (used.has(numberOf(next))) next++;
  expect(id).toBe(numberOf(next));
});

test('a second run moves nothing and changes neither file; without --append an existing archive is refused', async () => {
  const [a, b] = [sha(p('book.xlsx')), sha(p('archive-2023.xlsx'))];
  const again = await sbJson<ArchiveJson>('archive', p('book.xlsx'), '--before', '2024-01-01', '-o', p('archive-2023.xlsx'), '--append', '--as-of', AS_OF, '--json');
  expect(again.moved).toBe(0);
  const refused = await sb('archive', p('book.xlsx'), '--before', '2024-01-01', '-o', p('archive-2023.xlsx'), '--as-of', AS_OF);
  expect(refused.code).toBe(2);
  expect(refused.err).toMatch(/--append/);
  expect([sha(p('book.xlsx')), sha(p('archive-2023.xlsx'))]).toEqual([a, b]);
});

test('the rest of the working workbook is unchanged byte for byte', async () => {
  const [before, after] = await Promise.all([JSZip.loadAsync(readFileSync(p('single.xlsx'))), JSZip.loadAsync(readFileSync(p('book.xlsx')))]);
  const changed: string[] = [];
  for (const name of Object.keys(before.files)) {
    const x = before.file(name);
    const y = after.file(name);
    if (!x || !y) continue;
    if (!Buffer.from(await x.async('uint8array')).equals(Buffer.from(await y.async('uint8array')))) changed.push(name);
  }
  // The three sheets that hold Tickets, Ticket_Log and Subtasks, the config sheet (Config_Reserved), their table parts,
  // and the shared strings only archived rows used (emptied by the editor, so moved-out text does not linger).
  expect(changed.filter((n) => !/^xl\/(worksheets\/sheet\d+\.xml|tables\/table\d+\.xml|sharedStrings\.xml)$/.test(n))).toEqual([]);
  expect(changed.filter((n) => n.startsWith('xl/worksheets/')).length).toBeLessThanOrEqual(4);
  expect(Object.keys(after.files).sort()).toEqual(Object.keys(before.files).filter((n) => n !== 'xl/calcChain.xml').sort());
});

test('--append adds a later cut and finishes a run that stopped before updating the workbook', async () => {
  copyFileSync(p('book.xlsx'), p('book-copy.xlsx'));
  const r = await sbJson<ArchiveJson>('archive', p('book.xlsx'), '--keep', '6m', '-o', p('archive-2023.xlsx'), '--append', '--as-of', AS_OF, '--json');
  expect(r.moved).toBeGreaterThan(0);
  expect(r.after.archive.tickets).toBe(r.before.archive.tickets + r.moved);
  // As if the workbook had not been updated: the same tickets are in both files; --append finishes.
  copyFileSync(p('book-copy.xlsx'), p('book.xlsx'));
  const again = await sbJson<ArchiveJson>('archive', p('book.xlsx'), '--keep', '6m', '-o', p('archive-2023.xlsx'), '--append', '--as-of', AS_OF, '--json');
  expect(again.alreadyArchived).toBe(r.moved);
  expect(again.after.archive.tickets).toBe(r.after.archive.tickets);
  expect(again.after.working.tickets).toBe(r.after.working.tickets);
  for (const args of STATS_CASES) {
    const one = await sbJson<StatsReport>('stats', p('single.xlsx'), ...args, '--json');
    const two = await sbJson<Pooled>('stats', p('book.xlsx'), p('archive-2023.xlsx'), ...args, '--json');
    expect(report(two)).toEqual(one);
  }
});

test('archive → stats across files → Parquet → DuckDB gives the single workbook’s numbers', async () => {
  expect((await sb('export', p('book.xlsx'), p('archive-2023.xlsx'), '--format', 'parquet', '-o', p('parquet'), '--as-of', AS_OF)).code).toBe(0);
  const one = await sbJson<StatsReport>('stats', p('single.xlsx'), '--period', 'month', '--as-of', AS_OF, '--json');
  const [q] = await duckdbRows(
    `SELECT count(*) AS tickets,
            count(*) FILTER (WHERE receivedAt >= TIMESTAMP '${one.period.start}' AND receivedAt < TIMESTAMP '${one.period.end}') AS received,
            count(*) FILTER (WHERE resolvedAt >= TIMESTAMP '${one.period.start}' AND resolvedAt < TIMESTAMP '${one.period.end}') AS resolved,
            count(DISTINCT id) AS ids
     FROM read_parquet('parquet/tickets.parquet')`,
    dir,
  );
  expect(Object.fromEntries(Object.entries(q).map(([k, v]) => [k, Number(v)]))).toEqual({ tickets: whole.tickets.length, received: one.received, resolved: one.resolved, ids: whole.tickets.length });
});
