/**
 * An export table as Parquet with typed columns (strings UTF-8, whole numbers INT32, booleans,
 * times as TIMESTAMP(MILLIS) not adjusted to UTC — the workbook's wall clock, as DuckDB, Spark
 * and Power BI read a local timestamp), snappy-compressed, through hyparquet-writer; min/max
 * statistics on every column but free text.
 *
 * The columns are handed over in the forms the writer stores, so it converts nothing value by
 * value (see bench/archive.bench.js, "writing alone"): times as BigInt milliseconds (no Date),
 * and a text column whose values are mostly distinct (ids, contacts) as PLAIN UTF-8 bytes cut
 * from one encoded buffer — the writer would otherwise try a dictionary on it, give it up, and
 * encode each value with a TextEncoder of its own. Other text columns keep the writer's own
 * dictionary choice.
 */
import type { ExportTable, ExportType, ExportValue } from '../../core/export/exportTables';
import { utf8Length } from '../../core/text/utf8Length';
import { toMinutes } from '../../core/time/localDateTime';
import { loadParquetWriter } from './loadParquetWriter';

type Element = { name: string; type: 'BYTE_ARRAY' | 'INT32' | 'DOUBLE' | 'BOOLEAN' | 'INT64'; repetition_type: 'OPTIONAL'; converted_type?: 'UTF8'; logical_type?: { type: 'TIMESTAMP'; isAdjustedToUTC: boolean; unit: 'MILLIS' } };

/** The Parquet schema element of one export column. */
export function parquetElement(name: string, type: ExportType): Element {
  switch (type) {
    case 'string':
      return { name, type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'OPTIONAL' };
    case 'int':
      return { name, type: 'INT32', repetition_type: 'OPTIONAL' };
    case 'double':
      return { name, type: 'DOUBLE', repetition_type: 'OPTIONAL' };
    case 'bool':
      return { name, type: 'BOOLEAN', repetition_type: 'OPTIONAL' };
    case 'timestamp':
      return { name, type: 'INT64', logical_type: { type: 'TIMESTAMP', isAdjustedToUTC: false, unit: 'MILLIS' }, repetition_type: 'OPTIONAL' };
  }
}

/**
 * A local time as the milliseconds of the instant whose UTC fields show it (the wall clock, no
 * zone); null when it is no time.
 * @example wallClockMillis('2024-03-01T09:30') // 1709285400000n
 */
export function wallClockMillis(v: ExportValue): bigint | null {
  if (typeof v !== 'string') return null;
  const m = toMinutes(v);
  return Number.isFinite(m) ? BigInt(m * 60_000) : null;
}

/**
 * Whether more than half of a column's values are distinct: then a dictionary cannot pay for
 * itself (it would hold over half the bytes and the indexes come on top), and the column is
 * written PLAIN. A sample of `sample` values spread over the column answers most columns (a
 * column with few distinct values shows few in its sample too); only a column whose sample is
 * mostly distinct is counted in full, stopping as soon as the answer is known.
 * @example mostlyDistinct(['CS1', 'CS2', 'CS3', null]) // true
 * @example mostlyDistinct(['新建', '新建', '处理中', '新建']) // false
 */
export function mostlyDistinct(values: readonly ExportValue[], sample = 1000): boolean {
  const n = values.length;
  if (n > sample) {
    const seen = new Set<ExportValue>();
    for (let k = 0; k < sample; k++) seen.add(values[Math.floor((k * (n - 1)) / (sample - 1))]);
    if (seen.size <= sample / 2) return false;
  }
  const seen = new Set<ExportValue>();
  for (const v of values) {
    if (v === null) continue;
    seen.add(v);
    if (seen.size > n / 2) return true;
  }
  return false;
}

/**
 * Strings as UTF-8 byte arrays cut from one encoded buffer (one encoder call for the column, not
 * one per value); null stays null.
 * @example utf8Column(['ab', null, '中']).map((b) => b && [...b]) // [[97, 98], null, [228, 184, 173]]
 */
export function utf8Column(values: readonly ExportValue[]): (Uint8Array | null)[] {
  const bytes = new TextEncoder().encode(values.map((v) => (typeof v === 'string' ? v : '')).join(''));
  const out: (Uint8Array | null)[] = new Array<Uint8Array | null>(values.length);
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v !== 'string') {
      out[i] = null;
      continue;
    }
    const end = at + utf8Length(v);
    out[i] = bytes.subarray(at, end);
    at = end;
  }
  return out;
}

/** One column of a row-major table, read once. */
function columnOf(rows: readonly ExportValue[][], i: number): ExportValue[] {
  const out = new Array<ExportValue>(rows.length);
  for (let r = 0; r < rows.length; r++) out[r] = rows[r][i];
  return out;
}

type ColumnSource = { name: string; data: unknown[]; statistics: boolean; encoding?: 'PLAIN' };

/** One export column in the form the writer stores it (see the file's comment). */
export function parquetColumn(name: string, type: ExportType, values: ExportValue[]): ColumnSource {
  // Min/max statistics where readers prune by them (times, numbers); computing them over free
  // text would cost more than the whole rest of the write.
  if (type === 'timestamp') return { name, data: values.map(wallClockMillis), statistics: true };
  if (type !== 'string') return { name, data: values, statistics: true };
  return mostlyDistinct(values) ? { name, data: utf8Column(values), statistics: false, encoding: 'PLAIN' } : { name, data: values, statistics: false };
}

/** The Parquet bytes of a table. */
export async function tableToParquet(t: ExportTable): Promise<Uint8Array> {
  const { parquetWriteBuffer } = await loadParquetWriter();
  const columnData = t.columns.map((c, i) => parquetColumn(c.name, c.type, columnOf(t.rows, i)));
  const schema = [{ name: 'root', num_children: t.columns.length }, ...t.columns.map((c) => parquetElement(c.name, c.type))];
  const buf = parquetWriteBuffer({ columnData, schema, createdBy: 'servicebook' } as Parameters<typeof parquetWriteBuffer>[0]);
  return new Uint8Array(buf);
}
