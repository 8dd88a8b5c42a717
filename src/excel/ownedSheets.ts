/**
 * Which sheet of the open workbook each sheet of a plan goes to. A sheet is ServiceBook's when
 * its `SB_Sheet_<key>` name points at it or it holds one of the plan's tables — both follow the
 * sheet when the team renames it. A sheet that merely has the plan's name (a team's own 说明 or
 * 统计) is never ServiceBook's: the plan's sheet takes a free name instead, and the caller says so.
 */
import { sheetNameKey } from '../workbook/plan/names';
import type { SheetPlan } from '../workbook/types';
import type { Session } from './session';

export interface SheetTarget {
  /** The sheet's name in the workbook (the plan's name, a free one, or the team's new name). */
  name: string;
  /** The sheet exists and is ServiceBook's: it is cleared and rewritten. */
  owned: boolean;
}

/**
 * The sheet a defined name's reference (`value`) points at, or null.
 * @example sheetOfReference("='统计 (周)'!$A$1") // '统计 (周)'
 */
export function sheetOfReference(value: unknown): string | null {
  const m = /^=?(?:'((?:[^']|'')+)'|([^!'=]+))!/.exec(String(value ?? ''));
  if (!m) return null;
  return m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
}

/**
 * `name`, or `name (2)`, `name (3)` … — the first that no sheet has (case-insensitive, 31 characters at most).
 * @example freeSheetName('说明', ['说明', '说明 (2)']) // '说明 (3)'
 */
export function freeSheetName(name: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((x) => x.toLowerCase()));
  if (!used.has(name.toLowerCase())) return name;
  for (let k = 2; ; k++) {
    const tail = ` (${k})`;
    const candidate = name.slice(0, 31 - tail.length) + tail;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

/** Resolves every plan sheet in two syncs (the workbook's sheets, names and tables; the tables' sheets). */
export async function resolveSheets(s: Session, sheets: readonly SheetPlan[]): Promise<Map<string, SheetTarget>> {
  const wb = s.workbook;
  const ws = wb.worksheets.load('items/name');
  const names = wb.names.load('items/name,items/value');
  const tables = wb.tables.load('items/name');
  await s.sync();
  const present = ws.items.map((w) => w.name);
  const tableNames = new Set(tables.items.map((t) => t.name));
  const wanted = sheets.flatMap((sh) => sh.blocks.flatMap((b) => (b.kind === 'table' && tableNames.has(b.name) ? [b.name] : [])));
  const homes = new Map(wanted.map((t) => [t, wb.tables.getItem(t).worksheet.load('name')] as const));
  if (homes.size) await s.sync();
  const named = new Map(names.items.map((n) => [n.name.toLowerCase(), sheetOfReference(n.value)] as const));
  const isSheet = (x: string | null | undefined): x is string => !!x && present.some((p) => p.toLowerCase() === x.toLowerCase());

  const out = new Map<string, SheetTarget>();
  const taken = new Set(present);
  for (const sh of sheets) {
    const byName = named.get(sheetNameKey(sh.key).toLowerCase());
    const byTable = sh.blocks.map((b) => (b.kind === 'table' ? homes.get(b.name)?.name : undefined)).find(isSheet);
    const mine = isSheet(byName) ? byName : byTable;
    if (mine) {
      out.set(sh.name, { name: mine, owned: true });
      continue;
    }
    const free = freeSheetName(sh.name, taken);
    taken.add(free);
    out.set(sh.name, { name: free, owned: false });
  }
  return out;
}
