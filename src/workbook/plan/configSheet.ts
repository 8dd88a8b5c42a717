/**
 * The 配置 sheet: the Config_… tables a supervisor edits (stacked vertically, each under its name), the `SB_List_*` names the list
 * validations point at, `SB_WarnHours`, and the validations of Config_SLA.
 */
import type { Locale } from '../../core/schema/fieldMeta';
import type { Settings } from '../../core/settings/settings';
import { configTables, LIST_COLUMNS, listName, listValues } from '../configTables';
import type { DefinedNamePlan, PageSetupPlan, SheetPlan, TablePlan, ValidationPlan } from '../types';
import { addr, NAMES } from './names';
import { pageFooter, REPORT_SCALE } from './pageSetup';

/** Rows the list names cover in Config_Lists, so a supervisor can append items. */
const LIST_ROOM = 60;
/** The fixed vocabularies cover exactly their values; open lists leave room to append. */
const FIXED_LISTS = ['categories', 'levels', 'statuses', 'customerLevels', 'satisfaction', 'units'];

export interface ConfigSheet {
  sheet: SheetPlan;
  definedNames: DefinedNamePlan[];
  validations: ValidationPlan[];
}

export function configSheet(settings: Settings, locale: Locale, numberingExample: string, name: string): ConfigSheet {
  // Stacked one under another, each under its caption, so the sheet reads and prints top to
  // bottom; Config_Lists comes last so its list names can cover room to append below it.
  const tables = configTables(settings, locale, numberingExample);
  // Config_Reserved grows with every archive run (servicebook archive edits it in place), so it
  // stands alone to the right of the stack, with nothing below it.
  const stacked = tables.filter((t) => t.name !== 'Config_Reserved');
  const ordered = [...stacked.filter((t) => t.name !== 'Config_Lists'), ...stacked.filter((t) => t.name === 'Config_Lists')];
  const blocks: TablePlan[] = [];
  let top = 2;
  for (const t of ordered) {
    blocks.push({ ...t, top, left: 1, caption: t.name });
    top += Math.max(1, t.rows.length) + 3;
  }
  const reserved = tables.find((t) => t.name === 'Config_Reserved');
  if (reserved) blocks.push({ ...reserved, top: 2, left: Math.max(...ordered.map((t) => t.columns.length)) + 2, caption: reserved.name });
  const definedNames: DefinedNamePlan[] = [];
  const lists = blocks.find((b) => b.name === 'Config_Lists')!;
  const values = listValues(settings, locale);
  LIST_COLUMNS.forEach((k, i) => {
    const c = lists.left + i;
    const last = lists.top + (FIXED_LISTS.includes(k) ? Math.max(1, values[k].length) : Math.max(lists.rows.length, LIST_ROOM));
    definedNames.push({ name: listName(k), sheet: name, ref: `${addr(lists.top + 1, c, true)}:${addr(last, c, true)}` });
  });
  const followUp = blocks.find((b) => b.name === 'Config_FollowUp')!;
  const warnRow = followUp.rows.findIndex((r) => r[0] === 'warningHours');
  definedNames.push({ name: NAMES.warnHours, sheet: name, ref: addr(followUp.top + 1 + warnRow, followUp.left + 2, true) });
  const holidays = blocks.find((b) => b.name === 'Config_Holidays')!;
  const holidayRows = (c: number): string => `${addr(holidays.top + 1, holidays.left + c, true)}:${addr(holidays.top + Math.max(1, holidays.rows.length), holidays.left + c, true)}`;
  definedNames.push({ name: NAMES.holidayDates, sheet: name, ref: holidayRows(holidays.columns.findIndex((c) => c.key === 'date')) });
  definedNames.push({ name: NAMES.holidayTypes, sheet: name, ref: holidayRows(holidays.columns.findIndex((c) => c.key === 'dayType')) });

  // SLA units must be one of h / bh / wd.
  const sla = blocks.find((b) => b.name === 'Config_SLA')!;
  const validations: ValidationPlan[] = [];
  for (const k of ['responseUnit', 'resolveUnit'])
    validations.push({ table: 'Config_SLA', column: k, listName: listName('units'), fromRow: sla.top + 1, toRow: sla.top + 50, allowBlank: false, strict: true });
  validations.push({ table: 'Config_SLA', column: 'priority', listName: listName('levels'), fromRow: sla.top + 1, toRow: sla.top + 50, allowBlank: false, strict: true });

  // One page wide: Config_Lists has a column per list and is the widest table.
  const pageSetup: PageSetupPlan = { orientation: 'landscape', scale: REPORT_SCALE, fitToWidth: 1, margins: 'narrow', order: 'downThenOver', header: { left: name }, footer: pageFooter(name, locale) };
  const sheet: SheetPlan = { key: 'config', name, blocks, showGridLines: true, pageSetup, tabColor: '7F7F7F' };
  return { sheet, definedNames, validations };
}
