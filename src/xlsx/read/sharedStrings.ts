/**
 * The shared string table, streamed: each `<si>` becomes one string (rich-text runs joined,
 * phonetic `rPh` runs skipped, `_xHHHH_` escapes decoded). Bounded by READ_LIMITS.sharedStringChars.
 */
import type { Readable } from 'stream';
import { READ_LIMITS } from './limits';
import { tooLarge } from './messages';
import { saxStream } from './saxStream';
import { decodeXstring, localName } from './xml';

export async function readSharedStrings(stream: Readable | null, limits = READ_LIMITS): Promise<string[]> {
  const out: string[] = [];
  if (!stream) return out;
  let inSi = false;
  let inT = false;
  let phonetic = 0;
  let cur = '';
  let chars = 0;
  await saxStream(stream, {
    open(tag) {
      const n = localName(tag.name);
      if (n === 'si') {
        inSi = true;
        cur = '';
      } else if (n === 'rPh') phonetic++;
      else if (n === 't' && inSi && phonetic === 0) inT = true;
    },
    close(tag) {
      const n = localName(tag.name);
      if (n === 'si') {
        inSi = false;
        chars += cur.length;
        if (chars > limits.sharedStringChars) throw tooLarge('strings');
        out.push(decodeXstring(cur));
      } else if (n === 'rPh') phonetic--;
      else if (n === 't') inT = false;
    },
    text(t) {
      if (inT) cur += t;
    },
  });
  return out;
}
