/**
 * One column of an export table as Parquet column chunks, fed the table's rows a block at a time
 * (tableToParquet walks them once). For each row group: a dictionary page for text with few
 * distinct values, then data pages (v2) of at most `PAGE_ROWS` rows and about `PAGE_BYTES` of
 * values (each column ends its own pages: a page of dictionary indexes or numbers is small, one of
 * long texts large), each with its definition levels
 * (every column is OPTIONAL: null is "no value") and its values — PLAIN, or the dictionary's
 * indexes bit-packed.
 * Min/max statistics for times, numbers and booleans; a null count for every column.
 *
 * Built for these tables rather than general Parquet: every column is flat and optional and every
 * value one of `ExportValue`'s four kinds, so each value is looked at once and written straight
 * into its page (bench/archive.bench.js, "writing alone").
 */
import type { ExportType, ExportValue } from '../../core/export/exportTables';
import { minutesReader, toMinutes } from '../../core/time/localDateTime';
import { bitPacked, bitWidth, ByteParts, ByteSink, packBits, rleRun } from './parquetBytes';

/** Rows per data page at most: 64 Ki dictionary indexes of 16 bits are 128 KiB. */
export const PAGE_ROWS = 65_536;

/** A column's page ends once its values reach this many bytes (the size Parquet's writers aim at). */
export const PAGE_BYTES = 1 << 20;

export type PhysicalType = 'BYTE_ARRAY' | 'INT32' | 'DOUBLE' | 'BOOLEAN' | 'INT64';
type Encoding = 'PLAIN' | 'RLE_DICTIONARY' | 'RLE';

/** The page header fields `writePageHeader` (hyparquet-writer) serialises. */
export type PageHeader =
  | { type: 'DICTIONARY_PAGE'; uncompressed_page_size: number; compressed_page_size: number; dictionary_page_header: { num_values: number; encoding: 'PLAIN' } }
  | {
      type: 'DATA_PAGE_V2';
      uncompressed_page_size: number;
      compressed_page_size: number;
      data_page_header_v2: { num_values: number; num_nulls: number; num_rows: number; encoding: Encoding; definition_levels_byte_length: number; repetition_levels_byte_length: 0; is_compressed: boolean };
    };

/** What the encoders share: how page headers are written and whether values are compressed. */
export interface PageFormat {
  /** A page header's bytes (Thrift compact). */
  pageHeader(header: PageHeader): Uint8Array;
  /** Compresses a page's values, or undefined to store them as they are. */
  compress?: (bytes: Uint8Array) => Uint8Array;
}

/** A column chunk's metadata, as the file's footer lists it. */
export interface ChunkMeta {
  type: PhysicalType;
  encodings: Encoding[];
  num_values: bigint;
  total_uncompressed_size: bigint;
  total_compressed_size: bigint;
  data_page_offset: bigint;
  dictionary_page_offset?: bigint;
  statistics: { null_count: bigint; min_value?: number | bigint | boolean; max_value?: number | bigint | boolean };
  file_offset: bigint;
}

/** The physical type an export type is stored as. */
export function physicalType(type: ExportType): PhysicalType {
  return type === 'string' ? 'BYTE_ARRAY' : type === 'int' ? 'INT32' : type === 'double' ? 'DOUBLE' : type === 'bool' ? 'BOOLEAN' : 'INT64';
}

/**
 * A local time's milliseconds as the instant whose UTC fields show it (the wall clock, no
 * zone), NaN when it is no time.
 * @example wallClockMs('2024-03-01T09:30') // 1709285400000
 */
export function wallClockMs(v: ExportValue): number {
  return typeof v === 'string' ? toMinutes(v) * 60_000 : NaN;
}

/**
 * Whether text values drawn from a row group are mostly distinct: more than half of a sample of
 * `sample` values spread over it (all of them when there are fewer). Then a dictionary cannot
 * pay for itself and the column is written PLAIN; a wrong guess costs bytes, never values.
 * @example mostlyDistinct(['CS1', 'CS2', 'CS3', null]) // true
 * @example mostlyDistinct(['新建', '新建', '处理中', '新建']) // false
 */
export function mostlyDistinct(at: (i: number) => ExportValue, n: number, sample = 1000): boolean {
  const k = Math.min(n, sample);
  const seen = new Set<ExportValue>();
  let present = 0;
  for (let j = 0; j < k; j++) {
    const v = at(k === n ? j : Math.floor((j * (n - 1)) / (k - 1)));
    if (v === null) continue;
    present++;
    seen.add(v);
  }
  return seen.size > present / 2;
}

const enum Kind {
  Text,
  Int,
  Double,
  Bool,
  Time,
}

const KIND: Record<ExportType, Kind> = { string: Kind.Text, int: Kind.Int, double: Kind.Double, bool: Kind.Bool, timestamp: Kind.Time };

/**
 * The encoder of one column. Per row group: `startChunk`, then for each block of its rows
 * `makeRoom` (which ends a full page) and `addRows`, then `writeChunk` into the file.
 */
