/**
 * The byte-level encodings of a Parquet page that `export --format parquet` writes: a growing
 * byte buffer, PLAIN values and the RLE / bit-packed hybrid of definition levels and dictionary
 * indexes (https://parquet.apache.org/docs/file-format/data-pages/encodings/). Each value is
 * written once, straight into the buffer, with no intermediate arrays.
 */
import { Buffer } from 'buffer';

/** A byte buffer that grows as it is written, like a Node stream's chunk but reusable. */
export class ByteSink {
  buf: Buffer;
  at = 0;

  constructor(size = 1 << 16) {
    this.buf = Buffer.allocUnsafe(size);
  }

  /** Makes room for `n` more bytes. */
  ensure(n: number): void {
    if (this.at + n <= this.buf.length) return;
    const next = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.at + n));
    this.buf.copy(next, 0, 0, this.at);
    this.buf = next;
  }

  /** The bytes written so far (a view: copy it before the sink is reused). */
  bytes(): Buffer {
    return this.buf.subarray(0, this.at);
  }

  /** A copy of the bytes written so far. */
  copy(): Uint8Array {
    return new Uint8Array(this.buf.subarray(0, this.at));
  }

  /** Forgets what was written, keeping the memory. */
  reset(): void {
    this.at = 0;
  }

  byte(v: number): void {
    this.ensure(1);
    this.buf[this.at++] = v;
  }

  /** Unsigned LEB128, as Parquet's run headers are written. @example varint(300) → bytes ac 02 */
  varint(v: number): void {
    this.ensure(10);
    while (v > 0x7f) {
      this.buf[this.at++] = (v & 0x7f) | 0x80;
      v = Math.floor(v / 128);
    }
    this.buf[this.at++] = v;
  }

  append(bytes: Uint8Array): void {
    this.ensure(bytes.length);
    this.buf.set(bytes, this.at);
    this.at += bytes.length;
  }

  /** PLAIN BYTE_ARRAY: the UTF-8 length (4 bytes, little-endian) then the bytes. */
  plainString(s: string): void {
    this.ensure(4 + 3 * s.length);
    const n = this.buf.write(s, this.at + 4);
    this.buf.writeUInt32LE(n, this.at);
    this.at += 4 + n;
  }

  /** PLAIN INT32, little-endian. */
  int32(v: number): void {
    this.ensure(4);
    this.buf.writeInt32LE(v, this.at);
    this.at += 4;
  }

  /** PLAIN DOUBLE, little-endian. */
  double(v: number): void {
    this.ensure(8);
    this.buf.writeDoubleLE(v, this.at);
    this.at += 8;
  }

  /**
   * PLAIN INT64 of a whole number within ±2^53, little-endian, without a BigInt.
   * @example int64(-1) → bytes ff ff ff ff ff ff ff ff
   */
  int64(v: number): void {
    this.ensure(8);
    const hi = Math.floor(v / 4294967296);
    this.buf.writeUInt32LE(v - hi * 4294967296, this.at);
    this.buf.writeInt32LE(hi, this.at + 4);
    this.at += 8;
  }
}

/**
 * Bytes kept as the pieces they were made in (page headers, levels, compressed values), joined
 * once when the file is complete instead of copied into one growing buffer piece by piece.
 */
export class ByteParts {
  readonly parts: Uint8Array[] = [];
  size = 0;

  push(bytes: Uint8Array): void {
    this.parts.push(bytes);
    this.size += bytes.length;
  }

  pushAll(other: ByteParts): void {
    for (const p of other.parts) this.push(p);
  }

  /** All the pieces as one buffer. */
  join(): Buffer {
    return Buffer.concat(this.parts, this.size);
  }
}

/**
 * The bit width that holds every value up to `max` (at least 1, as some readers expect).
 * @example bitWidth(0) // 1
 * @example bitWidth(255) // 8
 * @example bitWidth(256) // 9
 */
export function bitWidth(max: number): number {
  return max <= 1 ? 1 : 32 - Math.clz32(max);
}

/**
 * Writes `n` values of at most 24 bits each as one bit-packed run of the hybrid encoding: the
 * run header (groups of eight, shifted left, low bit set), then the packed values.
 * @example bitPacked(sink, [1, 0, 1], 3, 1) → bytes 03 05
 */
export function bitPacked(sink: ByteSink, values: ArrayLike<number>, n: number, width: number): void {
  sink.varint((Math.ceil(n / 8) << 1) | 1);
  packBits(sink, values, n, width);
}

/**
 * Writes `n` values of `width` (at most 24) bits each, least significant bit first, the last
 * group of eight padded with zeros — PLAIN BOOLEAN is this with width 1.
 * @example packBits(sink, [true, false, true].map(Number), 3, 1) → byte 05
 */
export function packBits(sink: ByteSink, values: ArrayLike<number>, n: number, width: number): void {
  const size = Math.ceil(n / 8) * width;
  sink.ensure(size + 1); // one byte over, so the last write below is never out of bounds
  const buf = sink.buf;
  const start = sink.at;
  // Zeros first, so the loop below has one path (a rarely taken branch costs a deoptimisation
  // each time it is first reached).
  buf.fill(0, start, start + size + 1);
  let at = start;
  let acc = 0;
  let bits = 0;
  for (let i = 0; i < n; i++) {
    acc |= values[i] << bits;
    bits += width;
    while (bits >= 8) {
      buf[at] = acc & 0xff;
      at += 1;
      acc >>>= 8;
      bits -= 8;
    }
  }
  buf[at] |= acc & 0xff;
  sink.at = start + size;
}

/**
 * One RLE run of the hybrid encoding: `n` times `value`, in the bytes `width` needs.
 * @example rleRun(sink, 1, 5, 1) → bytes 0a 01
 */
export function rleRun(sink: ByteSink, value: number, n: number, width: number): void {
  sink.varint(n * 2);
  for (let b = 0; b < Math.ceil(width / 8); b++) sink.byte((value >>> (8 * b)) & 0xff);
}
