/**
 * A part's new content as the in-place editor holds it: one Buffer, or the UTF-8 pieces of a
 * rewritten worksheet (sheetXml.ts `rewriteRows`), so a 100,000-row sheet never becomes one huge
 * string or one huge Buffer.
 */
export type PartBytes = Buffer | readonly Buffer[];

/** The pieces of a part's content. @example partPieces(Buffer.from('a')).length === 1 */
export const partPieces = (b: PartBytes): readonly Buffer[] => (Buffer.isBuffer(b) ? [b] : (b as readonly Buffer[]));

/** A part's content as text. @example partText([Buffer.from('<a>'), Buffer.from('</a>')]) === '<a></a>' */
export const partText = (b: PartBytes): string => (Buffer.isBuffer(b) ? b : Buffer.concat(b as readonly Buffer[])).toString('utf8');
