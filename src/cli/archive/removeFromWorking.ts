/**
 * The one step of `servicebook archive` that edits the team's own workbook: the archived rows
 * leave Tickets, Ticket_Log and Subtasks (the rows below move up, each keeping its cells' XML)
 * and Config_Reserved receives the reserved numbers (added to the configuration sheet of a
 * workbook an earlier version wrote without it) — through the in-place editor
 * (src/xlsx/inplace), so every other part of the package is copied byte for byte. Writes the
 * edited workbook completely to `dest`; the caller renames it over the input.
 */
import { editWorkbook, type Dropped, type TableEdit } from '../../xlsx/inplace';
import type { TableData } from '../../workbook/types';
import type { Removal } from './planArchive';

/**
 * The body rows that stay, by their original offset.
 * @example survivingRows(4, [1, 2]) // [{ from: 0 }, { from: 3 }]
 */
export function survivingRows(bodyRows: number, removed: readonly number[]): { from: number }[] {
  const gone = new Set(removed);
  const out: { from: number }[] = [];
  for (let i = 0; i < bodyRows; i++) if (!gone.has(i)) out.push({ from: i });
  return out;
}

/**
 * Config_Reserved's new body: the list, top to bottom, written over the rows it had.
 * @example reservedRows(1, ['CS20240102009', 'CS20240103002']) // [{ from: 0, cells: ['CS20240102009'] }, { from: null, cells: ['CS20240103002'] }]
 */
export function reservedRows(bodyRows: number, reserved: readonly string[]): TableEdit['rows'] {
  return reserved.map((id, i) => ({ from: i < bodyRows ? i : null, cells: [id] }));
}

/** Where Config_Reserved goes in a workbook that lacks it (one an earlier version wrote): the configuration sheet, its header in that sheet's language. */
export interface ReservedUpgrade {
  sheet: string;
  header: string;
}

/** Returns the notes and hyperlinks that left with the archived rows (the archive holds the tickets' values only). */
export async function removeFromWorking(input: string, dest: string, tables: ReadonlyMap<string, TableData>, removal: Removal, upgrade: ReservedUpgrade | null = null): Promise<Dropped> {
  const edits: TableEdit[] = [];
  for (const name of ['Tickets', 'Ticket_Log', 'Subtasks'] as const) {
    const t = tables.get(name);
    if (t && removal[name].length) edits.push({ table: name, rows: survivingRows(t.rows.length, removal[name]) });
  }
  const reserved = tables.get('Config_Reserved');
  if (reserved) edits.push({ table: 'Config_Reserved', rows: reservedRows(reserved.rows.length, removal.reserved) });
  const newTables = !reserved && upgrade ? [{ table: 'Config_Reserved', sheet: upgrade.sheet, caption: 'Config_Reserved', headers: [upgrade.header], rows: removal.reserved.map((id) => [id]) }] : [];
  return (await editWorkbook(input, dest, { tables: edits, newTables })).dropped;
}
