import { getPreset } from '../core/presets';
import { configSheet } from './plan/configSheet';
import { boxRef, freeSheetName, refBox, schemaUpgrade } from './schemaUpgrade';
import type { TableData, TablePlan } from './types';

const plan = configSheet(getPreset('standard').settings, 'zh-CN', '', '配置');
const blocks = plan.sheet.blocks as TablePlan[];
/** The workbook's tables as init wrote them, but for `without`. */
const tablesOf = (without: readonly string[]): Map<string, TableData> =>
  new Map(blocks.filter((b) => !without.includes(b.name)).map((b) => [b.name, { name: b.name, sheet: '配置', headerRow: b.top, left: b.left, headers: b.columns.map((c) => c.header), rows: b.rows.map(() => []) }]));
const SHEETS = ['说明', '工单', '配置'];

test('sheet names and references', () => {
  expect(freeSheetName('配置', SHEETS)).toBe('配置 (2)');
  expect(freeSheetName('Settings', ['settings', 'Settings (2)'])).toBe('Settings (3)');
  expect(freeSheetName('配置', ['工单'])).toBe('配置');
  expect(refBox('$B$36:$B$804')).toEqual({ top: 36, left: 2, bottom: 804, right: 2 });
  expect(boxRef({ top: 5, left: 3, bottom: 5, right: 3 })).toBe('$C$5');
});

test('an up-to-date workbook needs nothing', () => {
  const u = schemaUpgrade(plan.sheet, plan.definedNames, tablesOf([]), SHEETS);
  expect(u.newSheet).toBeNull();
  // Every name is proposed where init put it, to be added only if the workbook lacks it.
  expect(u.names.map((n) => [n.name, n.sheet, n.ref, n.replace])).toEqual(plan.definedNames.map((n) => [n.name, '配置', n.ref, false]));
});

test('a missing table goes on a new sheet, stacked from row 2; the names over it are set anew there', () => {
  const u = schemaUpgrade(plan.sheet, plan.definedNames, tablesOf(['Config_Holidays', 'Config_FollowUp']), SHEETS);
  expect(u.newSheet!.sheet).toBe('配置 (2)');
  const [fu, hol] = [...u.newSheet!.blocks].sort((a, b) => a.name.localeCompare(b.name));
  expect([hol.name, hol.top, hol.left, hol.caption]).toEqual(['Config_Holidays', 2, 1, 'Config_Holidays']);
  // In the plan's order: Config_Holidays before Config_FollowUp, three rows apart.
  expect(fu.top).toBe(2 + hol.rows.length + 3);
  expect(hol.rows).toEqual(blocks.find((b) => b.name === 'Config_Holidays')!.rows);
  const byName = new Map(u.names.map((n) => [n.name, n]));
  expect(byName.get('SB_HolidayDates')).toEqual({ name: 'SB_HolidayDates', sheet: '配置 (2)', ref: `$A$3:$A$${2 + hol.rows.length}`, replace: true });
  expect(byName.get('SB_HolidayTypes')!.ref).toBe(`$B$3:$B$${2 + hol.rows.length}`);
  const warnRow = fu.rows.findIndex((r) => r[0] === 'warningHours');
  expect(byName.get('SB_WarnHours')).toEqual({ name: 'SB_WarnHours', sheet: '配置 (2)', ref: `$C$${fu.top + 1 + warnRow}`, replace: true });
  expect(byName.get('SB_List_units')!.replace).toBe(false);
});

test('names over a table that moved follow it: by header row, by header, to its bottom', () => {
  const tables = tablesOf([]);
  const hol = tables.get('Config_Holidays')!;
  // The team moved the table to D10, swapped its date and type columns and kept 3 rows.
  tables.set('Config_Holidays', { ...hol, headerRow: 10, left: 4, headers: [hol.headers[1], hol.headers[0], hol.headers[2]], rows: [[], [], []] });
  const byName = new Map(schemaUpgrade(plan.sheet, plan.definedNames, tables, SHEETS).names.map((n) => [n.name, n.ref]));
  expect(byName.get('SB_HolidayDates')).toBe('$E$11:$E$13');
  expect(byName.get('SB_HolidayTypes')).toBe('$D$11:$D$13');
});

test('a workbook with no ServiceBook table but Tickets (a team table named Tickets) is not upgraded', () => {
  const tickets: TableData = { name: 'Tickets', sheet: '台账', headerRow: 1, headers: ['工单编号'], rows: [] };
  expect(schemaUpgrade(plan.sheet, plan.definedNames, new Map([['Tickets', tickets]]), ['台账'])).toEqual({ newSheet: null, names: [] });
  // With its log table it is ServiceBook's, whose configuration sheet was deleted: all of it comes back, on a sheet named as init names it.
  const u = schemaUpgrade(plan.sheet, plan.definedNames, new Map([['Tickets', tickets], ['Ticket_Log', { ...tickets, name: 'Ticket_Log' }]]), ['台账', '处理记录']);
  expect(u.newSheet!.sheet).toBe('配置');
  expect(u.newSheet!.blocks.map((b) => b.name)).toEqual(blocks.map((b) => b.name));
  expect(u.names.every((n) => n.replace && n.sheet === '配置')).toBe(true);
});
