/**
 * A Tickets table that became a plain range ("Convert to Range" in Excel, or a copy pasted as
 * values): found by its header row — the ticket number and at least five other ticket fields in
 * any of the three languages — so a structured workbook is still read as one, and its
 * Ticket_Log, Subtasks and Config tables are kept.
 */
import { ticketColumnRoles } from './ticketTable';
import type { RawCell, TableData } from './types';

/** Header rows searched from the top of each sheet. */
const SCAN_ROWS = 50;
const MIN_FIELDS = 6;

const blank = (v: RawCell | undefined): boolean => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

/**
 * Number of known ticket fields among `headers`, or 0 without the ticket number.
 * @example ticketFieldCount(['工单编号', '受理时间', '备注']) === 3
 */
export function ticketFieldCount(headers: readonly string[]): number {
  const roles = ticketColumnRoles(headers);
  if (!roles.some((r) => 'field' in r && r.field === 'id')) return 0;
  return roles.filter((r) => 'field' in r).length;
}

/** The plain-range Tickets table of the first sheet whose header matches, named `Tickets`; null when none does. */
export function findTicketsRange(sheets: readonly { name: string; grid: RawCell[][] }[]): TableData | null {
  for (const s of sheets) {
    for (let r = 0; r < Math.min(SCAN_ROWS, s.grid.length); r++) {
      const cells = s.grid[r] ?? [];
      const left = cells.findIndex((c) => !blank(c));
      if (left < 0) continue;
      let right = left;
      while (right + 1 < cells.length && !blank(cells[right + 1])) right++;
      const headers = cells.slice(left, right + 1).map((c) => String(c).trim());
      if (ticketFieldCount(headers) < MIN_FIELDS) continue;
      const rows: RawCell[][] = [];
      for (let i = r + 1; i < s.grid.length; i++) {
        const row = Array.from({ length: right - left + 1 }, (_, j) => s.grid[i]?.[left + j] ?? null);
        if (row.every(blank)) break;
        rows.push(row);
      }
      return { name: 'Tickets', sheet: s.name, headerRow: r + 1, left: left + 1, headers, rows };
    }
  }
  return null;
}