export class ColumnEncoder {
  private readonly type: ExportType;
  private readonly kind: Kind;
  private readonly format: PageFormat;
  /** Data pages of the current chunk, with their headers. */
  private pages = new ByteParts();
  /** The current page's values (PLAIN) or, for booleans, their bits. */
  private readonly values = new ByteSink(1 << 14);
  private readonly levels = new ByteSink(PAGE_ROWS / 8 + 16);
  /** Definition bits of the current page, one per row. */
  private readonly defined = new Uint8Array(PAGE_ROWS / 8);
  /** Dictionary indexes (or boolean bits) of the current page's present values; text and booleans only. */
  private readonly indexes: Int32Array;
  private dictionary: Map<string, number> | undefined;
  /** Times of this column as minutes, a date's day worked out once for a run on that date. */
  private readonly minutes = minutesReader();
  private words: string[] = [];
  private rows = 0;
  private present = 0;
  private chunkRows = 0;
  private chunkNulls = 0;
  private uncompressed = 0;
  private min = Infinity;
  private max = -Infinity;

  constructor(type: ExportType, format: PageFormat) {
    this.type = type;
    this.kind = KIND[type];
    this.format = format;
    this.indexes = new Int32Array(this.kind === Kind.Text || this.kind === Kind.Bool ? PAGE_ROWS : 0);
  }

  /** Starts a row group's chunk; text goes through a dictionary unless `plain`. */
  startChunk(plain: boolean): void {
    this.pages = new ByteParts();
    this.dictionary = this.kind === Kind.Text && !plain ? new Map() : undefined;
    this.words = [];
    this.chunkRows = 0;
    this.chunkNulls = 0;
    this.uncompressed = 0;
    this.min = Infinity;
    this.max = -Infinity;
    this.startPage();
  }

  private startPage(): void {
    this.rows = 0;
    this.present = 0;
    this.values.reset();
    this.defined.fill(0);
  }

  /**
   * Ends the current page when `rows` more would pass `PAGE_ROWS`, or when its values have reached
   * `PAGE_BYTES`.
   */
  makeRoom(rows: number): void {
    if (this.rows + rows > PAGE_ROWS || this.values.at >= PAGE_BYTES) this.endPage();
  }

  /**
   * Rows [from, to) of column `col` of a row-major table, in order (at most `PAGE_ROWS` rows a page: `makeRoom` first). One loop per kind of column,
   * each with one path per value, so it is compiled early and stays compiled.
   */
  addRows(rows: readonly (readonly ExportValue[])[], col: number, from: number, to: number): void {
    switch (this.kind) {
      case Kind.Text:
        if (this.dictionary) this.addWords(rows, col, from, to, this.dictionary);
        else this.addTexts(rows, col, from, to);
        return;
      case Kind.Int:
        return this.addInts(rows, col, from, to);
      case Kind.Double:
        return this.addDoubles(rows, col, from, to);
      case Kind.Bool:
        return this.addBools(rows, col, from, to);
      case Kind.Time:
        return this.addTimes(rows, col, from, to);
    }
  }

  /** Marks the current page's row as holding a value. */
  private mark(row: number): void {
    this.defined[row >>> 3] |= 1 << (row & 7);
    this.present++;
  }

  private addWords(rows: readonly (readonly ExportValue[])[], col: number, from: number, to: number, dictionary: Map<string, number>): void {
    const words = this.words;
    // The same word as the row before (a team, a source, a status in a run) needs no lookup.
    let last = '';
    let lastK = -1;
    for (let r = from; r < to; r++) {
      const row = this.rows++;
      const v = rows[r][col];
      if (typeof v !== 'string') continue;
      if (v !== last || lastK < 0) {
        let k = dictionary.get(v);
        if (k === undefined) {
          k = words.length;
          dictionary.set(v, k);
          words.push(v);
        }
        last = v;
        lastK = k;
      }
      this.indexes[this.present] = lastK;
      this.mark(row);
    }
  }

  private addTexts(rows: readonly (readonly ExportValue[])[], col: number, from: number, to: number): void {
    for (let r = from; r < to; r++) {
      const row = this.rows++;
      const v = rows[r][col];
      if (typeof v !== 'string') continue;
      this.values.plainString(v);
      this.mark(row);
    }
  }

  private addInts(rows: readonly (readonly ExportValue[])[], col: number, from: number, to: number): void {
    for (let r = from; r < to; r++) {
      const row = this.rows++;
      const v = rows[r][col];
      if (typeof v !== 'number' || (v | 0) !== v) continue;
      this.values.int32(v);
      this.minMax(v);
      this.mark(row);
    }
  }

  private addDoubles(rows: readonly (readonly ExportValue[])[], col: number, from: number, to: number): void {
    for (let r = from; r < to; r++) {
      const row = this.rows++;
      const v = rows[r][col];
      if (typeof v !== 'number') continue;
      this.values.double(v);
      if (v === v) this.minMax(v); // not NaN
      this.mark(row);
    }
  }

