/**
 * Writes a zip package entry by entry: kept entries are copied compressed, byte for byte (same
 * method, CRC and data as the input), changed ones are deflated (a large part in segments on
 * every core: deflateSegments.ts). No ZIP64 (parts and packages above 4 GB are refused), no
 * encryption.
 */
import { once } from 'events';
import { createWriteStream, type WriteStream } from 'fs';
import type { Readable } from 'stream';
import { crc32, deflateRawSync } from 'zlib';
import { deflateSegments, SEGMENT_BYTES } from './deflateSegments';
import { partPieces, type PartBytes } from './partBytes';

interface Central {
  name: Buffer;
  method: number;
  crc: number;
  csize: number;
  usize: number;
  time: number;
  date: number;
  flags: number;
  offset: number;
}

const LIMIT = 0xffffffff;

export class ZipWriter {
  private out: WriteStream;
  private offset = 0;
  private central: Central[] = [];

  constructor(path: string) {
    this.out = createWriteStream(path);
  }

  private async write(buf: Buffer): Promise<void> {
    this.offset += buf.length;
    // events.once removes both its listeners when either fires (no listener left per wait).
    if (!this.out.write(buf)) await once(this.out, 'drain');
  }

  private header(c: Omit<Central, 'offset'>): Buffer {
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0);
    h.writeUInt16LE(20, 4);
    h.writeUInt16LE(c.flags, 6);
    h.writeUInt16LE(c.method, 8);
    h.writeUInt16LE(c.time, 10);
    h.writeUInt16LE(c.date, 12);
    h.writeUInt32LE(c.crc >>> 0, 14);
    h.writeUInt32LE(c.csize, 18);
    h.writeUInt32LE(c.usize, 22);
    h.writeUInt16LE(c.name.length, 26);
    h.writeUInt16LE(0, 28);
    return Buffer.concat([h, c.name]);
  }

  private flagsFor(name: Buffer, s: string): number {
    return name.length !== s.length || /[^\x20-\x7e]/.test(s) ? 0x0800 : 0;
  }

  /** Adds an entry whose compressed bytes come from `raw` (as stored in another zip). */
  async copy(e: { name: string; method: number; crc: number; csize: number; usize: number; time: number; date: number }, raw: Readable): Promise<void> {
    if (e.csize >= LIMIT || e.usize >= LIMIT || this.offset >= LIMIT) throw new Error('zip64 not supported');
    const name = Buffer.from(e.name, 'utf8');
    const c = { name, method: e.method, crc: e.crc, csize: e.csize, usize: e.usize, time: e.time, date: e.date, flags: this.flagsFor(name, e.name) };
    const offset = this.offset;
    await this.write(this.header(c));
    for await (const chunk of raw) await this.write(chunk as Buffer);
    this.central.push({ ...c, offset });
  }

  /** Adds an entry with new content, deflated. */
  async add(nameStr: string, data: PartBytes, stamp: { time: number; date: number }): Promise<void> {
    const name = Buffer.from(nameStr, 'utf8');
    const { packed, crc, usize } = await deflatePieces(partPieces(data));
    const csize = packed.reduce((n, b) => n + b.length, 0);
    if (csize >= LIMIT || usize >= LIMIT || this.offset >= LIMIT) throw new Error('zip64 not supported');
    const c = { name, method: 8, crc, csize, usize, ...stamp, flags: this.flagsFor(name, nameStr) };
    const offset = this.offset;
    await this.write(this.header(c));
    for (const b of packed) await this.write(b);
    this.central.push({ ...c, offset });
  }

  async finish(): Promise<void> {
    const start = this.offset;
    for (const c of this.central) {
      const h = Buffer.alloc(46);
      h.writeUInt32LE(0x02014b50, 0);
      h.writeUInt16LE(20, 4);
      h.writeUInt16LE(20, 6);
      h.writeUInt16LE(c.flags, 8);
      h.writeUInt16LE(c.method, 10);
      h.writeUInt16LE(c.time, 12);
      h.writeUInt16LE(c.date, 14);
      h.writeUInt32LE(c.crc >>> 0, 16);
      h.writeUInt32LE(c.csize, 20);
      h.writeUInt32LE(c.usize, 24);
      h.writeUInt16LE(c.name.length, 28);
      h.writeUInt32LE(c.offset, 42);
      await this.write(Buffer.concat([h, c.name]));
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.central.length, 8);
    end.writeUInt16LE(this.central.length, 10);
    end.writeUInt32LE(this.offset - start, 12);
    end.writeUInt32LE(start, 16);
    await this.write(end);
    await new Promise<void>((resolve, reject) => {
      this.out.once('error', reject);
      this.out.end(resolve);
    });
  }

  /** Stops and closes the file (the caller removes it). */
  abort(): void {
    this.out.destroy();
  }
}

/**
 * Pieces deflated as one stream, with their CRC-32 and total size: a small part at once, a large
 * one in segments on every core (deflateSegments.ts).
 */
async function deflatePieces(pieces: readonly Buffer[]): Promise<{ packed: Buffer[]; crc: number; usize: number }> {
  let crc = 0;
  let usize = 0;
  for (const p of pieces) {
    crc = crc32(p, crc);
    usize += p.length;
  }
  if (usize < SEGMENT_BYTES) return { packed: [deflateRawSync(pieces.length === 1 ? pieces[0] : Buffer.concat(pieces), { level: 6 })], crc, usize };
  // A large single Buffer is cut (views, no copy) so it too spreads over segments.
  const cut = pieces.flatMap((p) => (p.length <= SEGMENT_BYTES ? [p] : Array.from({ length: Math.ceil(p.length / SEGMENT_BYTES) }, (_, i) => p.subarray(i * SEGMENT_BYTES, (i + 1) * SEGMENT_BYTES))));
  return { packed: await deflateSegments(cut, 6), crc, usize };
}
