import { getPreset } from '../core/presets';
import { FIELD_META } from '../core/schema/fieldMeta';
import { computeStats } from '../core/stats/computeStats';
import { periodContaining } from '../core/stats/period';
import { sampleWorkbook } from '../cli/sample';
import { buildWorkbookPlan, colLetter, exactCriterion, NAMES } from './plan';
import type { TablePlan, WorkbookPlan } from './types';

const AS_OF = '2024-03-31T23:00';
function plan(locale: 'zh-CN' | 'zh-TW' | 'en-US' = 'zh-CN', fixedAsOf: string | null = AS_OF): WorkbookPlan {
  const settings = getPreset('standard').settings;
  const { tickets, logs, subtasks } = sampleWorkbook(12, settings);
  const stats = computeStats(tickets, { period: periodContaining('month', AS_OF), asOf: AS_OF, settings, log: logs });
  return buildWorkbookPlan({ settings, locale, tickets, logs, subtasks, stats, fixedAsOf });
}
const tables = (p: WorkbookPlan): TablePlan[] => p.sheets.flatMap((s) => s.blocks.filter((b): b is TablePlan => b.kind === 'table'));

test('column letters', () => {
  expect([1, 26, 27, 52, 53, 702, 703].map(colLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
});

test('criteria match exactly: wildcards escaped, blanks for (空)', () => {
  expect(exactCriterion('咨询')).toBe('"=咨询"');
  expect(exactCriterion('a*b?c~')).toBe('"=a~*b~?c~~"');
  expect(exactCriterion('(空)')).toBe('""');
  expect(exactCriterion('say "x"')).toBe('"=say ""x"""');
});

test.each([['zh-CN'], ['zh-TW'], ['en-US']] as const)('%s: table names are fixed, sheet names and headers localised', (locale) => {
  const p = plan(locale);
  const names = tables(p).map((t) => t.name);
  for (const n of ['Tickets', 'Ticket_Log', 'Subtasks', 'Config_Meta', 'Config_Lists', 'Config_SLA', 'Config_Hours', 'Config_Holidays', 'Config_Numbering', 'Config_Routing', 'Config_Keywords', 'Config_Suggestions', 'Config_Scripts', 'Config_FollowUp', 'Stats_Summary', 'Stats_Classification'])
    expect(names).toContain(n);
  const tickets = tables(p).find((t) => t.name === 'Tickets')!;
  expect(tickets.columns[0].header).toBe(FIELD_META.id.labels[locale]);
  expect(tickets.columns.find((c) => c.key === 'receivedAt')!.numFmt).toBe('yyyy-mm-dd hh:mm');
  expect(new Set(p.sheets.map((s) => s.name)).size).toBe(p.sheets.length);
});

test('list validations point at defined names over plain Config_Lists ranges, never INDIRECT', () => {
  const p = plan();
  const ticketLists = p.validations.filter((v) => v.table === 'Tickets').map((v) => v.column);
  expect(ticketLists).toEqual(expect.arrayContaining(['category', 'channel', 'urgency', 'priority', 'status', 'customerLevel', 'satisfaction']));
  for (const v of p.validations) {
    const name = p.definedNames.find((n) => n.name === v.listName);
    expect(name).toBeDefined();
    expect(name!.ref).toMatch(/^\$[A-Z]+\$\d+:\$[A-Z]+\$\d+$/);
  }
  expect(JSON.stringify(p)).not.toMatch(/INDIRECT/i);
});

test('the colour rules compare the due columns of Tickets with SB_AsOf and SB_WarnHours', () => {
  const p = plan();
  const tickets = tables(p).find((t) => t.name === 'Tickets')!;
  const letter = (k: string): string => colLetter(tickets.columns.findIndex((c) => c.key === k) + 1);
  const [overdue, soon] = p.conditionalFormats;
  expect(overdue.style).toEqual({ fill: 'FFC7CE', font: '9C0006' });
  expect(soon.style).toEqual({ fill: 'FFEB9C', font: '9C5700' });
  for (const k of ['status', 'responseDue', 'resolveDue', 'firstResponseAt']) expect(overdue.formula).toContain(`$${letter(k)}2`);
  expect(overdue.formula).toContain(NAMES.asOf);
  expect(soon.formula).toContain(NAMES.warnHours);
  expect(overdue.priority).toBeLessThan(soon.priority);
});

test('SB_AsOf holds =NOW() unless the run fixed the as-of time', () => {
  const cell = (p: WorkbookPlan) => p.sheets.find((s) => s.key === 'stats')!.blocks.find((b) => b.kind === 'cells' && b.id === 'period')!.rows[3][1];
  expect(cell(plan('zh-CN', null))).toMatchObject({ formula: 'NOW()' });
  expect(cell(plan('zh-CN', AS_OF))).toMatchObject({ datetime: AS_OF });
});

test('five pivot specs over Tickets, one per cross-tab block', () => {
  const p = plan();
  expect(p.pivots.map((x) => x.name)).toEqual(['SB_Pivot_categoryByStatus', 'SB_Pivot_channelByPriority', 'SB_Pivot_ownerBySlaState', 'SB_Pivot_categoryByEmotion', 'SB_Pivot_weeklyVolume']);
  const blocks = p.sheets.find((s) => s.key === 'pivots')!.blocks;
  expect(blocks).toHaveLength(5);
});

test('extra columns never repeat a header of the table (Excel would repair the file)', () => {
  const settings = getPreset('standard').settings;
  const { tickets } = sampleWorkbook(2, settings);
  tickets[0] = { ...tickets[0], extra: { 备注: 'x', '': 'y', 序号: 1 } };
  const stats = computeStats(tickets, { period: periodContaining('month', AS_OF), asOf: AS_OF, settings });
  const p = buildWorkbookPlan({ settings, locale: 'zh-CN', tickets, logs: [], subtasks: [], stats, fixedAsOf: AS_OF });
  const headers = tables(p).find((t) => t.name === 'Tickets')!.columns.map((c) => c.header);
  expect(new Set(headers).size).toBe(headers.length);
  expect(headers).toEqual(expect.arrayContaining(['备注', '备注_2', '序号']));
  expect(headers.every((h) => h.trim() !== '')).toBe(true);
});

test.each([
  ['zh-CN', '重新编号', '问题'],
  ['zh-TW', '重新編號', '問題'],
  ['en-US', 'Renumbered', 'Problem'],
] as const)('%s: the import report names a renumbering as its own kind, apart from problems', (locale, renumbered, problem) => {
  const settings = getPreset('standard').settings;
  const { tickets, logs, subtasks } = sampleWorkbook(3, settings);
  const stats = computeStats(tickets, { period: periodContaining('month', AS_OF), asOf: AS_OF, settings, log: logs });
  const importReport = [
    { kind: 'renumbered' as const, row: 4, column: '工单编号', field: 'id', detail: '编号重复，由 A 改为 B' },
    { kind: 'problem' as const, row: 5, column: '受理时间', field: 'receivedAt', detail: '无法识别的时间' },
  ];
  const p = buildWorkbookPlan({ settings, locale, tickets, logs, subtasks, stats, fixedAsOf: AS_OF, importReport });
  const report = tables(p).find((t) => t.name === 'Import_Report')!;
  expect(report.rows.map((r) => [r[0], r[1]])).toEqual([
    [renumbered, 4],
    [problem, 5],
  ]);
});
