/**
 * Formula cells of table rows that move (archive removes rows above them), kept valid for Excel
 * and reading their own ticket's cells, as Excel's "Delete Table Rows" keeps them: this sheet's
 * relative row references move with the row (`=A150&B150` moved to row 79 reads `=A79&B79`);
 * absolute rows (`$B$1`, `B$1`), other sheets' cells, text in quotes and function names stay.
 * A shared formula's follower (`<f t="shared" si="0"/>`) has no text of its own: when its master
 * leaves its place, it takes its own — the text it read where it was, moved with it; a master
 * that moves stops sharing (its followers moved with it and took their own text); an array
 * formula's range follows its cell.
 */
import { colNumber } from '../read/cellRef';
import { shiftFormula } from '../read/sharedFormula';

export interface SharedMaster {
  row: number;
  col: number;
  /** The formula as the sheet holds it (XML-escaped). */
  text: string;
}

const unescape = (s: string): string =>
  s.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e] ?? '');
const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The masters of the sheet's shared formulas by their `si`.
 * @example sharedMasters('<c r="C2"><f t="shared" ref="C2:C4" si="0">A2</f></c>', '').get(0) // { row: 2, col: 3, text: 'A2' }
 */
export function sharedMasters(xml: string, prefix: string): Map<number, SharedMaster> {
  const p = prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`<${p}f\\b([^>]*\\bt="shared"[^>]*)>([^<]*)</${p}f>`, 'g');
  const out = new Map<number, SharedMaster>();
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    const si = /\bsi="(\d+)"/.exec(m[1]);
    // The master's cell: the nearest cell start before its formula.
    const at = /\sr="([A-Za-z]+)(\d+)"/.exec(xml.slice(xml.lastIndexOf(`<${prefix}c `, m.index), m.index));
    if (si && at && /\bref="/.test(m[1])) out.set(Number(si[1]), { row: Number(at[2]), col: colNumber(at[1].toUpperCase()), text: m[2] });
  }
  return out;
}

/**
 * A formula cell moved from row `from` to row `to` (column `col`): see the module comment.
 * `master(si)` gives a follower's master when that master is no longer where it was, else undefined.
 * @example movedFormula('<c r="C2"><f t="shared" si="0"/><v>1</v></c>', 3, 2, 3, () => ({ row: 2, col: 3, text: 'A2' })) === '<c r="C2"><f>A2</f><v>1</v></c>'
 * @example movedFormula('<c r="C2"><f t="array" ref="C3">A3</f></c>', 3, 2, 3, () => undefined) === '<c r="C2"><f t="array" ref="C2">A2</f></c>'
 */
export function movedFormula(cellXml: string, from: number, to: number, col: number, master: (si: number) => SharedMaster | undefined): string {
  // This sheet's relative rows follow the row; the text stays XML-escaped around it.
  const moved = (text: string): string => escape(shiftFormula(unescape(text), to - from, 0, { sameSheetOnly: true }));
  return cellXml.replace(/<([\w.-]+:)?f\b([^>]*?)(\/>|>([^<]*)<\/(?:[\w.-]+:)?f>)/, (whole, pre: string | undefined, attrs: string, _end: string, text: string | undefined) => {
    const f = pre ?? '';
    if (/\bt="shared"/.test(attrs)) {
      if (/\bref="/.test(attrs)) return `<${f}f${attrs.replace(/\s(?:t|ref|si)="[^"]*"/g, '')}>${moved(text ?? '')}</${f}f>`;
      const si = /\bsi="(\d+)"/.exec(attrs);
      const m = si ? master(Number(si[1])) : undefined;
      if (!m) return whole;
      // What the follower read where it was (its master's text filled down or across to it), moved with it.
      const own = escape(shiftFormula(shiftFormula(unescape(m.text), from - m.row, col - m.col), to - from, 0, { sameSheetOnly: true }));
      return `<${f}f${attrs.replace(/\s(?:t|si)="[^"]*"/g, '')}>${own}</${f}f>`;
    }
    const body = text === undefined ? '' : moved(text);
    const ref = (a: string): string => a.replace(/\bref="([^"]*)"/, (_, r: string) => `ref="${r.replace(/(\$?[A-Za-z]+\$?)(\d+)/g, (_m, c: string, n: string) => `${c}${Number(n) + to - from}`)}"`);
    if (text === undefined) return whole;
    return `<${f}f${/\bt="array"/.test(attrs) ? ref(attrs) : attrs}>${body}</${f}f>`;
  });
}
