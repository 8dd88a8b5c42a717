/** The 导入报告 sheet: what an import did with each problem, column, redaction and renumbering. */
import type { Locale } from '../../core/schema/fieldMeta';
import { header } from '../labels';
import type { BlockPlan, ColumnPlan, PlanCell, SheetPlan } from '../types';
import { landscapeRegister } from './pageSetup';
import { words } from '../../core/i18n/words';

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
  problem: words('importReport.problem'),
  unmapped: words('importReport.unmapped'),
  split: words('importReport.split'),
  redaction: words('importReport.redaction'),
  kept: words('importReport.kept'),
  renumbered: words('importReport.renumbered'),
  skipped: words('importReport.skipped'),
  cell: words('importReport.cell'),
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

