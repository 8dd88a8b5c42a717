/**
 * An export table as Parquet with typed columns (strings UTF-8, whole numbers INT32, booleans,
 * times as TIMESTAMP(MILLIS) not adjusted to UTC — the workbook's wall clock, as DuckDB, Spark
 * and Power BI read a local timestamp), snappy-compressed, through hyparquet-writer; min/max
 * statistics on every column but free text.
 */
import type { ExportTable, ExportType } from '../../core/export/exportTables';
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

/** A local time as the instant whose UTC fields show it (the wall clock, no zone). */
const wallClock = (v: unknown): Date | null => {
  if (typeof v !== 'string') return null;
  const m = toMinutes(v);
  return Number.isFinite(m) ? new Date(m * 60_000) : null;
};

/** The Parquet bytes of a table. */
export async function tableToParquet(t: ExportTable): Promise<Uint8Array> {
  const { parquetWriteBuffer } = await loadParquetWriter();
  const columnData = t.columns.map((c, i) => ({
    name: c.name,
    data: t.rows.map((r) => (c.type === 'timestamp' ? wallClock(r[i]) : r[i])),
    // Min/max statistics where readers prune by them (times, numbers); computing them over
    // free text would cost more than the whole rest of the write.
    statistics: c.type !== 'string',
  }));
  const schema = [{ name: 'root', num_children: t.columns.length }, ...t.columns.map((c) => parquetElement(c.name, c.type))];
  const buf = parquetWriteBuffer({ columnData, schema, createdBy: 'servicebook' } as Parameters<typeof parquetWriteBuffer>[0]);
  return new Uint8Array(buf);
}
