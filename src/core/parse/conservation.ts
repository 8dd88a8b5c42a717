/**
 * The import's conservation check: which non-empty source cells ended up nowhere. A cell is
 * accounted for when its row is a ticket and its column is one the reader took (a field, a
 * compound, or an extra column — then `extra` holds it unchanged), or when its row is a skipped
 * row (the report shows the row's text). Placeholder-only rows (`-`, `/`) count as blank.
 * The importer reports whatever this finds (it should find nothing); the tests and the fuzz
 * properties assert it is empty.
 */
import { isBlankRow } from '../headers/recognizeTable';
import type { TableGuess } from '../headers/types';
import { redactText } from '../privacy/redactSecrets';
import { cellText, extraValue, isBlank } from './cell';
import type { ImportResult } from './readTickets';

export interface LostCell {
  /** 1-based sheet row and column. */
  row: number;
  column: number;
  text: string;
}

/**
 * @example unaccountedCells([['工单编号','问题描述'],['A1','x', '远处']], guess, result) // → [] once column C is read
 */
export function unaccountedCells(grid: unknown[][], guess: TableGuess, result: ImportResult, firstRowNumber = 1): LostCell[] {
  const lost: LostCell[] = [];
  const ticketAt = new Map(result.sourceRows.map((r, i) => [r, result.tickets[i]]));
  const skipped = new Set(result.skipped.map((s) => s.row));
  const cols = new Map(guess.columns.map((c) => [c.index, c]));
  for (let r = 0; r < grid.length; r++) {
    if (r === guess.headerRow) continue;
    const row = Array.isArray(grid[r]) ? grid[r] : [];
    const rowNumber = r + firstRowNumber;
    if (skipped.has(rowNumber) || isBlankRow(row)) continue;
    const ticket = ticketAt.get(rowNumber);
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (isBlank(v)) continue;
      const col = cols.get(c);
      const ok = ticket !== undefined && col !== undefined && (col.field !== null || col.compound !== undefined || keptAsExtra(ticket.extra[col.header] ?? ticket.extra[redactText(col.header)], v));
      if (!ok) lost.push({ row: rowNumber, column: c + 1, text: cellText(v) });
    }
  }
  return lost;
}

/** An extra column keeps the cell as it was (redaction aside, which the report lists: a number holding a secret becomes masked text, a header too). */
function keptAsExtra(kept: unknown, v: unknown): boolean {
  if (kept === undefined || kept === null) return false;
  const x = extraValue(v);
  return typeof kept === 'string' && kept.includes('*') ? true : kept === x;
}
