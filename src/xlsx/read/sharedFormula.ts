/**
 * The formula of a shared-formula follower (`<f t="shared" si="0"/>`): its master's text with
 * every relative reference moved by the distance between the two cells, as Excel fills a formula
 * down or across. Text in quotes, absolute parts (`$A$1`), function names (`LOG10(`) and sheet
 * names are left alone. Used to say in the import report which formula had no value, and to keep
 * formulas in rows archive moves reading their own ticket's cells (inplace/movedFormula.ts).
 */

import { colLetters, colNumber } from './cellRef';

const REF = /(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![\w(])/y;

/**
 * `formula` moved by `rows` down and `cols` right. With `sameSheetOnly`, a reference qualified by
 * a sheet name (`Sheet2!A3`, `'其他 表'!A3`) stays: only this sheet's cells moved.
 * @example shiftFormula('LEN(D2)&"D2"+$A$1+B$2', 2, 1) // → 'LEN(E4)&"D2"+$A$1+C$2'
 * @example shiftFormula("A3&Sheet2!A3", -1, 0, { sameSheetOnly: true }) // → 'A2&Sheet2!A3'
 */
export function shiftFormula(formula: string, rows: number, cols: number, opts: { sameSheetOnly?: boolean } = {}): string {
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      const end = formula.indexOf(ch, i + 1);
      const stop = end < 0 ? formula.length : end + 1;
      out += formula.slice(i, stop);
      i = stop;
      continue;
    }
    const prev = i > 0 ? formula[i - 1] : '';
    REF.lastIndex = i;
    const m = /[\w.]/.test(prev) || (opts.sameSheetOnly && prev === '!') ? null : REF.exec(formula);
    if (!m) {
      out += ch;
      i += 1;
      continue;
    }
    const [whole, colAbs, letters, rowAbs, digits] = m;
    const col = colAbs ? colNumber(letters.toUpperCase()) : colNumber(letters.toUpperCase()) + cols;
    const row = rowAbs ? Number(digits) : Number(digits) + rows;
    out += col >= 1 && row >= 1 ? `${colAbs}${colAbs ? letters : colLetters(col)}${rowAbs}${row}` : '#REF!';
    i += whole.length;
  }
  return out;
}
