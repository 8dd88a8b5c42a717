/**
 * A schema upgrade in place (issue 7): what a ServiceBook workbook lacks of what the current
 * version writes, derived from the plan of its configuration sheet (never from a second list):
 * - every `Config_…` table of the plan the workbook does not have, stacked as `init` stacks them
 *   (caption above, header, the plan's rows: the defaults this run used, in its language) on a
 *   new sheet named as `init` names the configuration sheet, or the next free `name (2)`;
 * - the plan's defined names of the configuration sheet (SB_HolidayDates, SB_HolidayTypes,
 *   SB_WarnHours, SB_List_*), placed on the table they point into where it really is: added when
 *   the workbook lacks them (`replace: false`), set anew when their table is being added (the
 *   name pointed at a table that is gone).
 * A workbook with no ServiceBook table but Tickets (a team's own sheet with a table named
 * Tickets, no Config, log or subtask table) is not upgraded: the read's warning says which defaults were used.
 * Pure: the host applies it (src/xlsx/inplace/newSheet.ts, definedNames.ts) and says which
 * names it wrote.
 */
import { headerSpellings } from './labels';
import type { DefinedNameEdit, NewSheetEdit } from './packageEdit';
import { addr } from './plan/names';
import { PLAN_TABLES } from './readPlan';
import type { DefinedNamePlan, SheetPlan, TableData, TablePlan } from './types';

export interface SchemaUpgrade {
  newSheet: NewSheetEdit | null;
  names: DefinedNameEdit[];
}

/**
 * A workbook whose only ServiceBook table is Tickets (no Config, log or subtask table) holds a
 * team's own table named Tickets: no upgrade adds configuration to it (import makes a ServiceBook of it).
 * @example isTeamsOwnTickets(new Set(['Tickets', 'Table1'])) === true && isTeamsOwnTickets(new Set(['Tickets', 'Config_SLA'])) === false
 */
export const isTeamsOwnTickets = (tables: { has(name: string): boolean }): boolean => !PLAN_TABLES.some((n) => n !== 'Tickets' && tables.has(n));

/**
 * A sheet name no sheet of the workbook has (Excel compares them without case).
 * @example freeSheetName('配置', ['说明', '配置']) === '配置 (2)'
 */
export function freeSheetName(wanted: string, taken: readonly string[]): string {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  if (!used.has(wanted.toLowerCase())) return wanted;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = wanted.slice(0, 31 - suffix.length) + suffix;
    if (!used.has(name.toLowerCase())) return name;
  }
}

interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * An absolute A1 reference as 1-based rows and columns.
 * @example refBox('$B$36:$B$804') // { top: 36, left: 2, bottom: 804, right: 2 }
 */
export function refBox(ref: string): Box | null {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(ref);
  if (!m) return null;
  const col = (s: string): number => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { top: Number(m[2]), left: col(m[1]), bottom: Number(m[4] ?? m[2]), right: col(m[3] ?? m[1]) };
}

/** @example boxRef({ top: 3, left: 1, bottom: 9, right: 1 }) === '$A$3:$A$9' */
export const boxRef = (b: Box): string => (b.top === b.bottom && b.left === b.right ? addr(b.top, b.left, true) : `${addr(b.top, b.left, true)}:${addr(b.bottom, b.right, true)}`);

/** Last sheet row of a table's body (at least one body row). */
const bodyBottom = (top: number, rows: number): number => top + Math.max(1, rows);

/** The plan's table holding the name's top-left cell. */
function tableOf(blocks: readonly TablePlan[], box: Box): TablePlan | undefined {
  return blocks.find((b) => box.left >= b.left && box.left < b.left + b.columns.length && box.top >= b.top && box.top <= bodyBottom(b.top, b.rows.length));
}

/**
 * The name moved from its plan table to where that table really is: rows by the header row,
 * columns by header (any language; else the same position), and a bottom at the table's
 * bottom where the plan's was at its table's bottom.
 */
function placedOn(box: Box, planned: TablePlan, actual: { headerRow: number; left: number; headers: readonly string[]; rows: number }): Box {
  const column = (c: number): number => {
    const key = planned.columns[c - planned.left]?.key;
    const spellings = key ? headerSpellings(key).map((s) => s.trim()) : [];
    const i = actual.headers.findIndex((h) => spellings.includes(String(h).trim()));
    return actual.left + (i >= 0 ? i : c - planned.left);
  };
  const shift = actual.headerRow - planned.top;
  const atBottom = box.bottom === bodyBottom(planned.top, planned.rows.length);
  return { top: box.top + shift, left: column(box.left), bottom: atBottom ? bodyBottom(actual.headerRow, actual.rows) : box.bottom + shift, right: column(box.right) };
}

/**
 * The upgrade of a workbook with these tables and sheets, from the plan's configuration sheet
 * and its defined names. `tables`: the ServiceBook tables the workbook has (Tickets, Ticket_Log,
 * Subtasks, Config_…).
 * @example schemaUpgrade(configSheet, names, tablesWithoutHolidays, ['工单', '配置']).newSheet // { sheet: '配置 (2)', blocks: [Config_Holidays at A2] }
 */
export function schemaUpgrade(config: SheetPlan, names: readonly DefinedNamePlan[], tables: ReadonlyMap<string, TableData>, sheetNames: readonly string[]): SchemaUpgrade {
  const planned = config.blocks.filter((b): b is TablePlan => b.kind === 'table');
  if (isTeamsOwnTickets(tables)) return { newSheet: null, names: [] };
  const missing = planned.filter((b) => !tables.has(b.name));
  const sheet = missing.length ? freeSheetName(config.name, sheetNames) : '';
  const added: TablePlan[] = [];
  let top = 2;
  for (const b of missing) {
    added.push({ ...b, top, left: 1, caption: b.name });
    top += Math.max(1, b.rows.length) + 3;
  }
  const out: DefinedNameEdit[] = [];
  for (const n of names) {
    const box = refBox(n.ref);
    const b = box && tableOf(planned, box);
    if (!box || !b) continue;
    const now = added.find((x) => x.name === b.name);
    const t = tables.get(b.name);
    if (now) out.push({ name: n.name, sheet, ref: boxRef(placedOn(box, b, { headerRow: now.top, left: now.left, headers: now.columns.map((c) => c.header), rows: now.rows.length })), replace: true });
    else if (t) out.push({ name: n.name, sheet: t.sheet, ref: boxRef(placedOn(box, b, { headerRow: t.headerRow, left: t.left ?? 1, headers: t.headers, rows: t.rows.length })), replace: false });
  }
  return { newSheet: added.length ? { sheet, blocks: added } : null, names: out };
}
