/**
 * Request sizing. Excel on the web refuses requests and responses over 5 MB; writes are cut into
 * blocks of about 1 MB of JSON and reads into blocks of a fixed number of cells (halved again
 * when a response still comes back too large), so no request comes near the limit.
 */
import { utf8Length } from '../core/text/utf8Length';

export const WRITE_BLOCK_BYTES = 1_000_000;
export const READ_BLOCK_CELLS = 40_000;
/** Bytes Office.js adds per queued operation (object path, action type); a generous guess. */
export const OP_OVERHEAD_BYTES = 300;

/** UTF-8 length of a string (Chinese text is 3 bytes a character). */

export const jsonBytes = (v: unknown): number => utf8Length(JSON.stringify(v));

/** Rows per read block for a table `columns` wide. */
export const rowsPerReadBlock = (columns: number, cells = READ_BLOCK_CELLS): number => Math.max(1, Math.floor(cells / Math.max(1, columns)));

/** Consecutive row ranges whose JSON stays under `budget` bytes each (a single huge row is its own block). */
export function blocksByBytes(rows: readonly unknown[][], budget = WRITE_BLOCK_BYTES): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  let bytes = 0;
  rows.forEach((row, i) => {
    const b = jsonBytes(row) + 1;
    if (i > start && bytes + b > budget) {
      out.push({ start, end: i });
      start = i;
      bytes = 0;
    }
    bytes += b;
  });
  if (rows.length > start) out.push({ start, end: rows.length });
  return out;
}

export const isPayloadTooLarge = (e: unknown): boolean => {
  const code = (e as { code?: string })?.code ?? '';
  return code === 'ResponsePayloadSizeLimitExceeded' || code === 'RequestPayloadSizeLimitExceeded' || /payload size/i.test(String((e as Error)?.message));
};
