import { getPreset } from '../core/presets';
import { FIELD_META } from '../core/schema/fieldMeta';
import { computeStats } from '../core/stats/computeStats';
import { periodContaining } from '../core/stats/period';
import { shareFormula } from '../core/stats/shareRule';
import { sampleWorkbook } from '../cli/sample';
import { buildWorkbookPlan, colLetter, exactCriterion, NAMES } from './plan';
import type { TablePlan, WorkbookPlan } from './types';
import { DUE_SOON_RULE, OVERDUE_RULE, ruleFormula } from '../core/sla/overdueRule';
import { colourRefs } from './plan/ticketsSheet';

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
  const refs = colourRefs(getPreset('standard').settings, 'zh-CN', letter);
  // The colours are the engine's rules, generated, not written a second time.
  expect(overdue.formula).toBe(ruleFormula(OVERDUE_RULE, refs));
  expect(soon.formula).toBe(ruleFormula(DUE_SOON_RULE, refs));
  expect(overdue.priority).toBeLessThan(soon.priority);
  // Due soon counts business time over the holiday table, in a formula Excel accepts.
  expect(soon.formula).toContain(NAMES.holidayDates);
  expect(soon.formula.length).toBeLessThan(8192);
  const names = new Map(p.definedNames.map((n) => [n.name, n]));
  expect(names.get(NAMES.holidayDates)?.ref).toMatch(/^\$A\$\d+:\$A\$\d+$/);
  expect(names.get(NAMES.holidayTypes)?.ref).toMatch(/^\$B\$\d+:\$B\$\d+$/);
});

test('SB_AsOf follows the clock: NOW(), or once the file is opened after a fixed --as-of, NOW() too', () => {
  const asOfCell = (p: WorkbookPlan) => {
    const name = p.definedNames.find((n) => n.name === NAMES.asOf)!;
    const sheet = p.sheets.find((s) => s.name === name.sheet)!;
    const m = /^\$([A-Z]+)\$(\d+)$/.exec(name.ref)!;
    for (const b of sheet.blocks) {
      if (b.kind !== 'cells') continue;
      const r = +m[2] - b.top;
      const c = m[1].charCodeAt(0) - 64 - b.left;
      if (r >= 0 && r < b.rows.length && c >= 0 && c < b.rows[r].length) return b.rows[r][c];
    }
    return undefined;
  };
  expect(asOfCell(plan('zh-CN', null))).toMatchObject({ formula: 'NOW()' });
  // Computed values use the fixed time; the colours never freeze at it.
  expect(asOfCell(plan('zh-CN', AS_OF))).toMatchObject({ formula: 'MAX(NOW(),DATE(2024,3,31)+TIME(23,0,0))' });
});

test('five pivot specs over Tickets, one per cross-tab block', () => {
  const p = plan();
  expect(p.pivots.map((x) => x.name)).toEqual(['SB_Pivot_categoryByStatus', 'SB_Pivot_channelByPriority', 'SB_Pivot_ownerBySlaState', 'SB_Pivot_categoryByEmotion', 'SB_Pivot_weeklyVolume']);
  const blocks = p.sheets.find((s) => s.key === 'pivots')!.blocks;
  // The formula cross-tabs; the file host's PivotTable cells and source are fileOnly blocks beside them.
  expect(blocks.filter((b) => !(b.kind === 'cells' && b.fileOnly))).toHaveLength(5);
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

describe('the statistics sheet: each block consistent on its own', () => {
  const p = plan();
  const summary = tables(p).find((t) => t.name === 'Stats_Summary')!;
  const classification = tables(p).find((t) => t.name === 'Stats_Classification')!;

  test('change = current − previous on every numeric row, as a formula that follows the live cells', () => {
    let checked = 0;
    summary.rows.forEach((row, i) => {
      const r = summary.top + 1 + i;
      const change = row[4];
      const cur = typeof row[2] === 'object' && row[2] !== null && 'result' in row[2] ? row[2].result : row[2];
      if (typeof cur !== 'number' || typeof row[3] !== 'number') return expect(change).toBeNull();
      expect(change).toMatchObject({ formula: `C${r}-D${r}` });
      expect((change as { result: number }).result).toBeCloseTo(cur - row[3], 6);
      checked++;
    });
    expect(checked).toBeGreaterThan(5);
  });

  test('shares are the counts next to them over their sum, by the one share rule of core', () => {
    const countCol = colLetter(classification.left + classification.columns.findIndex((c) => c.key === 'count'));
    const first = classification.top + 1;
    const last = classification.top + classification.rows.length;
    expect(classification.rows.length).toBeGreaterThan(1);
    classification.rows.forEach((row, i) => {
      const share = row[classification.columns.findIndex((c) => c.key === 'share')];
      expect(share).toMatchObject({ formula: shareFormula(`${countCol}${first + i}`, `SUM($${countCol}$${first}:$${countCol}$${last})`) });
    });
  });

  test('reports unknown response and resolution times as their own rows', () => {
    const keys = summary.rows.map((r) => r[0]);
    expect(keys).toEqual(expect.arrayContaining(['responseUnknown', 'resolutionUnknown']));
  });
});
