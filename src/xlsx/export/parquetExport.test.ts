import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { gunzipSync } from 'zlib';
import { join } from 'path';
import type { ExportTable, ExportType, ExportValue } from '../../core/export/exportTables';
import { duckdbRows } from '../../../test/support/duckdb';
import { bitPacked, bitWidth, ByteParts, ByteSink, packBits, rleRun } from './parquetBytes';
import { ColumnEncoder, mostlyDistinct, PAGE_BYTES, PAGE_ROWS, type PageFormat, type PageHeader, wallClockMs } from './parquetColumnChunk';
import { ROW_GROUP_ROWS, tableToParquet } from './parquetExport';

// hyparquet is hyparquet-writer's own reader, a second implementation of the format; DuckDB a third.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { parquetReadObjects } = require('hyparquet') as {
  parquetReadObjects: (o: { file: ArrayBuffer; compressors: Record<string, (b: Uint8Array) => Uint8Array> }) => Promise<Record<string, unknown>[]>;
};

// DuckDB starts in the tests below; beside the rest of the suite that can take seconds.
jest.setTimeout(60_000);

const hex = (s: ByteSink): string => s.bytes().toString('hex');

describe('the byte encodings of a page', () => {
  it('varints, PLAIN values and hybrid runs are the bytes the format names', () => {
    const s = new ByteSink(4);
    s.varint(300);
    expect(hex(s)).toBe('ac02');
    s.reset();
    s.int64(-1);
    s.int64(2 ** 40 + 5);
    expect(hex(s)).toBe('ffffffffffffffff' + '0500000000010000');
    s.reset();
    s.plainString('中a');
    expect(hex(s)).toBe('04000000e4b8ad61');
    s.reset();
    bitPacked(s, [1, 0, 1], 3, 1);
    expect(hex(s)).toBe('0305');
    s.reset();
    rleRun(s, 1, 5, 1);
    expect(hex(s)).toBe('0a01');
    s.reset();
    // 0..7 in three bits: the example in the Parquet encodings page.
    packBits(s, [0, 1, 2, 3, 4, 5, 6, 7], 8, 3);
    expect(hex(s)).toBe('88c6fa');
    expect([bitWidth(0), bitWidth(1), bitWidth(255), bitWidth(256)]).toEqual([1, 1, 8, 9]);
  });

  it('times are milliseconds of the wall clock; no time is NaN', () => {
    expect(wallClockMs('2024-03-01T09:30')).toBe(1709285400000);
    expect(wallClockMs('1970-01-01T00:00')).toBe(0);
    expect(wallClockMs(null)).toBeNaN();
    expect(wallClockMs('2024-02-30T09:00')).toBeNaN();
    expect(wallClockMs(45000)).toBeNaN();
  });

  it('text is mostly distinct when over half of a sample spread over the row group is', () => {
    const of = (values: ExportValue[], sample?: number): boolean => mostlyDistinct((i) => values[i], values.length, sample);
    expect(of(['CS1', 'CS2', 'CS3', null])).toBe(true);
    expect(of(['新建', '新建', '处理中', '新建'])).toBe(false);
    expect(of(['新建', '处理中', '新建', '处理中', null])).toBe(false); // exactly half is not over half
    expect(of([null, null])).toBe(false);
    // 5000 values, three distinct: a sample of 100 sees three.
    expect(of(Array.from({ length: 5000 }, (_, i) => ['新建', '处理中', '已完成'][i % 3]), 100)).toBe(false);
    // Ids: every value distinct, the sample (first and last included) says so.
    expect(of(Array.from({ length: 5000 }, (_, i) => `CS${i}`), 100)).toBe(true);
  });
});

const COLUMNS: { name: string; type: ExportType }[] = [
  { name: 'id', type: 'string' },
  { name: 'status', type: 'string' },
  { name: 'receivedAt', type: 'timestamp' },
  { name: 'satisfaction', type: 'int' },
  { name: 'breach', type: 'double' },
  { name: 'overdue', type: 'bool' },
  { name: 'empty', type: 'string' },
];

/** What a reader gives back for a value written in a column of this type. */
function expected(v: ExportValue, type: ExportType): unknown {
  if (v === null) return null;
  if (type === 'timestamp') return Number.isNaN(wallClockMs(v)) ? null : wallClockMs(v);
  return v;
}

