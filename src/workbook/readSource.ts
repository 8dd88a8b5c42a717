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
import type { SkipReason } from '../core/headers/types';
import { quotable } from '../core/validation/problem';
import { getPreset } from '../core/presets';
import { FIELD_META } from '../core/schema/fieldMeta';
import type { TicketField } from '../core/schema/ticket';
import type { Settings } from '../core/settings/settings';
import type { ImportReportEntry } from './plan';

export interface SourceRead {
  /** The preset's settings, numbering pattern inferred from the source's own numbers. */
  settings: Settings;
  result: ImportResult;
}

/** `firstRowNumber`: the row number of grid[0] (1; or further down when several sheets are stacked). */
export function readSource(grid: unknown[][], guess: TableGuess, presetId: string, sheet: string, firstRowNumber = 1): SourceRead {
  const settings = getPreset(presetId).settings;
  const result = readTickets(grid, guess, { settings, source: sheet, sheet, firstRowNumber });
  // The safety net of "nothing read is lost": any cell the reader did not take is reported.
  for (const c of unaccountedCells(grid, guess, result, firstRowNumber)) result.skipped.push({ row: c.row, reason: 'cell', text: `第 ${c.column} 列：${quotable(c.text)}` });
  const ids = result.tickets.map((t) => t.id).filter(Boolean);
  const inferred = ids.length ? inferPattern(ids) : null;
  if (inferred) settings.numbering.pattern = inferred;
  return { settings, result };
}

const labelOf = (f: string): string => (f in FIELD_META ? FIELD_META[f as TicketField].labels['zh-CN'] : f);
const REDACTED: Record<string, string> = { bankCard: '银行卡号', idCard: '身份证号', longNumber: '疑似证件或银行卡号' };
const SKIPPED: Record<SkipReason | 'cell', string> = {
  above: '表头上方的标题或说明，不是工单',
  note: '表格中的说明行，不是工单',
  header: '重复的表头行',
  otherTable: '表格下方的另一张表，不是工单',
  cell: '未能读入的单元格，原值保留在此',
};

export function importReportOf(result: ImportResult, renumbered: readonly Renumbering[] = []): ImportReportEntry[] {
  return [
    ...result.problems.map((p) => ({ kind: 'problem' as const, row: p.row, column: p.column ?? p.field, field: p.field, detail: p.message })),
    ...result.unmapped.map((u) => ({ kind: 'unmapped' as const, row: null, column: u, field: '', detail: '无法识别，已作为附加列原样保留' })),
    ...result.splits.map((s) => ({ kind: 'split' as const, row: null, column: s.column, field: s.into.join('、'), detail: `拆分为：${s.into.map(labelOf).join('、')}` })),
    ...result.derivedKept.map((d) => ({ kind: 'kept' as const, row: null, column: d, field: '', detail: '该列对应由规则计算的字段，原值作为附加列保留，时限按配置重新计算' })),
    ...result.redactions.map((r) => ({ kind: 'redaction' as const, row: r.row, column: r.column, field: r.field, detail: `${REDACTED[r.kind] ?? String(r.kind)}已脱敏：${r.masked}` })),
    ...result.skipped.map((s) => ({ kind: s.reason === 'cell' ? ('cell' as const) : ('skipped' as const), row: s.row, column: '', field: s.reason, detail: `${SKIPPED[s.reason]}：${s.text}` })),
    ...result.fitted.map((f) => ({ kind: 'cell' as const, row: f.row, column: f.column, field: '', detail: fittedDetail(f) })),
    ...renumberReport(renumbered),
  ];
}

/** What was changed in a cell to fit Excel. */
function fittedDetail(f: FittedCell): string {
  const parts: string[] = [];
  if (f.removed) parts.push(`移除了 ${f.removed} 个 Excel 无法保存的控制字符`);
  if (f.truncatedFrom !== null) parts.push(`原文 ${f.truncatedFrom} 个字符，超过单元格上限，截断为前 ${EXCEL_LIMITS.cellChars} 个字符`);
  return parts.join('；');
}

/** One import-report line per renumbered duplicate. */
export function renumberReport(renumbered: readonly Renumbering[]): ImportReportEntry[] {
  return renumbered.map((r) => ({ kind: 'renumbered', row: r.row, column: labelOf('id'), field: 'id', detail: `编号重复，由 ${r.from} 改为 ${r.to}` }));
}
