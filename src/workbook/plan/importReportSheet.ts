/** The 导入报告 sheet: what an import did with each problem, column, redaction and renumbering. */
import type { Locale } from '../../core/schema/fieldMeta';
import { header } from '../labels';
import type { BlockPlan, ColumnPlan, PlanCell, SheetPlan } from '../types';
import { W } from './words';
import { landscapeRegister } from './pageSetup';

export interface ImportReportEntry {
  kind: 'problem' | 'unmapped' | 'split' | 'redaction' | 'kept' | 'renumbered' | 'skipped' | 'cell';
  /** Source sheet row, or null for a whole column. */
  row: number | null;
  /** The source sheet the row is in, when the import read several sheets or the line is about one cell. */
  sheet?: string;
  column: string;
  field: string;
  detail: string;
}

const REPORT_KINDS: Record<ImportReportEntry['kind'], Record<Locale, string>> = {
  problem: W('问题', '問題', 'Problem'),
  unmapped: W('未识别列', '未識別欄', 'Unmapped column'),
  split: W('拆分列', '拆分欄', 'Split column'),
  redaction: W('脱敏', '脫敏', 'Redaction'),
  kept: W('保留列', '保留欄', 'Kept column'),
  renumbered: W('重新编号', '重新編號', 'Renumbered'),
  skipped: W('未导入的行', '未匯入的列', 'Row not imported'),
  cell: W('单元格', '儲存格', 'Cell'),
};

export function importReportSheet(locale: Locale, entries: readonly ImportReportEntry[], name: string): SheetPlan {
  const columns: ColumnPlan[] = [
    { key: 'reportKind', header: header('reportKind', locale), type: 'text', width: 12 },
    { key: 'row', header: header('row', locale), type: 'integer', width: 7 },
    { key: 'column', header: header('column', locale), type: 'text', width: 16 },
    { key: 'field', header: header('field', locale), type: 'text', width: 14 },
    { key: 'detail', header: header('detail', locale), type: 'longText', width: 70, wrap: true },
  ];
  const rows: PlanCell[][] = entries.map((e) => [REPORT_KINDS[e.kind][locale], e.row, e.column, e.field, e.detail]);
  const blocks: BlockPlan[] = [{ kind: 'table', name: 'Import_Report', top: 1, left: 1, columns, rows, style: 'TableStyleMedium3' }];
  return { key: 'importReport', name, blocks, freeze: { row: 1, col: 0 }, showGridLines: true, pageSetup: landscapeRegister(name, locale, { left: name }, false) };
}

