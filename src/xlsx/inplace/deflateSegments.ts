/**
 * Deflates a large part on every core, as pigz does: the bytes are cut into segments of about
 * SEGMENT_BYTES, each compressed on its own (zlib's thread pool, a few at a time), every segment
 * but the last ended with a sync flush (a byte-aligned end without the final-block bit), the last
 * with the final block; one after the other they are one valid raw deflate stream, which is what
 * a zip entry holds. A refresh of 100,000 tickets spent seconds waiting for one deflate stream on
 * one core.
 *
 *   const packed = await deflateSegments(pieces, 6) // Buffer[]: the entry's compressed bytes, in order
 */
import { promisify } from 'util';
import { constants, deflateRaw, type ZlibOptions } from 'zlib';

const deflate = promisify<Buffer, ZlibOptions, Buffer>(deflateRaw);

/** About this many bytes per segment: far larger than deflate's 32 KB window, so the ratio barely moves. */
export const SEGMENT_BYTES = 4 * 1024 * 1024;
/** Segments in flight at once (input copies held at the same time). */
const IN_FLIGHT = 3;

/**
 * The pieces grouped into runs of at least `size` bytes (the last may be smaller), order kept.
 * @example segmentsOf([Buffer.alloc(3), Buffer.alloc(3), Buffer.alloc(3)], 5).map((g) => g.length) // → [2, 1]
 */
export function segmentsOf(pieces: readonly Buffer[], size: number): Buffer[][] {
  const out: Buffer[][] = [];
  let run: Buffer[] = [];
  let bytes = 0;
  for (const p of pieces) {
    run.push(p);
    bytes += p.length;
    if (bytes >= size) {
      out.push(run);
      run = [];
      bytes = 0;
    }
  }
  if (run.length || out.length === 0) out.push(run);
  return out;
}

/** The raw deflate stream of the pieces joined, compressed segment by segment in parallel. */
export async function deflateSegments(pieces: readonly Buffer[], level: number, size = SEGMENT_BYTES): Promise<Buffer[]> {
  const segments = segmentsOf(pieces, size);
  const packed: Buffer[] = new Array(segments.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < segments.length) {
      const i = next++;
      const last = i === segments.length - 1;
      packed[i] = await deflate(Buffer.concat(segments[i]), { level, finishFlush: last ? constants.Z_FINISH : constants.Z_SYNC_FLUSH });
    }
  };
  await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, segments.length) }, worker));
  return packed;
}
