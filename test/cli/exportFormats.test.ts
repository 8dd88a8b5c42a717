/**
 * Data for the tools a company already has (issue 13): `export --format json|jsonl|csv|parquet`
 * writes tickets with SLA outcomes, log lines and subtasks; DuckDB reads the Parquet files and
 * gets the same figures as `stats --json` over the same workbooks.
 */
import { readFileSync, readdirSync } from 'fs';
import * as path from 'path';
import { parseCsv } from '../../src/xlsx/csv';
import { sb, sbJson, tempDir, type StatsReport } from './helpers';
import { AS_OF, partOf, twoYearBook, writeBook, type Book } from '../support/books';
import { duckdbRows } from '../support/duckdb';
import { LOG_COLUMNS, SUBTASK_COLUMNS, TICKET_COLUMNS, type ExportColumn } from '../../src/core/export/exportTables';

jest.setTimeout(240_000);

const dir = tempDir('sb-export-');
const p = (f: string): string => path.join(dir, f);
let whole: Book;

beforeAll(async () => {
  whole = twoYearBook(500, 11);
  // Free text that differs on every ticket (written PLAIN, not through a dictionary), beyond ASCII.
  whole = { ...whole, tickets: whole.tickets.map((t, i) => ({ ...t, description: `第${i}次：打印机卡纸 😀 é` })) };
  // A working workbook and its archive, as `servicebook archive` leaves them.
  await writeBook(p('book.xlsx'), partOf(whole, (t) => t.receivedAt! >= '2024-07-01' || t.status === null || !['已完成', '已关闭'].includes(t.status)));
  await writeBook(p('archive-2024.xlsx'), { ...partOf(whole, (t) => t.receivedAt! < '2024-07-01' && ['已完成', '已关闭'].includes(t.status ?? '')), settings: { ...whole.settings, team: 'book' } });
  for (const f of ['parquet', 'csv', 'jsonl', 'json'])
    expect((await sb('export', p('book.xlsx'), p('archive-*.xlsx'), '--format', f, '-o', p(f === 'json' ? 'all.json' : `out-${f}`), '--as-of', AS_OF)).code).toBe(0);
});

