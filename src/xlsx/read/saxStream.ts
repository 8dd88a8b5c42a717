/**
 * Feeds a byte stream through saxes (no namespaces: names keep their prefix, callers strip it; no
 * line and column tracking, which costs a fifth of the parse and no message of ours shows),
 * decoding UTF-8 across chunk boundaries. Resolves when the document ends; rejects on the first
 * XML error or when a handler throws (the stream is destroyed).
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import type { Readable } from 'stream';
import { StringDecoder } from 'string_decoder';

export interface SaxHandlers {
  open(tag: SaxesTagPlain): void;
  close(tag: SaxesTagPlain): void;
  text(t: string): void;
}

export async function saxStream(stream: Readable, h: SaxHandlers): Promise<void> {
  const parser = new SaxesParser({ xmlns: false, position: false });
  let error: unknown = null;
  parser.on('error', (e) => {
    error = error ?? e;
  });
  parser.on('opentag', (t) => h.open(t));
  parser.on('closetag', (t) => h.close(t));
  parser.on('text', (t) => h.text(t));
  parser.on('cdata', (t) => h.text(t));
  const decoder = new StringDecoder('utf8');
  let first = true;
  try {
    for await (const chunk of stream) {
      let s = decoder.write(chunk as Buffer);
      if (first && s.length) {
        s = s.replace(/^\uFEFF/, '');
        first = false;
      }
      parser.write(s);
      if (error) throw error;
    }
    parser.write(decoder.end());
    parser.close();
    if (error) throw error;
  } catch (e) {
    stream.destroy();
    throw e;
  }
}