  private addBools(rows: readonly (readonly ExportValue[])[], col: number, from: number, to: number): void {
    for (let r = from; r < to; r++) {
      const row = this.rows++;
      const v = rows[r][col];
      if (typeof v !== 'boolean') continue;
      this.indexes[this.present] = v ? 1 : 0;
      this.minMax(v ? 1 : 0);
      this.mark(row);
    }
  }

  private addTimes(rows: readonly (readonly ExportValue[])[], col: number, from: number, to: number): void {
    for (let r = from; r < to; r++) {
      const row = this.rows++;
      const v = rows[r][col];
      // wallClockMs, through the column's reader.
      const ms = typeof v === 'string' ? this.minutes(v) * 60_000 : NaN;
      if (ms !== ms) continue; // NaN: no time
      this.values.int64(ms);
      this.minMax(ms);
      this.mark(row);
    }
  }

  private minMax(v: number): void {
    if (v < this.min) this.min = v;
    if (v > this.max) this.max = v;
  }

  /** Ends the current page: writes it, header first, into the chunk's pages. */
  endPage(): void {
    const n = this.rows;
    if (n === 0) return;
    const nulls = n - this.present;
    const levels = this.levels;
    levels.reset();
    if (nulls === 0) rleRun(levels, 1, n, 1);
    else {
      // One bit-packed run of width 1: the run header, then the definition bits as they are.
      const groups = Math.ceil(n / 8);
      levels.varint((groups << 1) | 1);
      levels.append(this.defined.subarray(0, groups));
    }
    // A page with no value before the chunk's first one is PLAIN and empty: a dictionary
    // encoding without a dictionary page is refused by readers (DuckDB), whatever the page holds.
    const dictionary = this.dictionary !== undefined && this.words.length > 0;
    if (dictionary) {
      const width = bitWidth(this.words.length - 1);
      this.values.byte(width);
      if (this.present > 0) bitPacked(this.values, this.indexes, this.present, width);
    } else if (this.kind === Kind.Bool) {
      packBits(this.values, this.indexes, this.present, 1);
    }
    const raw = this.values.bytes();
    const stored = this.stored(this.values);
    const header = this.format.pageHeader({
      type: 'DATA_PAGE_V2',
      uncompressed_page_size: levels.at + raw.length,
      compressed_page_size: levels.at + stored.length,
      data_page_header_v2: {
        num_values: n,
        num_nulls: nulls,
        num_rows: n,
        encoding: dictionary ? 'RLE_DICTIONARY' : 'PLAIN',
        definition_levels_byte_length: levels.at,
        repetition_levels_byte_length: 0,
        is_compressed: this.format.compress !== undefined,
      },
    });
    this.uncompressed += header.length + levels.at + raw.length;
    this.pages.push(header);
    this.pages.push(levels.copy());
    this.pages.push(stored);
    this.chunkRows += n;
    this.chunkNulls += nulls;
    this.startPage();
  }

  /** A page's values as they are stored: compressed, or a copy (the sink is reused). */
  private stored(values: ByteSink): Uint8Array {
    return this.format.compress ? this.format.compress(values.bytes()) : values.copy();
  }

  /** Adds the chunk (its dictionary page, then its data pages) to the file; its metadata. */
  writeChunk(out: ByteParts): ChunkMeta {
    this.endPage();
    const fileOffset = out.size;
    let uncompressed = this.uncompressed;
    const dictionary = this.dictionary !== undefined && this.words.length > 0;
    if (dictionary) {
      const words = this.values;
      words.reset();
      for (const w of this.words) words.plainString(w);
      const stored = this.stored(words);
      const header = this.format.pageHeader({
        type: 'DICTIONARY_PAGE',
        uncompressed_page_size: words.at,
        compressed_page_size: stored.length,
        dictionary_page_header: { num_values: this.words.length, encoding: 'PLAIN' },
      });
      uncompressed += header.length + words.at;
      out.push(header);
      out.push(stored);
    }
    const dataOffset = out.size;
    out.pushAll(this.pages);
    const statistics: ChunkMeta['statistics'] = { null_count: BigInt(this.chunkNulls) };
    if (this.kind !== Kind.Text && this.min <= this.max) {
      const as = (v: number): number | bigint | boolean => (this.kind === Kind.Time ? BigInt(v) : this.kind === Kind.Bool ? v === 1 : v);
      statistics.min_value = as(this.min);
      statistics.max_value = as(this.max);
    }
    return {
      type: physicalType(this.type),
      encodings: dictionary ? ['PLAIN', 'RLE', 'RLE_DICTIONARY'] : ['PLAIN', 'RLE'],
      num_values: BigInt(this.chunkRows),
      total_uncompressed_size: BigInt(uncompressed),
      total_compressed_size: BigInt(out.size - fileOffset),
      data_page_offset: BigInt(dataOffset),
      dictionary_page_offset: dictionary ? BigInt(fileOffset) : undefined,
      statistics,
      file_offset: BigInt(fileOffset),
    };
  }
}