test('every format holds every ticket, log line and subtask once, with the same columns', async () => {
  const doc = JSON.parse(readFileSync(p('all.json'), 'utf8')) as { tickets: Record<string, unknown>[]; ticketLog: unknown[]; subtasks: unknown[]; problems: unknown[] };
  expect(doc.tickets).toHaveLength(whole.tickets.length);
  expect(doc.ticketLog).toHaveLength(whole.logs.length);
  expect(doc.subtasks).toHaveLength(whole.subtasks.length);
  expect(new Set(doc.tickets.map((t) => t.id)).size).toBe(whole.tickets.length);
  expect(new Set(doc.tickets.map((t) => t.team))).toEqual(new Set(['book']));
  for (const k of ['responseDue', 'resolveDue', 'slaState', 'overdue', 'firstResponseBusinessMinutes', 'resolutionBusinessMinutes', 'breachBusinessMinutes']) expect(doc.tickets[0]).toHaveProperty(k);
  expect(readdirSync(p('out-parquet')).sort()).toEqual(['subtasks.parquet', 'ticket_log.parquet', 'tickets.parquet']);

  const jsonl = readFileSync(p('out-jsonl/tickets.jsonl'), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
  expect(jsonl).toEqual(doc.tickets);

  const csvText = readFileSync(p('out-csv/tickets.csv'), 'utf8');
  expect(csvText.charCodeAt(0)).toBe(0xfeff);
  const csv = parseCsv(csvText.slice(1));
  expect(csv[0]).toEqual(Object.keys(doc.tickets[0]));
  expect(csv.filter((r) => r.some((c) => c !== '')).length - 1).toBe(whole.tickets.length);

  const counts = await duckdbRows(
    `SELECT (SELECT count(*) FROM read_parquet('out-parquet/tickets.parquet')) AS tickets,
            (SELECT count(*) FROM read_parquet('out-parquet/ticket_log.parquet')) AS log,
            (SELECT count(*) FROM read_parquet('out-parquet/subtasks.parquet')) AS subtasks,
            (SELECT count(DISTINCT id) FROM read_parquet('out-parquet/tickets.parquet')) AS ids`,
    dir,
  );
  expect(counts[0]).toEqual({ tickets: BigInt(whole.tickets.length), log: BigInt(whole.logs.length), subtasks: BigInt(whole.subtasks.length), ids: BigInt(whole.tickets.length) });
});

test('Parquet columns are typed: timestamps, integers, booleans, text', async () => {
  const types = await duckdbRows(`SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet('out-parquet/tickets.parquet'))`, dir);
  const of = new Map(types.map((r) => [r.column_name, r.column_type]));
  expect(of.get('receivedAt')).toBe('TIMESTAMP');
  expect(of.get('resolveDue')).toBe('TIMESTAMP');
  expect(of.get('satisfaction')).toBe('INTEGER');
  expect(of.get('breachBusinessMinutes')).toBe('INTEGER');
  expect(of.get('overdue')).toBe('BOOLEAN');
  expect(of.get('status')).toBe('VARCHAR');
  const first = whole.tickets[0];
  const back = await duckdbRows(`SELECT strftime(receivedAt, '%Y-%m-%dT%H:%M') AS r FROM read_parquet('out-parquet/tickets.parquet') WHERE id = '${first.id}'`, dir);
  expect(back).toEqual([{ r: first.receivedAt }]);
});

test('DuckDB reads every value of every Parquet table as the JSON export holds it', async () => {
  const doc = JSON.parse(readFileSync(p('all.json'), 'utf8')) as Record<'tickets' | 'ticketLog' | 'subtasks', Record<string, unknown>[]>;
  const asText = (c: ExportColumn): string => (c.type === 'timestamp' ? `strftime("${c.name}", '%Y-%m-%dT%H:%M') AS "${c.name}"` : `"${c.name}"`);
  for (const [file, columns, rows] of [
    ['tickets', TICKET_COLUMNS, doc.tickets],
    ['ticket_log', LOG_COLUMNS, doc.ticketLog],
    ['subtasks', SUBTASK_COLUMNS, doc.subtasks],
  ] as const) {
    const back = await duckdbRows(`SELECT ${columns.map(asText).join(', ')} FROM read_parquet('out-parquet/${file}.parquet')`, dir);
    expect(back).toHaveLength(rows.length);
    expect(back).toEqual(rows);
  }
});

test('DuckDB over the Parquet export gives the same counts as stats --json over the workbooks', async () => {
  for (const [period, asOf, start, end] of [
    ['month', AS_OF, '2024-12-01', '2025-01-01'],
    ['month', '2024-03-31T20:00', '2024-03-01', '2024-04-01'],
    ['quarter', AS_OF, '2024-10-01', '2025-01-01'],
  ]) {
    const s = await sbJson<StatsReport>('stats', p('book.xlsx'), p('archive-2024.xlsx'), '--period', period, '--as-of', asOf, '--json');
    const [q] = await duckdbRows(
      `WITH t AS (SELECT * FROM read_parquet('out-parquet/tickets.parquet')), w AS (SELECT TIMESTAMP '${start}' AS ws, TIMESTAMP '${end}' AS we)
       SELECT count(*) FILTER (WHERE receivedAt >= ws AND receivedAt < we) AS received,
              count(*) FILTER (WHERE resolvedAt >= ws AND resolvedAt < we) AS resolved,
              count(*) FILTER (WHERE receivedAt >= ws AND receivedAt < we AND satisfaction IS NOT NULL) AS ratings
       FROM t, w`,
      dir,
    );
    expect({ received: Number(q.received), resolved: Number(q.resolved), ratings: Number(q.ratings) }).toEqual({ received: s.received, resolved: s.resolved, ratings: s.csat.count });
  }
});
