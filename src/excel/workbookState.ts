/**
 * Loads what an operation needs from the open workbook in a fixed number of syncs: the table
 * list (1), config tables whole plus the shape and first body row of the large tables (1), then
 * the large tables' bodies — or just their ticket-number column — block by block.
 */
import { getPreset, defaultSettings, isPresetId } from '../core/presets';
import type { Settings } from '../core/settings/settings';
import { CONFIG_TABLES, metaOf, missingConfigTablesProblem, settingsFromTables, type ConfigProblem } from '../workbook/configTables';
import { headerSpellings } from '../workbook/labels';
import { ticketColumnRoles } from '../workbook/ticketTable';
import type { TableData } from '../workbook/types';
import { NAMES } from '../workbook/plan/names';
import { rawOf } from './cellValues';
import { newerSchemaError } from './errors';
import { readBody, type TableShape } from './readTables';
import { rangeAt } from './rangeAt';
import type { Session } from './session';

export const LARGE_TABLES = ['Tickets', 'Ticket_Log', 'Subtasks'] as const;
export type LargeTable = (typeof LARGE_TABLES)[number];

export interface LargeShape extends TableShape {
  /** The body is Excel's one placeholder row, still blank (a table is never zero rows). */
  placeholderOnly: boolean;
}

export type Want = 'none' | 'ids' | 'all';

export interface WorkbookState {
  structured: boolean;
  schemaVersion: number | null;
  preset: string | null;
  settings: Settings;
  configProblems: ConfigProblem[];
  /** The Config_… tables as read (whole: they are small), each with its first column. */
  config: Map<string, TableData>;
  shapes: Partial<Record<LargeTable, LargeShape>>;
  /** Body rows as read (blank rows kept: index = body row). */
  data: Partial<Record<LargeTable, TableData>>;
  /** First-column keys (ticket numbers) by body row, when asked for 'ids'. */
  ids: Partial<Record<LargeTable, string[]>>;
  /** The row colours (and lists) stop within two rows of the Tickets table's end: time to widen them. */
  rulesShort: boolean;
  /** Whether the workbook has the SB_HolidayDates name the business-time colour reads (probed with the rules). */
  holidayNames: boolean;
}

export const baseSettingsFor = (preset: string | null): Settings => (preset && isPresetId(preset) ? getPreset(preset).settings : defaultSettings());

/** Index of the ticket-number column: `id` in Tickets, `ticketId` in Ticket_Log / Subtasks. */
export function keyColumnOf(table: LargeTable, headers: readonly string[]): number {
  if (table === 'Tickets') {
    const i = ticketColumnRoles(headers).findIndex((r) => 'field' in r && r.field === 'id');
    return i >= 0 ? i : 0;
  }
  const sp = headerSpellings('ticketId');
  const i = headers.findIndex((h) => sp.includes(h.trim()));
  return i >= 0 ? i : 0;
}

/**
 * Settings from the Config_ tables, remembered for the last tables seen: every operation reads
 * them, and they change only when a supervisor edits them.
 */
let lastSettings: { key: string; value: ReturnType<typeof settingsFromTables> } | null = null;
function settingsOf(configData: Map<string, TableData>, preset: string | null): ReturnType<typeof settingsFromTables> {
  const key = JSON.stringify([preset, [...configData.values()].map((t) => [t.name, t.sheet, t.headerRow, t.headers, t.rows])]);
  if (lastSettings?.key !== key) lastSettings = { key, value: settingsFromTables(configData, baseSettingsFor(preset)) };
  return lastSettings.value;
}