/** Rows read by hyparquet, times as milliseconds. */
async function readBack(bytes: Uint8Array, columns = COLUMNS): Promise<unknown[][]> {
  const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const rows = await parquetReadObjects({ file, compressors: { GZIP: (b) => gunzipSync(b) } });
  return rows.map((r) => columns.map((c) => (r[c.name] instanceof Date ? (r[c.name] as Date).getTime() : typeof r[c.name] === 'bigint' ? Number(r[c.name]) : (r[c.name] ?? null))));
}

const arbRow = fc.tuple(
  fc.option(fc.string({ unit: 'grapheme' }), { nil: null }),
  fc.option(fc.constantFrom('新建', '处理中', '已完成', ''), { nil: null }),
  fc.option(fc.constantFrom('2024-03-01T09:30', '1969-12-31T23:59', '2099-12-31T23:59', '2024-02-30T09:00'), { nil: null }),
  fc.option(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), { nil: null }),
  fc.option(fc.double({ noNaN: true }), { nil: null }),
  fc.option(fc.boolean(), { nil: null }),
  fc.constant(null),
);

describe('a table as Parquet', () => {
  it('hyparquet reads back every value of any table, null where there is none', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(arbRow, { maxLength: 60 }), async (rows) => {
        const table: ExportTable = { name: 'tickets', columns: COLUMNS, rows: rows.map((r) => [...r]) };
        const back = await readBack(await tableToParquet(table));
        expect(back).toEqual(rows.map((r) => r.map((v, i) => expected(v, COLUMNS[i].type))));
      }),
      { numRuns: 150 },
    );
  });

  it('over several pages and row groups, hyparquet and DuckDB read the same values, counts and statistics', async () => {
    const n = ROW_GROUP_ROWS + 7;
    const statuses = ['新建', '处理中', '等待客户', '已完成', '已关闭'];
    const rows: ExportValue[][] = Array.from({ length: n }, (_, i) => [
      `CS${String(i).padStart(6, '0')}`,
      i % 11 === 0 ? null : statuses[i % 5],
      i % 13 === 0 ? null : `2024-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}T${String(i % 24).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}`,
      i % 3 === 0 ? null : (i % 5) + 1,
      i % 7 === 0 ? null : i / 4,
      i % 2 === 0 ? null : i % 4 === 1,
      null,
      // No value in the first page, then words: an empty page before the dictionary's first word.
      i < PAGE_ROWS + 5 ? null : statuses[i % 3],
      // Long distinct texts: PLAIN pages ended by size, so this column's pages hold fewer rows than the others'.
      i % 17 === 0 ? null : `${'客户反映问题描述'.repeat(3)} ${i}`,
    ]);
    const columns = [...COLUMNS, { name: 'late', type: 'string' as const }, { name: 'note', type: 'string' as const }];
    const bytes = await tableToParquet({ name: 'tickets', columns, rows });
    const back = await readBack(bytes, columns);
    expect(back.length).toBe(n);
    expect(back).toEqual(rows.map((r) => r.map((v, i) => expected(v, columns[i].type))));

    const dir = mkdtempSync(join(tmpdir(), 'sb-parquet-'));
    try {
      writeFileSync(join(dir, 't.parquet'), bytes);
      const [q] = await duckdbRows(
        `SELECT count(*) AS n, count(status) AS statuses, count(DISTINCT status) AS distinctStatuses, count(receivedAt) AS times,
                strftime(min(receivedAt), '%Y-%m-%dT%H:%M') AS first, sum(satisfaction) AS satisfaction, sum(breach) AS breach,
                count(*) FILTER (WHERE overdue) AS overdue, count(empty) AS empty, max(id) AS lastId, count(late) AS late,
                count(note) AS notes, sum(CAST(split_part(note, ' ', 2) AS BIGINT)) AS noteSum
           FROM read_parquet('t.parquet')`,
        dir,
      );
      const has = (i: number): ExportValue[] => rows.map((r) => r[i]).filter((v) => v !== null);
      expect(q).toEqual({
        n: BigInt(n),
        statuses: BigInt(has(1).length),
        distinctStatuses: 5n,
        times: BigInt(has(2).length),
        first: '2024-01-01T00:00',
        satisfaction: BigInt(has(3).reduce<number>((a, v) => a + Number(v), 0)),
        breach: has(4).reduce<number>((a, v) => a + Number(v), 0),
        overdue: BigInt(has(5).filter((v) => v === true).length),
        empty: 0n,
        lastId: `CS${String(n - 1).padStart(6, '0')}`,
        late: BigInt(n - PAGE_ROWS - 5),
        notes: BigInt(has(8).length),
        noteSum: has(8).reduce<bigint>((a, v) => a + BigInt(String(v).split(' ')[1]), 0n),
      });
      // Two row groups, and statistics DuckDB prunes by: min/max of the times, null counts everywhere.
      const meta = await duckdbRows(
        `SELECT row_group_id AS g, path_in_schema AS c, stats_min_value AS min, stats_max_value AS max, stats_null_count AS nulls, encodings, compression
           FROM parquet_metadata('t.parquet') WHERE path_in_schema IN ('receivedAt', 'status') ORDER BY g, c`,
        dir,
      );
      expect(meta.map((m) => [m.g, m.c])).toEqual([
        [0n, 'receivedAt'],
        [0n, 'status'],
        [1n, 'receivedAt'],
        [1n, 'status'],
      ]);
      expect(String(meta[0].min)).toMatch(/^2024-01-01 00:00/);
      expect(meta[1].encodings).toMatch(/RLE_DICTIONARY/);
      expect(meta.map((m) => m.compression)).toEqual(['GZIP', 'GZIP', 'GZIP', 'GZIP']);
      expect(meta[0].nulls).toBe(BigInt(rows.slice(0, ROW_GROUP_ROWS).filter((r) => r[2] === null).length));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000); // 100,007 rows through two readers: seconds alone, longer beside the rest of the suite

  it('each column ends its pages itself: at PAGE_ROWS rows, or once its values reach PAGE_BYTES', () => {
    const pagesOf = (type: ExportType, rows: ExportValue[][], plain: boolean): { rows: number; size: number }[] => {
      const headers: PageHeader[] = [];
      const format: PageFormat = { pageHeader: (h) => (headers.push(h), new Uint8Array(0)) };
      const e = new ColumnEncoder(type, format);
      e.startChunk(plain);
      for (let b = 0; b < rows.length; b += 256) {
        const end = Math.min(rows.length, b + 256);
        e.makeRoom(end - b);
        e.addRows(rows, 0, b, end);
      }
      e.writeChunk(new ByteParts());
      return headers.flatMap((h) => (h.type === 'DATA_PAGE_V2' ? [{ rows: h.data_page_header_v2.num_rows, size: h.uncompressed_page_size }] : []));
    };
    // Long texts (about 100 bytes each): pages end by size, long before PAGE_ROWS rows.
    const texts = pagesOf('string', Array.from({ length: 40_000 }, (_, i) => [`${'客户反映问题描述'.repeat(4)}${i}`]), true);
    expect(texts.length).toBeGreaterThan(3);
    expect(texts.reduce((n, p) => n + p.rows, 0)).toBe(40_000);
    for (const p of texts.slice(0, -1)) expect(p.size).toBeGreaterThanOrEqual(PAGE_BYTES);
    for (const p of texts) expect(p.size).toBeLessThan(PAGE_BYTES + 256 * 110);
    // Small numbers and dictionary words: pages of PAGE_ROWS rows.
    const full = [PAGE_ROWS, PAGE_ROWS, 150_000 - 2 * PAGE_ROWS];
    expect(pagesOf('int', Array.from({ length: 150_000 }, (_, i) => [i % 5]), false).map((p) => p.rows)).toEqual(full);
    expect(pagesOf('string', Array.from({ length: 150_000 }, (_, i) => [i % 7 === 0 ? null : `状态${i % 3}`]), false).map((p) => p.rows)).toEqual(full);
  });

  it('an empty table is a valid file with its columns and no rows', async () => {
    const bytes = await tableToParquet({ name: 'subtasks', columns: COLUMNS, rows: [] });
    expect(await readBack(bytes)).toEqual([]);
    const dir = mkdtempSync(join(tmpdir(), 'sb-parquet-'));
    try {
      writeFileSync(join(dir, 'e.parquet'), bytes);
      const described = await duckdbRows(`SELECT column_name AS c, column_type AS t FROM (DESCRIBE SELECT * FROM read_parquet('e.parquet'))`, dir);
      expect(described).toEqual([
        { c: 'id', t: 'VARCHAR' },
        { c: 'status', t: 'VARCHAR' },
        { c: 'receivedAt', t: 'TIMESTAMP' },
        { c: 'satisfaction', t: 'INTEGER' },
        { c: 'breach', t: 'DOUBLE' },
        { c: 'overdue', t: 'BOOLEAN' },
        { c: 'empty', t: 'VARCHAR' },
      ]);
      expect(await duckdbRows(`SELECT count(*) AS n FROM read_parquet('e.parquet')`, dir)).toEqual([{ n: 0n }]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
