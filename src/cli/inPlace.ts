/**
 * `refresh` of a structured workbook, in place in the package sense: the edit refreshEdit.ts
 * builds (changed Tickets cells, tables grown over rows typed below them, statistics and summary
 * sheets from the plan) applied by the file host's editor, which copies every other part byte
 * for byte. Returns what the user should be told (adopted rows, kept unreadable cells, sheets
 * that were not found).
 */
import type { LocalDateTime } from '../core/time/localDateTime';
import type { Locale } from '../core/schema/fieldMeta';
import type { Ticket } from '../core/schema/ticket';
import type { StatsReport } from '../core/stats/computeStats';
import { SHEET_NAMES } from '../workbook/labels';
import { knownTickets } from '../workbook/readPlan';
import { refreshEdit } from '../workbook/refreshEdit';
import { schemaUpgrade, type SchemaUpgrade } from '../workbook/schemaUpgrade';
import { unreadableCells, unreadableProblems } from '../workbook/unreadableCells';
import type { ColourRules, WorkbookEdit } from '../workbook/packageEdit';
import { GROWTH_ROWS } from '../workbook/plan/names';
import { ticketRulesFor } from '../workbook/plan/ticketRules';
import type { SheetPlan, TableData, WorkbookPlan } from '../workbook/types';
import { editWorkbook } from '../xlsx/inplace';
import { t } from './messages';
import { formulaWarnings, planOf, type Loaded, type Structure } from './pipeline';

/** Cells the reader could not use: kept exactly as typed (the rule both hosts follow). */
export const unreadableProblemsOf = (loaded: Loaded): Loaded['problems'] => unreadableProblems(loaded.problems);

/** Tables whose lines refresh completes, and keeps as typed where it cannot (their problems name the line). */
const LINE_TABLES = ['Ticket_Log', 'Subtasks'];

/** Log lines and subtasks kept as typed, in whole or in part (an unreadable cell, no such ticket). */
export const keptLinesOf = (loaded: Loaded): number => loaded.configProblems.filter((p) => LINE_TABLES.includes(p.table)).length;

/**
 * The log lines and subtasks typed below their tables and taken into them.
 * @example adoptedLines({ tables: new Map([['Subtasks', { name: 'Subtasks', sheet: '子任务', headerRow: 1, headers: ['a'], rows: [['x'], ['y']] }]]), refRows: new Map([['Subtasks', 1]]) }) // → [{ table: 'Subtasks', sheet: '子任务', row: 3 }]
 */
export function adoptedLines(s: Pick<Structure, 'tables' | 'refRows'>): { table: string; sheet: string; row: number }[] {
  return LINE_TABLES.flatMap((name) => {
    const t = s.tables.get(name);
    const ref = s.refRows.get(name) ?? 0;
    if (!t) return [];
    return t.rows.flatMap((cells, i) => (i >= ref && cells.some((c) => c !== null && c !== '') ? [{ table: name, sheet: t.sheet, row: t.headerRow + 1 + i }] : []));
  });
}

export interface InPlaceRefresh {
  input: string;
  dest: string;
  loaded: Loaded & { structure: Structure };
  locale: Locale;
  tickets: Ticket[];
  stats: StatsReport;
  fixedAsOf: LocalDateTime | null;
}

/** The workbook's own name of the summary sheet: the plan's, or the same sheet in another language. */
function pivotsSheetOf(names: readonly string[], planned: string): string | null {
  if (names.includes(planned)) return planned;
  return Object.values(SHEET_NAMES.pivots).find((n) => names.includes(n)) ?? null;
}

/** ServiceBook's statistics and summary sheets of a structured workbook, regenerated from the plan under the workbook's own names. */
export function ownedSheetsEdit(r: Omit<InPlaceRefresh, 'input' | 'dest'>): { plan: WorkbookPlan; owned: { plan: SheetPlan; sheet: string }[]; warnings: string[] } {
  const s = r.loaded.structure;
  const pivots = pivotsSheetOf(s.sheetNames, SHEET_NAMES.pivots[r.locale]);
  // Only the statistics and summary sheets of the plan are used (with their charts and PivotTables),
  // under the workbook's own names: the Tickets sheet is not planned; the PivotTables and the holiday
  // note look at `summaryTickets`.
  const plan = planOf({
    settings: r.loaded.settings,
    locale: r.locale,
    tickets: [],
    summaryTickets: r.tickets,
    logs: [],
    subtasks: [],
    stats: r.stats,
    fixedAsOf: r.fixedAsOf,
    sheetNames: { stats: s.statsSheet ?? undefined, pivots: pivots ?? undefined },
  });
  const planned = (key: SheetPlan['key']): SheetPlan => plan.sheets.find((x) => x.key === key)!;
  const owned: { plan: SheetPlan; sheet: string }[] = [];
  const warnings: string[] = [];
  if (s.statsSheet) owned.push({ plan: planned('stats'), sheet: s.statsSheet });
  else warnings.push(t('warnNoStatsSheet'));
  if (pivots) owned.push({ plan: planned('pivots'), sheet: pivots });
  else warnings.push(t('warnNoPivotsSheet', { sheet: planned('pivots').name }));
  return { plan, owned, warnings: [...warnings, ...formulaWarnings(plan.formulasAsValues ?? [])] };
}

