/**
 * ServiceBook's red and amber row colours of the Tickets sheet, brought in step with the
 * workbook's configuration by an in-place refresh: the colour formulas carry the weekly hours and
 * the SLA units of Config_Hours / Config_SLA, and their range must cover the table as it grows.
 * Ours are the conditional formats whose formula reads `SB_AsOf`; the amber one also reads
 * `SB_WarnHours`. Each keeps its place, its priority and its format (dxfId); only its range and
 * formula change. A team's own conditional formats are not touched.
 */
import type { ConditionalFormatPlan } from '../../workbook/types';
import { xmlText } from './xmlText';

const BLOCK = /<((?:[\w.-]+:)?)conditionalFormatting\b[^>]*>([\s\S]*?)<\/\1conditionalFormatting>/g;
const RULE = /<((?:[\w.-]+:)?)cfRule\b[^>]*?(?:\/>|>[\s\S]*?<\/\1cfRule>)/g;

/** The entity-decoded text of the first `<formula>` of a rule. */
function formulaOf(rule: string): string {
  const m = /<(?:[\w.-]+:)?formula>([\s\S]*?)<\/(?:[\w.-]+:)?formula>/.exec(rule);
  if (!m) return '';
  return m[1].replace(
    /&(lt|gt|quot|apos|amp);/g,
    (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e] ?? '',
  );
}

/** The rule with `formula`; the rule's own text when it already says that (however it was escaped). */
const withFormula = (rule: string, formula: string): string =>
  formulaOf(rule) === formula
    ? rule
    : rule.replace(
        /(<(?:[\w.-]+:)?formula>)[\s\S]*?(<\/(?:[\w.-]+:)?formula>)/,
        (_, open: string, close: string) => `${open}${xmlText(formula)}${close}`,
      );

type Want = Pick<ConditionalFormatPlan, 'ref' | 'formula'>;

/** The last row of a range list (`A2:AQ521 B3` → 521). */
const bottomOf = (sqref: string): number =>
  Math.max(0, ...[...sqref.matchAll(/(\d+)(?=\s|$)/g)].map((m) => Number(m[1])));

/**
 * The sheet with ServiceBook's two colour rules set to `red` and `amber`: the formula always, the
 * range only when it no longer reaches `lastRow` (the table's last body row), so an unchanged
 * workbook stays byte for byte. Null when nothing changes, or when the sheet does not hold
 * exactly one of each (nothing is changed then). A rule that shares a block with a team's rule (openpyxl groups rules by range)
 * moves to a block of its own before it when its range must change; the team's rule keeps its range.
 * @example syncColourRules('<conditionalFormatting sqref="A2:C9"><cfRule type="expression" dxfId="0" priority="1"><formula>$A2&lt;SB_AsOf</formula></cfRule></conditionalFormatting>', { ref: 'A2:C99', formula: '$B2<SB_AsOf' }, null, 20) // null (no amber rule)
 */
export function syncColourRules(sheetXml: string, red: Want, amber: Want | null, lastRow: number): string | null {
  if (!amber) return null;
  const blocks = [...sheetXml.matchAll(BLOCK)].map((m) => {
    const rules = [...m[2].matchAll(RULE)].map((r) => {
      const f = formulaOf(r[0]);
      return {
        text: r[0],
        kind: f.includes('SB_AsOf')
          ? f.includes('SB_WarnHours')
            ? ('amber' as const)
            : ('red' as const)
          : ('team' as const),
      };
    });
    const sqref = /\ssqref="([^"]*)"/.exec(m[0])?.[1] ?? '';
    return { start: m.index!, end: m.index! + m[0].length, whole: m[0], prefix: m[1], sqref, rules };
  });
  const ours = blocks.flatMap((b) => b.rules.filter((r) => r.kind !== 'team'));
  if (ours.filter((r) => r.kind === 'red').length !== 1 || ours.filter((r) => r.kind === 'amber').length !== 1)
    return null;
  const want = { red, amber };
  let out = '';
  let at = 0;
  let changed = false;
  for (const b of blocks) {
    out += sheetXml.slice(at, b.start);
    at = b.end;
    const mine = b.rules.filter((r) => r.kind !== 'team');
    if (!mine.length) {
      out += b.whole;
      continue;
    }
    const short = bottomOf(b.sqref) < lastRow + 1;
    const rules = b.rules.map((r) => (r.kind === 'team' ? r.text : withFormula(r.text, want[r.kind].formula)));
    const block = (sqref: string, inner: string[]): string =>
      `<${b.prefix}conditionalFormatting sqref="${sqref}">${inner.join('')}</${b.prefix}conditionalFormatting>`;
    const ours = (k: string): 'red' | 'amber' => k as 'red' | 'amber';
    const inner = (whole: string): string =>
      whole.replace(/(>)[\s\S]*(<\/)/, (_, o: string, c: string) => `${o}${rules.join('')}${c}`);
    let next: string;
    if (!short) next = inner(b.whole);
    else if (mine.length === b.rules.length)
      next = inner(b.whole.replace(/(\ssqref=")[^"]*"/, `$1${want[ours(mine[0].kind)].ref}"`));
    else
      next =
        block(
          want[ours(mine[0].kind)].ref,
          mine.map((r) => withFormula(r.text, want[ours(r.kind)].formula)),
        ) +
        block(
          b.sqref,
          b.rules.filter((r) => r.kind === 'team').map((r) => r.text),
        );
    if (next !== b.whole) changed = true;
    out += next;
  }
  if (!changed) return null;
  return out + sheetXml.slice(at);
}
