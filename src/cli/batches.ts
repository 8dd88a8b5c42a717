/**
 * Text pieces joined into batches of at least `size` characters (the last may be shorter), so a
 * writer makes one write per batch instead of one per row, and never holds the whole text.
 * @example [...batches(['ab', 'c', 'de'], 3)] // → ['abc', 'de']
 */
export function* batches(pieces: Iterable<string>, size: number): Generator<string> {
  let buf = '';
  for (const piece of pieces) {
    buf += piece;
    if (buf.length >= size) {
      yield buf;
      buf = '';
    }
  }
  if (buf) yield buf;
}
