/**
 * An export table as a Parquet file with typed columns (strings UTF-8, whole numbers INT32,
 * booleans, times as TIMESTAMP(MILLIS) not adjusted to UTC — the workbook's wall clock, as
 * DuckDB, Spark and Power BI read a local timestamp), GZIP-compressed, in row groups of
 * 100,000 rows; min/max statistics on every column but text.
 *
 * The pages are written by parquetColumnChunk.ts in one pass over the rows; hyparquet-writer
 * serialises the page headers and the footer (loadParquetWriter.ts). Pages are compressed with
 * Node's zlib at level 1 (GZIP, which every Parquet reader reads): native code, no warm-up, and
 * smaller than snappy in JavaScript on these tables (bench/archive.bench.js). Text with
 * few distinct values (状态, 渠道, 处理人) goes through a dictionary; text whose values are
 * mostly distinct (ids, contacts) is written PLAIN.
 */
import { gzipSync } from 'zlib';
import type { ExportTable, ExportType } from '../../core/export/exportTables';
import { ByteParts } from './parquetBytes';
import { type ChunkMeta, ColumnEncoder, mostlyDistinct, type PageFormat, physicalType, type PhysicalType } from './parquetColumnChunk';
import { loadParquetWriter } from './loadParquetWriter';

/** Rows read per column at a time (see tableToParquet). */
const BLOCK_ROWS = 256;

/** Rows per row group (hyparquet-writer's and DuckDB's default size). */
export const ROW_GROUP_ROWS = 100_000;

type Element = { name: string; type: PhysicalType; repetition_type: 'OPTIONAL'; converted_type?: 'UTF8'; logical_type?: { type: 'TIMESTAMP'; isAdjustedToUTC: boolean; unit: 'MILLIS' } };

/**
 * The Parquet schema element of one export column (every column is OPTIONAL: null is no value).
 * @example parquetElement('receivedAt', 'timestamp') // { name: 'receivedAt', type: 'INT64', repetition_type: 'OPTIONAL', logical_type: { type: 'TIMESTAMP', isAdjustedToUTC: false, unit: 'MILLIS' } }
 */
export function parquetElement(name: string, type: ExportType): Element {
  const element: Element = { name, type: physicalType(type), repetition_type: 'OPTIONAL' };
  if (type === 'string') element.converted_type = 'UTF8';
  if (type === 'timestamp') element.logical_type = { type: 'TIMESTAMP', isAdjustedToUTC: false, unit: 'MILLIS' };
  return element;
}

/** The Parquet bytes of a table. */
export async function tableToParquet(t: ExportTable): Promise<Uint8Array> {
  const { writePageHeader, writeMetadata, ByteWriter } = await loadParquetWriter();
  const thrift = (write: (w: InstanceType<typeof ByteWriter>) => void): Uint8Array => {
    const w = new ByteWriter(256);
    write(w);
    return w.getBytes();
  };
  const format: PageFormat = {
    pageHeader: (header) => thrift((w) => writePageHeader(w, header as Parameters<typeof writePageHeader>[1])),
    compress: gzipPage,
  };
  const out = new ByteParts();
  out.push(MAGIC);
  const { rows, columns } = t;
  const encoders = columns.map((c) => new ColumnEncoder(c.type, format));
  const rowGroups = [];
  // At least one row group, so that a table without rows still lists its columns.
  const groups = Math.max(1, Math.ceil(rows.length / ROW_GROUP_ROWS));
  for (let g = 0; g < groups; g++) {
    const start = g * ROW_GROUP_ROWS;
    const end = Math.min(rows.length, start + ROW_GROUP_ROWS);
    columns.forEach((c, i) => encoders[i].startChunk(c.type === 'string' && mostlyDistinct((r) => rows[start + r][i], end - start)));
    // A block of rows at a time, column by column: the block's row arrays stay in the cache
    // while every column reads them. Each column ends its own pages.
    for (let block = start; block < end; block += BLOCK_ROWS) {
      const blockEnd = Math.min(end, block + BLOCK_ROWS);
      for (let i = 0; i < encoders.length; i++) {
        encoders[i].makeRoom(blockEnd - block);
        encoders[i].addRows(rows, i, block, blockEnd);
      }
    }
    const groupStart = out.size;
    const chunks = encoders.map((e) => e.writeChunk(out));
    rowGroups.push({
      columns: chunks.map((meta, i) => columnChunk(columns[i].name, meta)),
      total_byte_size: chunks.reduce((n, c) => n + c.total_uncompressed_size, 0n),
      num_rows: BigInt(end - start),
      file_offset: BigInt(groupStart),
      total_compressed_size: BigInt(out.size - groupStart),
    });
  }
  const schema = [{ name: 'root', num_children: columns.length }, ...columns.map((c) => parquetElement(c.name, c.type))];
  const metadata = { version: 2, created_by: 'servicebook', schema, num_rows: BigInt(rows.length), row_groups: rowGroups };
  // writeMetadata writes the footer and its length.
  out.push(thrift((w) => writeMetadata(w, metadata as unknown as Parameters<typeof writeMetadata>[1])));
  out.push(MAGIC);
  return out.join();
}

const MAGIC = new TextEncoder().encode('PAR1');

/** A page's values as Parquet's GZIP codec stores them (RFC 1952), at zlib's fastest level. */
const gzipPage = (bytes: Uint8Array): Uint8Array => gzipSync(bytes, { level: 1 });

/** A column chunk's entry in the footer. */
function columnChunk(name: string, meta: ChunkMeta): object {
  const { file_offset, ...meta_data } = meta;
  return { file_offset, meta_data: { ...meta_data, path_in_schema: [name], codec: 'GZIP' } };
}
