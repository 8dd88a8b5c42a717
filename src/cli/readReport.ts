/**
 * Import-report lines, in the run's language, for what reading a team's file changed: a formula
 * with no cached value (its text quoted, never written as a formula), a cell cut at Excel's
 * 32,767 characters or stripped of control characters (file, sheet, row, column and the start of
 * its text quoted, masked like the rest of the report), and the sheet row of every line when
 * several sheets were read one below the other.
 */
import { EXCEL_LIMITS } from '../core/excelLimits/limits';
import type { FittedCell } from '../core/parse/readTickets';
import { localiseProblem, quotable, type Problem } from '../core/validation/problem';
import type { ImportReportEntry } from '../workbook/plan';
import type { FormulaNote } from '../xlsx/read/readXlsx';
import { problemText } from '../workbook/readSource';
import type { Locale } from '../core/schema/fieldMeta';
import { t } from './messages';

/** Where a sheet starts among rows numbered as if the imported sheets were stacked. */
export interface SheetStart {
  sheet: string;
  /** Rows of the sheets above it. */
  offset: number;
}

/**
 * The sheet and the row within it of a stacked row number.
 * @example placeRow([{ sheet: '1月', offset: 0 }, { sheet: '2月', offset: 6 }], 8) // → { sheet: '2月', row: 2 }
 */
export function placeRow(starts: readonly SheetStart[], row: number): { sheet: string; row: number } {
  let at = starts[0];
  for (const s of starts) if (row > s.offset) at = s;
  return { sheet: at.sheet, row: row - at.offset };
}

/**
 * Report lines with stacked rows moved to their sheet's rows, each naming its sheet in its text,
 * sheet by sheet; lines already placed (a cell's line, which names its sheet; a placed problem)
 * keep their row.
 */
export function placeReport(entries: readonly ImportReportEntry[], starts: readonly SheetStart[]): ImportReportEntry[] {
  if (starts.length < 2) return [...entries];
  const placed = entries.map((e) => {
    if (e.row === null || (e.sheet !== undefined && e.kind !== 'problem')) return e;
    const at = e.sheet !== undefined ? { sheet: e.sheet, row: e.row } : placeRow(starts, e.row);
    return { ...e, ...at, detail: t('reportInSheet', { sheet: quotable(at.sheet), row: at.row, detail: e.detail }) };
  });
  const order = (e: ImportReportEntry): number => (e.sheet === undefined ? -1 : starts.findIndex((s) => s.sheet === e.sheet));
  return placed.map((e, i) => ({ e, i })).sort((a, b) => order(a.e) - order(b.e) || (a.e.row ?? 0) - (b.e.row ?? 0) || a.i - b.i).map((x) => x.e);
}

/** A problem found on a stacked row, moved to its sheet's row (its message too). */
export function placeProblem(p: Problem, starts: readonly SheetStart[]): Problem {
  const at = placeRow(starts, p.row);
  const moved = { ...p, row: at.row, sheet: at.sheet, params: { ...(p.params ?? {}), row: at.row } };
  return { ...moved, message: localiseProblem(moved, 'zh-CN') };
}

/** A formula cell the file holds no value for: nothing was read; its text is quoted here. */
export function formulaLine(n: FormulaNote): ImportReportEntry {
  const column = n.cell.replace(/\d+$/, '');
  return {
    kind: 'cell',
    row: n.line,
    sheet: quotable(n.sheet),
    column: n.cell,
    field: 'formula',
    detail: t('reportFormulaNoValue', { formula: quotable(n.formula), sheet: quotable(n.sheet), row: n.line, column }),
  };
}

/** A cell changed to fit Excel (control characters removed, text cut), named by file, sheet, row and column. */
export function fittedLines(f: FittedCell, file: string, sheet: string): ImportReportEntry[] {
  const where = { file: quotable(file), sheet: quotable(sheet), row: f.row, column: f.column ? t('reportColumn', { column: f.column }) : t('reportRowText'), start: f.start };
  const lines: ImportReportEntry[] = [];
  const entry = (detail: string): ImportReportEntry => ({ kind: 'cell', row: f.row, sheet: quotable(sheet), column: f.column, field: '', detail });
  if (f.removed) lines.push(entry(t('reportCellControls', { ...where, count: f.removed })));
  if (f.truncatedFrom !== null) lines.push(entry(t('reportCellCut', { ...where, length: f.truncatedFrom, limit: EXCEL_LIMITS.cellChars })));
  return lines;
}

/**
 * The report with a line for every problem found after reading (the completed tickets'), in
 * `locale`, unless the report already has that line (same row, same words); one pass, so 100,000
 * rows with a problem each cost no more than reading them.
 * @example withProblemLines([], [{ row: 2, field: 'id', code: 'idPatternMismatch', … }], 'zh-CN', false) // → [{ kind: 'problem', row: 2, column: '工单编号', field: 'id', detail: '第 2 行…' }]
 */
export function withProblemLines(report: readonly ImportReportEntry[], problems: readonly Problem[], locale: Locale, several: boolean): ImportReportEntry[] {
  const key = (row: number | null, detail: string): string => `${row}\u0000${detail}`;
  const seen = new Set(report.filter((r) => r.kind === 'problem').map((r) => key(r.row, r.detail)));
  const out = [...report];
  for (const p of problems) {
    const detail = problemText(p, locale);
    if (seen.has(key(p.row, detail))) continue;
    seen.add(key(p.row, detail));
    out.push({ kind: 'problem', row: p.row, column: p.column ?? p.field, field: p.field, detail, ...(several ? { sheet: p.sheet } : {}) });
  }
  return out;
}
