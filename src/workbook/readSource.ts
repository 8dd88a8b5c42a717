/**
 * Converting a source sheet, the same for both hosts: read its rows with the preset's settings,
 * keep the source's numbering scheme, and describe in the import report everything that was
 * not taken over as is (problems, unknown and split columns, kept derived columns, redactions,
 * renumbered duplicates).
 */
import type { Renumbering } from '../core/engine/completeTable';
import type { TableGuess } from '../core/headers/types';
import { inferPattern } from '../core/numbering/inferPattern';
import { readTickets, type FittedCell, type ImportResult } from '../core/parse/readTickets';
import { EXCEL_LIMITS } from '../core/excelLimits/limits';
import { unaccountedCells } from '../core/parse/conservation';
import { localiseProblem, quotable, type Problem } from '../core/validation/problem';
import { getPreset } from '../core/presets';
import { word, type WorkbookWordKey } from '../core/i18n/words';
import { FIELD_META, type Locale } from '../core/schema/fieldMeta';
import type { TicketField } from '../core/schema/ticket';
import type { Settings } from '../core/settings/settings';
import type { ImportReportEntry } from './plan';

export interface SourceRead {
  /** The preset's settings, numbering pattern inferred from the source's own numbers. */
  settings: Settings;
  result: ImportResult;
}

/**
 * `firstRowNumber`: the row number of grid[0] (1; or further down when several sheets are stacked);
 * `locale`: the language of the report's text about cells the reader did not take.
 */
export function readSource(grid: unknown[][], guess: TableGuess, presetId: string, sheet: string, firstRowNumber = 1, locale: Locale = 'zh-CN'): SourceRead {
  const settings = getPreset(presetId).settings;
  const result = readTickets(grid, guess, { settings, source: sheet, sheet, firstRowNumber });
  // The safety net of "nothing read is lost": any cell the reader did not take is reported.
  for (const c of unaccountedCells(grid, guess, result, firstRowNumber)) result.skipped.push({ row: c.row, reason: 'cell', text: word('importReport.cellAt', locale, { column: c.column, text: quotable(c.text) }) });
  const ids = result.tickets.map((t) => t.id).filter(Boolean);
  const inferred = ids.length ? inferPattern(ids) : null;
  if (inferred) settings.numbering.pattern = inferred;
  return { settings, result };
}

/**
 * A field's column header in `locale` (other names as they are).
 * @example labelOf('id', 'en-US') // → 'Ticket No.'
 */
const labelOf = (f: string, locale: Locale): string => (f in FIELD_META ? FIELD_META[f as TicketField].labels[locale] : f);

/** A kind of secret in the report's words; a kind without a word shows as it is. */
const redactedKind = (kind: string, locale: Locale): string =>
  ['bankCard', 'idCard', 'longNumber'].includes(kind) ? word(`importReport.redacted.${kind}` as WorkbookWordKey, locale) : kind;

/** A problem's message in `locale` (zh-CN: the message it was made with). */
export const problemText = (p: Problem, locale: Locale): string => (locale === 'zh-CN' || !p.params ? p.message : localiseProblem(p, locale));

/** The import report of a converted sheet, its text in `locale`. */
export function importReportOf(result: ImportResult, renumbered: readonly Renumbering[] = [], locale: Locale = 'zh-CN'): ImportReportEntry[] {
  const w = (key: WorkbookWordKey, params?: Record<string, string | number>): string => word(key, locale, params);
  const list = (xs: readonly string[]): string => xs.join(w('list.join'));
  return [
    ...result.problems.map((p) => ({ kind: 'problem' as const, row: p.row, column: p.column ?? p.field, field: p.field, detail: problemText(p, locale) })),
    ...result.unmapped.map((u) => ({ kind: 'unmapped' as const, row: null, column: u, field: '', detail: w('importReport.unmappedDetail') })),
    ...result.splits.map((s) => ({ kind: 'split' as const, row: null, column: s.column, field: s.into.join('、'), detail: w('importReport.splitDetail', { fields: list(s.into.map((f) => labelOf(f, locale))) }) })),
    ...result.derivedKept.map((d) => ({ kind: 'kept' as const, row: null, column: d, field: '', detail: w('importReport.keptDetail') })),
    ...result.redactions.map((r) => ({ kind: 'redaction' as const, row: r.row, column: r.column, field: r.field, detail: w('importReport.redactionDetail', { kind: redactedKind(String(r.kind), locale), masked: r.masked }) })),
    ...result.skipped.map((s) => ({ kind: s.reason === 'cell' ? ('cell' as const) : ('skipped' as const), row: s.row, column: '', field: s.reason, detail: w('importReport.skippedDetail', { reason: w(`importReport.skipped.${s.reason}`), text: s.text }) })),
    ...result.fitted.map((f) => ({ kind: 'cell' as const, row: f.row, column: f.column, field: '', detail: fittedDetail(f, locale) })),
    ...renumberReport(renumbered, locale),
  ];
}

/** What was changed in a cell to fit Excel. */
function fittedDetail(f: FittedCell, locale: Locale): string {
  const parts: string[] = [];
  if (f.removed) parts.push(word('importReport.controlsRemoved', locale, { count: f.removed }));
  if (f.truncatedFrom !== null) parts.push(word('importReport.cellCut', locale, { length: f.truncatedFrom, limit: EXCEL_LIMITS.cellChars }));
  return parts.join(word('importReport.partsJoin', locale));
}

/** One import-report line per renumbered duplicate, in `locale`. */
export function renumberReport(renumbered: readonly Renumbering[], locale: Locale = 'zh-CN'): ImportReportEntry[] {
  return renumbered.map((r) => ({ kind: 'renumbered', row: r.row, column: labelOf('id', locale), field: 'id', detail: word('importReport.renumberedDetail', locale, { from: r.from, to: r.to }) }));
}
