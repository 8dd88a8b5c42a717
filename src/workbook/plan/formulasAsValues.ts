/**
 * Excel's 8,192-character limit on a formula, kept in the plan for every host: a formula longer
 * than that (a classification row summing many long spellings) is replaced by its cached result,
 * and the import report says which cell and why.
 */
import { EXCEL_LIMITS, formulaFits } from '../../core/excelLimits/limits';
import { word } from '../../core/i18n/words';
import type { Locale } from '../../core/schema/fieldMeta';
import { isPlanFormula, type SheetPlan } from '../types';
import type { ImportReportEntry } from './importReportSheet';
import { addr } from './names';

export interface FormulaAsValue {
  sheet: string;
  /** A1 reference of the cell. */
  cell: string;
  /** The formula's length, leading `=` included. */
  length: number;
  value: string | number | boolean | null;
}

/**
 * Replaces, in place, every formula of `sheets` longer than Excel allows by its cached result.
 * @example formulasAsValues([{ name: '统计', blocks: [{ kind: 'cells', top: 3, left: 2, rows: [[{ formula: 'A'.repeat(9000), result: 4 }]] }] }]) // → [{ sheet: '统计', cell: 'B3', length: 9001, value: 4 }]
 */
export function formulasAsValues(sheets: readonly Pick<SheetPlan, 'name' | 'blocks'>[]): FormulaAsValue[] {
  const found: FormulaAsValue[] = [];
  for (const sheet of sheets)
    for (const block of sheet.blocks) {
      // A table's rows start under its header row.
      const first = block.top + (block.kind === 'table' ? 1 : 0);
      block.rows.forEach((row, i) =>
        row.forEach((cell, j) => {
          if (!isPlanFormula(cell) || formulaFits(cell.formula)) return;
          const value = cell.result ?? null;
          found.push({ sheet: sheet.name, cell: addr(first + i, block.left + j), length: cell.formula.length + (cell.formula.startsWith('=') ? 0 : 1), value });
          row[j] = value;
        }),
      );
    }
  return found;
}

/** The import-report line of a formula written as its value. */
export const formulaAsValueLine = (f: FormulaAsValue, locale: Locale): ImportReportEntry => ({
  kind: 'cell',
  row: null,
  sheet: f.sheet,
  column: f.cell,
  field: 'formulaTooLong',
  detail: word('importReport.formulaAsValue', locale, { sheet: f.sheet, cell: f.cell, length: f.length, limit: EXCEL_LIMITS.formulaChars, value: String(f.value ?? '') }),
});
