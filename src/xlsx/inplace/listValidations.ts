/**
 * ServiceBook's list dropdowns of a table's columns, brought over the table as it grows: `init`
 * writes them over the body and a fixed number of rows more (GROWTH_ROWS), so rows a table
 * grows into past that (adopted from below it, or typed by a script) would have no dropdown.
 * Ours are the data validations whose list source is one of ServiceBook's `SB_List_…` defined
 * names (as colourRules.ts knows ServiceBook's colours by `SB_AsOf`). A range of ours that
 * starts within the table's body and ends above its last row is stretched to `coverTo` (short of
 * another validation further down the same column, which Excel would not allow to overlap); nothing
 * else changes, so an unchanged workbook stays byte for byte. A team's own validations (any
 * other source) are never touched.
 */
import { parseRange, rangeRef, type Box } from '../read/cellRef';

const VALIDATION = /<((?:[\w.-]+:)?)dataValidation\b([^>]*?)(\/>|>([\s\S]*?)<\/\1dataValidation>)/g;
const OURS = /<(?:[\w.-]+:)?formula1>\s*=?SB_List_\w+\s*<\/(?:[\w.-]+:)?formula1>/;

export interface TableBox {
  /** Sheet row of the header. */
  headerRow: number;
  left: number;
  right: number;
}

/** The ranges of a range list (`A2:A9 C3`); a range it cannot read is left out. */
const rangesOf = (sqref: string): Box[] => sqref.trim().split(/\s+/).flatMap((r) => parseRange(r.replace(/\$/g, '')) ?? []);

/**
 * A validation's range list with each range of the table's columns that starts in the body and
 * ends above `lastRow` stretched to `coverTo`, but never into a range of `others` (another
 * validation's) below it in the same columns; null when none needs it.
 * @example widenSqref('C2:C506 AD2:AD506', { headerRow: 1, left: 1, right: 3 }, 630, 1130) === 'C2:C1130 AD2:AD506'
 * @example widenSqref('C2:C506', { headerRow: 1, left: 1, right: 3 }, 630, 1130, [{ top: 900, bottom: 950, left: 3, right: 3 }]) === 'C2:C899'
 * @example widenSqref('C2:C1130', { headerRow: 1, left: 1, right: 3 }, 630, 1130) === null
 */
export function widenSqref(sqref: string, t: TableBox, lastRow: number, coverTo: number, others: readonly Box[] = []): string | null {
  let changed = false;
  const out = sqref
    .trim()
    .split(/\s+/)
    .map((r) => {
      const b = parseRange(r.replace(/\$/g, ''));
      if (!b || b.left < t.left || b.right > t.right || b.top <= t.headerRow || b.top > lastRow || b.bottom >= lastRow) return r;
      const below = others.filter((o) => o.top > b.bottom && o.left <= b.right && o.right >= b.left).map((o) => o.top - 1);
      const bottom = Math.min(coverTo, ...below);
      if (bottom <= b.bottom) return r;
      changed = true;
      return rangeRef({ ...b, bottom });
    });
  return changed ? out.join(' ') : null;
}

/**
 * A sheet's tail (what follows its cells: tailText.ts hands it, the validations are there) with
 * ServiceBook's list validations over table `t` stretched to `coverTo` where they end above
 * `lastRow` (the table's last body row); null when nothing changes.
 * @example widenListValidations('<dataValidations count="1"><dataValidation type="list" sqref="C2:C9"><formula1>SB_List_channels</formula1></dataValidation></dataValidations>', { headerRow: 1, left: 1, right: 5 }, 20, 520) === '<dataValidations count="1"><dataValidation type="list" sqref="C2:C520"><formula1>SB_List_channels</formula1></dataValidation></dataValidations>'
 */
export function widenListValidations(sheetXml: string, t: TableBox, lastRow: number, coverTo: number): string | null {
  const sqrefOf = (attrs: string): string | undefined => /\ssqref="([^"]*)"/.exec(attrs)?.[1];
  // Every validation's ranges, so a widened one never overlaps another (Excel would repair the file).
  const all = [...sheetXml.matchAll(VALIDATION)].map((m) => rangesOf(sqrefOf(m[2]) ?? ''));
  let changed = false;
  let at = 0;
  const out = sheetXml.replace(VALIDATION, (whole: string, _p: string, attrs: string, _rest: string, inner: string | undefined) => {
    const mine = at++;
    if (!inner || !OURS.test(inner)) return whole;
    const sqref = sqrefOf(attrs);
    const others = all.flatMap((rs, i) => (i === mine ? [] : rs));
    const wide = sqref === undefined ? null : widenSqref(sqref, t, lastRow, coverTo, others);
    if (wide === null) return whole;
    changed = true;
    return whole.replace(/(\ssqref=")[^"]*"/, `$1${wide}"`);
  });
  return changed ? out : null;
}
