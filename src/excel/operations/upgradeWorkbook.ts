/**
 * 补齐配置: the schema upgrade `servicebook refresh` makes in place (src/workbook/schemaUpgrade),
 * made in the open workbook. A workbook an earlier ServiceBook wrote, or one whose supervisor
 * deleted a Config table or a name, gets what the current version writes of the configuration
 * sheet: the missing `Config_…` tables (defaults, in the workbook's language) on a new sheet
 * named as setup names the configuration sheet (配置, or 配置 (2) when taken), and the missing
 * names (SB_HolidayDates …) over their tables wherever they are. Nothing else is written: the
 * team's sheets, tables and names stay as they are. The syncs of loadState to look (its reads
 * go with them), one to write.
 */
import { SHEET_NAMES } from '../../workbook/labels';
import { configSheet } from '../../workbook/plan/configSheet';
import { schemaUpgrade, type SchemaUpgrade } from '../../workbook/schemaUpgrade';
import type { TableData } from '../../workbook/types';
import { writeTableBlock } from '../applyPlan';
import { BlockWriter } from '../blockWriter';
import type { UpgradeSummary } from '../serviceBookHost';
import type { Session } from '../session';
import { quoteSheet } from '../sheetNames';
import { loadState, type WorkbookState } from '../workbookState';
import { asOfFor, numberingExampleFor, requireFeature, workbookLocale, type OpEnv } from './env';

interface UpgradePlan {
  upgrade: SchemaUpgrade;
  /** The names the upgrade writes: those the workbook lacks or whose reference is broken, and those it sets anew. */
  names: SchemaUpgrade['names'];
  /** Names the workbook has (lower case), to delete before writing one anew. */
  existing: Set<string>;
}

/** What the upgrade reads besides the workbook state: its sheets' and names' names. */
export interface UpgradeReads {
  sheets: Excel.WorksheetCollection;
  names: Excel.NamedItemCollection;
}

/**
 * Queues the reads the upgrade needs, to go with the caller's next sync (loadState's first): no
 * sync of their own. A name's formula needs ExcelApi 1.7; below it every name present counts as whole.
 */
export const queueUpgradeReads = (s: Session, env: OpEnv): UpgradeReads => ({
  sheets: s.workbook.worksheets.load('items/name'),
  names: s.workbook.names.load(env.caps.nameFormulas ? 'items/name,type,formula' : 'items/name,type'),
});

/** What the upgrade of the workbook read as `state` adds (nothing for an unstructured one). */
function planUpgrade(env: OpEnv, state: WorkbookState, reads: UpgradeReads): UpgradePlan | null {
  if (!state.structured) return null;
  const locale = workbookLocale(env, state);
  const config = configSheet(state.settings, locale, numberingExampleFor(state.settings, asOfFor(env, state.settings)), SHEET_NAMES.config[locale]);
  // The tables the workbook has: Config_… whole, the large ones by their place and size.
  const tables = new Map<string, TableData>(state.config);
  for (const shape of Object.values(state.shapes)) {
    if (shape) tables.set(shape.name, { name: shape.name, sheet: shape.sheet, headerRow: shape.headerRow, left: shape.firstColumn, headers: shape.headers, rows: Array.from({ length: shape.bodyRows }, () => []) });
  }
  const upgrade = schemaUpgrade(config.sheet, config.definedNames, tables, reads.sheets.items.map((x) => x.name));
  // A name is whole when it refers to a range; #REF! (its sheet or cells deleted) counts as missing, as in the command.
  const items = reads.names.items;
  const whole = new Set(items.filter((n) => n.type !== 'Error' && !(env.caps.nameFormulas && String(n.formula).includes('#REF!'))).map((n) => n.name.toLowerCase()));
  return {
    upgrade,
    names: upgrade.names.filter((n) => n.replace || !whole.has(n.name.toLowerCase())),
    existing: new Set(items.map((n) => n.name.toLowerCase())),
  };
}

const summaryOf = (p: UpgradePlan): UpgradeSummary => ({
  sheet: p.upgrade.newSheet?.sheet ?? null,
  tables: (p.upgrade.newSheet?.blocks ?? []).map((b) => b.name),
  names: p.names.map((n) => n.name),
});

/** What the upgrade would add to the workbook read as `state` (with `reads`), or null when it needs none. */
export function upgradeNeeded(env: OpEnv, state: WorkbookState, reads: UpgradeReads): UpgradeSummary | null {
  const p = planUpgrade(env, state, reads);
  if (!p) return null;
  const summary = summaryOf(p);
  return summary.tables.length || summary.names.length ? summary : null;
}

/** Adds what the workbook lacks; says what it added (nothing for an up-to-date workbook). */
export async function upgradeWorkbook(s: Session, env: OpEnv): Promise<UpgradeSummary> {
  requireFeature(env, 'names');
  const reads = queueUpgradeReads(s, env);
  const p = planUpgrade(env, await loadState(s, {}), reads);
  if (!p) return { sheet: null, tables: [], names: [] };
  const summary = summaryOf(p);
  if (!summary.tables.length && !summary.names.length) return summary;
  const writer = new BlockWriter(s);
  const wb = s.workbook;
  const added = p.upgrade.newSheet;
  if (added) {
    s.wrote();
    const ws = wb.worksheets.add(added.sheet);
    const ranges: { name: string; style: string; address: string }[] = [];
    for (const b of added.blocks) ranges.push({ name: b.name, style: b.style, address: await writeTableBlock(writer, ws, added.sheet, b, env.caps) });
    await writer.add(200, () => {
      for (const r of ranges) {
        const t = ws.tables.add(r.address, true);
        t.name = r.name;
        t.style = r.style;
      }
    });
  }
  await writer.add(200 * p.names.length, () => {
    for (const n of p.names) {
      if (p.existing.has(n.name.toLowerCase())) wb.names.getItem(n.name).delete();
      wb.names.add(n.name, `=${quoteSheet(n.sheet)}!${n.ref}`);
    }
  });
  await writer.finish(true);
  return summary;
}
