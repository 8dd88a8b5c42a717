/**
 * Edits of what follows a worksheet's cells — conditional formats, data validations, everything
 * after `sheetData` in CT_Worksheet's order — applied to that tail alone: to the text of a small
 * sheet, or to the last pieces of a sheet rewritten in pieces (sheetXml.ts `rewriteRows`). Editing
 * the whole text of a 100,000-row sheet made a second copy of it (two 270 MB strings at once).
 *
 *   editSheetTail(text or pieces, [(tail) => changed tail or null]) // → the sheet edited, or null when no edit changed it
 */

/** An edit of a sheet's tail: the new tail, or null when it changes nothing. */
export type TailEdit = (tail: string) => string | null;

/**
 * Where a sheet's tail starts: the `<` of its last `sheetData` tag (`</sheetData>` or `<sheetData/>`), or 0.
 * @example tailStart('<worksheet><sheetData><row/></sheetData><conditionalFormatting/></worksheet>') === 28
 */
export function tailStart(text: string): number {
  const at = text.lastIndexOf('sheetData');
  return at < 0 ? 0 : Math.max(0, text.lastIndexOf('<', at));
}

/** The tail through every edit in turn; null when none changed it. */
function applyEdits(tail: string, edits: readonly TailEdit[]): string | null {
  let now = tail;
  let changed = false;
  for (const f of edits) {
    const next = f(now);
    if (next !== null) {
      now = next;
      changed = true;
    }
  }
  return changed ? now : null;
}

/**
 * The sheet with its tail edited, as text or as pieces like it was given; null when nothing changed.
 * Only the last pieces, back to the one holding the end of `sheetData`, are decoded.
 * @example editSheetTail('<w><sheetData/><c/></w>', [(t) => t.replace('<c/>', '<d/>')]) === '<w><sheetData/><d/></w>'
 */
export function editSheetTail(sheet: string | readonly Buffer[], edits: readonly TailEdit[]): string | Buffer[] | null {
  if (typeof sheet === 'string') {
    const start = tailStart(sheet);
    const tail = applyEdits(sheet.slice(start), edits);
    return tail === null ? null : sheet.slice(0, start) + tail;
  }
  let k = sheet.length;
  let text = '';
  while (k > 0) {
    k -= 1;
    text = sheet[k].toString('utf8') + text;
    if (text.includes('sheetData')) break;
  }
  const start = tailStart(text);
  const tail = applyEdits(text.slice(start), edits);
  return tail === null ? null : [...sheet.slice(0, k), Buffer.from(text.slice(0, start) + tail, 'utf8')];
}
