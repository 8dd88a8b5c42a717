/**
 * Replaces the working workbook with its edited copy, atomically: the copy is written beside it
 * (same folder, so the rename cannot cross file systems), flushed to disk, and renamed over it
 * only if the workbook did not change on disk since it was read (size and modification time);
 * otherwise the copy is removed and the workbook is left exactly as it was.
 */
import { randomBytes } from 'crypto';
import { promises as fs } from 'fs';
import * as path from 'path';

export interface FileStamp {
  size: number;
  mtimeMs: number;
}

export const stampOf = async (file: string): Promise<FileStamp> => {
  const s = await fs.stat(file);
  return { size: s.size, mtimeMs: s.mtimeMs };
};

export class WorkbookChangedError extends Error {}

export async function replaceWorking(input: string, read: FileStamp, write: (dest: string) => Promise<void>, changedMessage: string): Promise<void> {
  const target = await fs.realpath(input);
  const tmp = path.join(path.dirname(target), `.sb-${randomBytes(5).toString('hex')}.tmp`);
  try {
    await write(tmp);
    const fh = await fs.open(tmp, 'r+');
    try {
      await fh.sync();
    } finally {
      await fh.close();
    }
    const now = await stampOf(target);
    if (now.size !== read.size || now.mtimeMs !== read.mtimeMs) throw new WorkbookChangedError(changedMessage);
    await fs.rename(tmp, target);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw e;
  }
  // Makes the rename durable (best effort: some file systems refuse to fsync a folder).
  try {
    const dir = await fs.open(path.dirname(target), 'r');
    try {
      await dir.sync();
    } finally {
      await dir.close();
    }
  } catch {
    /* the rename itself is done */
  }
}
