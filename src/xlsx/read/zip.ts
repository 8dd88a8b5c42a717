/**
 * The zip package of an .xlsx, opened once with yauzl (random access: only the central directory
 * is read up front). Parts are found by name case-insensitively (OOXML part names are), read as
 * text when small or streamed when large, and can be copied compressed, byte for byte
 * (`rawEntry`), by the in-place editor.
 */
import type { Readable } from 'stream';
import * as yauzl from 'yauzl';
import { READ_LIMITS } from './limits';
import { tooLarge } from './messages';

export interface ZipPackage {
  /** Entry names in central-directory order. */
  readonly names: string[];
  entry(name: string): yauzl.Entry | undefined;
  /** A part as text (UTF-8), or null when absent. Refuses parts above `maxBytes`. */
  text(name: string, maxBytes?: number): Promise<string | null>;
  /** A part's decompressed bytes, or null when absent. Refuses parts above `maxBytes`. */
  bytes(name: string, maxBytes?: number): Promise<Buffer | null>;
  /** A part's decompressed bytes as a stream, or null when absent. */
  stream(name: string): Promise<Readable | null>;
  /** The entry's stored (compressed) bytes, for a byte-for-byte copy. */
  rawStream(entry: yauzl.Entry): Promise<Readable>;
  close(): void;
}

/** Opens `path` as a zip; throws yauzl's error when it is not one. */
export async function openZip(path: string): Promise<ZipPackage> {
  const zip = await yauzl.openPromise(path, { lazyEntries: true, autoClose: false, decodeStrings: true, validateEntrySizes: true, strictFileNames: false });
  const byName = new Map<string, yauzl.Entry>();
  const names: string[] = [];
  try {
    for await (const e of zip.eachEntry()) {
      if (names.length >= READ_LIMITS.entries) throw tooLarge('entries');
      names.push(e.fileName);
      byName.set(e.fileName.toLowerCase(), e);
    }
  } catch (e) {
    zip.close();
    throw e;
  }
  const entry = (name: string): yauzl.Entry | undefined => byName.get(name.replace(/^\//, '').toLowerCase());
  const stream = async (name: string): Promise<Readable | null> => {
    const e = entry(name);
    if (!e || e.fileName.endsWith('/')) return null;
    if (e.uncompressedSize > READ_LIMITS.partBytes) throw tooLarge('part');
    return zip.openReadStreamPromise(e);
  };
  const bytes = async (name: string, maxBytes = READ_LIMITS.smallPartBytes): Promise<Buffer | null> => {
    const e = entry(name);
    if (!e) return null;
    if (e.uncompressedSize > maxBytes) throw tooLarge('part');
    const s = await stream(name);
    if (!s) return null;
    const chunks: Buffer[] = [];
    for await (const c of s) chunks.push(c as Buffer);
    return Buffer.concat(chunks);
  };
  return {
    names,
    entry,
    stream,
    bytes,
    async text(name, maxBytes = READ_LIMITS.smallPartBytes) {
      const b = await bytes(name, maxBytes);
      return b === null ? null : b.toString('utf8').replace(/^\uFEFF/, '');
    },
    rawStream: (e) => zip.openReadStreamPromise(e, { decodeFileData: false }),
    close: () => zip.close(),
  };
}