/** What a schema upgrade added, as `--json` lists it. */
export interface Upgraded {
  kind: 'table' | 'name';
  name: string;
  sheet: string;
  ref?: string;
}

/** The upgrade of this workbook: what its plan's configuration sheet has that the workbook lacks. */
export function upgradeOf(plan: WorkbookPlan, s: Structure): SchemaUpgrade {
  const config = plan.sheets.find((x) => x.key === 'config')!;
  return schemaUpgrade(config, plan.definedNames.filter((n) => n.sheet === config.name), s.tables, s.sheetNames);
}

/**
 * What the user is told of an upgrade: one line naming the tables added, one per sheet naming the
 * names written (each name's place is in the JSON). `written`: the names the editor wrote (those the workbook lacked).
 */
export function upgradeReport(u: SchemaUpgrade, written: readonly string[], preset: string): { warnings: string[]; upgraded: Upgraded[] } {
  const upgraded: Upgraded[] = [
    ...(u.newSheet?.blocks ?? []).map((b): Upgraded => ({ kind: 'table', name: b.name, sheet: u.newSheet!.sheet })),
    ...u.names.filter((n) => written.includes(n.name)).map((n): Upgraded => ({ kind: 'name', name: n.name, sheet: n.sheet, ref: n.ref })),
  ];
  // One line for the tables (they share the new sheet), one per sheet for the names: a deleted
  // configuration sheet is two lines, not 27.
  const tables = upgraded.filter((x) => x.kind === 'table');
  const names = upgraded.filter((x) => x.kind === 'name');
  const list = (xs: readonly Upgraded[]): string => xs.map((x) => x.name).join(t('listJoin'));
  const warnings = [
    ...(tables.length ? [t('upgradeTablesAdded', { tables: list(tables), sheet: tables[0].sheet, preset })] : []),
    ...[...new Set(names.map((x) => x.sheet))].map((sheet) => t('upgradeNamesSet', { names: list(names.filter((x) => x.sheet === sheet)), sheet })),
  ];
  return { warnings, upgraded };
}

/**
 * `warnings`: what to add to the run's warnings; `superseded`: a warning of the read that the
 * upgrade's lines replace (the one naming the Config tables it added).
 */
export async function refreshInPlace(r: InPlaceRefresh): Promise<{ warnings: string[]; upgraded: Upgraded[]; superseded: string[] }> {
  const s = r.loaded.structure;
  const { plan, owned, warnings } = ownedSheetsEdit(r);
  const upgrade = upgradeOf(plan, s);
  const unreadable = unreadableCells(r.loaded.problems);
  const others = ['Ticket_Log', 'Subtasks'].flatMap((name) => {
    const raw = s.tables.get(name);
    return raw ? [{ raw, clean: s.clean.get(name) ?? raw, refRows: s.refRows.get(name) ?? raw.rows.length }] : [];
  });
  const tickets = s.tables.get('Tickets')!;
  const edit = refreshEdit({
    tickets,
    cleanTickets: s.clean.get('Tickets') ?? tickets,
    ticketsIsRange: s.ticketsIsRange,
    completed: r.tickets,
    rows: r.loaded.rows,
    unreadable,
    others,
    // The completed tickets: every number the table was read with is still among them.
    knownTickets: knownTickets(r.tickets, r.loaded.settings.numbering),
    owned,
  });
  const body = edit.tables?.find((t) => t.table === 'Tickets')?.rows.length ?? tickets.rows.length;
  const colours = s.ticketsIsRange ? undefined : colourRulesOf(r, tickets, body);
  // ServiceBook's dropdowns follow a table that grew past them, with room to grow, as the colours do.
  const tables = edit.tables?.map((x) => ({ ...x, listRoom: GROWTH_ROWS }));
  const result = await editWorkbook(r.input, r.dest, { ...edit, tables, ownedPlan: plan, colours, ...(upgrade.newSheet ? { newSheet: upgrade.newSheet } : {}), definedNames: upgrade.names });
  const report = upgradeReport(upgrade, result.names, r.loaded.presetId);
  return { warnings: [...warnings, ...report.warnings], upgraded: report.upgraded, superseded: upgrade.newSheet && s.missingConfigNote ? [s.missingConfigNote] : [] };
}

/**
 * The Tickets sheet's red and amber colours for the workbook's configuration, over the body and
 * GROWTH_ROWS more rows; undefined for a table not at A1 or whose columns a team rearranged (its
 * colours are left as they are, as the add-in does).
 */
function colourRulesOf(r: InPlaceRefresh, tickets: TableData, bodyRows: number): WorkbookEdit['colours'] {
  if (tickets.headerRow !== 1 || (tickets.left ?? 1) !== 1) return undefined;
  const coverTo = 1 + Math.max(1, bodyRows) + GROWTH_ROWS;
  const rules = (businessTime: boolean): ColourRules | null => {
    const got = ticketRulesFor(r.loaded.settings, r.locale, tickets.sheet, tickets.headers, coverTo, businessTime);
    const [red, amber] = got?.conditionalFormats ?? [];
    return red && amber ? { red: { ref: red.ref, formula: red.formula }, amber: { ref: amber.ref, formula: amber.formula } } : null;
  };
  const byNames = rules(true);
  const clock = rules(false);
  return byNames && clock ? { table: 'Tickets', byNames, clock } : undefined;
}