export async function loadState(
  s: Session,
  want: Partial<Record<LargeTable, Want>>,
  onProgress?: (done: number, total: number, stage: string) => void,
  /** Probe whether the Tickets rules reach below the table (needs conditional formats, ExcelApi 1.6). */
  probeRules = false,
): Promise<WorkbookState> {
  const tables = s.workbook.tables.load('items/name');
  await s.sync();
  const present = new Set(tables.items.map((t) => t.name));

  // One sync: config tables whole, large tables' header, size and first body row.
  const configs = CONFIG_TABLES.filter((n) => present.has(n)).map((name) => {
    const t = s.workbook.tables.getItem(name);
    return { name, range: t.getRange().load('values,rowIndex,columnIndex'), ws: t.worksheet.load('name') };
  });
  const large = LARGE_TABLES.filter((n) => present.has(n)).map((name) => {
    const t = s.workbook.tables.getItem(name);
    const header = t.getHeaderRowRange().load('values,rowIndex,columnIndex');
    const body = t.getDataBodyRange().load('rowCount');
    const first = t.getDataBodyRange().getRow(0).load('values');
    // The colours are widened with the lists; the row two below the table tells whether they reach it.
    const rules = probeRules && name === 'Tickets' ? t.getDataBodyRange().getLastRow().getOffsetRange(2, 0).conditionalFormats.getCount() : null;
    return { name, header, body, first, rules, ws: t.worksheet.load('name') };
  });
  // The due-soon colour counts business time through the holiday table's names, when they exist.
  const holidayNames = probeRules ? s.workbook.names.getItemOrNullObject(NAMES.holidayDates).load('name') : null;
  await s.sync();

  const configData = new Map<string, TableData>();
  for (const c of configs) {
    const [head = [], ...rows] = c.range.values;
    configData.set(c.name, { name: c.name, sheet: c.ws.name, headerRow: c.range.rowIndex + 1, left: c.range.columnIndex + 1, headers: head.map((h) => String(h ?? '').trim()), rows: rows.map((r) => r.map(rawOf)) });
  }
  const meta = metaOf(configData);
  // The command's rule (isNewerSchema): a workbook of a later ServiceBook is never rewritten as ours.
  const refusal = s.writes ? newerSchemaError(meta.schemaVersion) : null;
  if (refusal) throw refusal;
  const { settings, problems } = settingsOf(configData, meta.preset);

  const state: WorkbookState = {
    structured: present.has('Tickets'),
    schemaVersion: meta.schemaVersion,
    preset: meta.preset,
    settings,
    // A Config table the team deleted: named once, with the preset whose defaults apply (the command's warning).
    config: configData,
    configProblems: [...(present.has('Tickets') ? [missingConfigTablesProblem(present, meta.preset ?? settings.preset)].filter((p): p is ConfigProblem => p !== null) : []), ...problems],
    shapes: {},
    data: {},
    ids: {},
    rulesShort: large.some((l) => l.rules !== null && l.rules.value === 0),
    holidayNames: holidayNames !== null && !holidayNames.isNullObject,
  };
  for (const l of large) {
    const blank = (l.first.values[0] ?? []).every((v) => v === '' || v === null);
    state.shapes[l.name] = {
      name: l.name,
      sheet: l.ws.name,
      headerRow: l.header.rowIndex + 1,
      firstColumn: l.header.columnIndex + 1,
      headers: (l.header.values[0] ?? []).map((v) => String(v ?? '').trim()),
      bodyRows: l.body.rowCount,
      placeholderOnly: l.body.rowCount === 1 && blank,
    };
  }

  // Bodies, block by block.
  for (const name of LARGE_TABLES) {
    const shape = state.shapes[name];
    const w = want[name] ?? 'none';
    if (!shape || w === 'none') continue;
    const progress = (done: number, total: number) => onProgress?.(done, total, `read:${name}`);
    if (w === 'all') {
      const rows = await readBody(s, shape, { onBlock: progress });
      state.data[name] = { name, sheet: shape.sheet, headerRow: shape.headerRow, headers: shape.headers, rows: rows.map((r) => r.map(rawOf)) };
      const k = keyColumnOf(name, shape.headers);
      state.ids[name] = rows.map((r) => String(r[k] ?? '').trim());
    } else {
      const k = keyColumnOf(name, shape.headers);
      const rows = await readBody(s, shape, { columns: { first: k, count: 1 }, onBlock: progress });
      state.ids[name] = rows.map((r) => String(r[0] ?? '').trim());
    }
  }
  return state;
}

/** Row ranges loaded per request: each costs about 200 bytes of request, so 2,000 stay near 400 KB. */
export const ROWS_PER_REQUEST = 2_000;

/**
 * Some body rows of a large table (by 0-based body index): one sync for the usual handful, one
 * per block of ROWS_PER_REQUEST when a paste touched thousands (one request would pass 5 MB).
 */
export async function readRows(s: Session, shape: TableShape, indexes: readonly number[]): Promise<Map<number, unknown[]>> {
  const ws = s.workbook.worksheets.getItem(shape.sheet);
  const out = new Map<number, unknown[]>();
  for (let k = 0; k < indexes.length; k += ROWS_PER_REQUEST) {
    const part = indexes.slice(k, k + ROWS_PER_REQUEST);
    const ranges = part.map((i) => ({ i, r: rangeAt(ws, shape.headerRow + i, shape.firstColumn - 1, 1, shape.headers.length).load('values') }));
    if (indexes.length > ROWS_PER_REQUEST) await s.blockSync();
    else await s.sync();
    for (const { i, r } of ranges) out.set(i, r.values[0]);
  }
  return out;
}
