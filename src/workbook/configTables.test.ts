import { getPreset } from '../core/presets';
import { configTables, settingsFromTables } from './configTables';
import type { PlanCell, RawCell, TableData } from './types';

/** The config tables as a host would read them back (plain cells, header on row 2). */
function asRead(edit?: (name: string, rows: PlanCell[][]) => void): Map<string, TableData> {
  const settings = getPreset('seed004').settings;
  const out = new Map<string, TableData>();
  for (const t of configTables(settings, 'zh-CN')) {
    const rows = t.rows.map((r) => [...r]);
    edit?.(t.name, rows);
    out.set(t.name, { name: t.name, sheet: '配置', headerRow: 2, headers: t.columns.map((c) => c.header), rows: rows as RawCell[][] });
  }
  return out;
}

test('unchanged tables give the preset’s settings back, without problems', () => {
  const base = getPreset('seed004').settings;
  const r = settingsFromTables(asRead(), getPreset('standard').settings);
  expect(r.problems).toEqual([]);
  expect(r.settings).toEqual(base);
});

test('a supervisor’s edits are read: SLA amounts, hours typed as Excel times, yes/no words', () => {
  const r = settingsFromTables(
    asRead((name, rows) => {
      if (name === 'Config_SLA') rows[0][4] = 48;
      if (name === 'Config_Hours') rows[0][1] = 8.5 / 24; // 08:30 typed in Excel
      if (name === 'Config_Meta') rows.find((x) => x[0] === 'vipRaisesPriority')![2] = '否';
    }),
    getPreset('standard').settings,
  );
  expect(r.problems).toEqual([]);
  expect(r.settings.sla[0].resolve.amount).toBe(48);
  expect(r.settings.calendar.weekly[1][0].start).toBe('08:30');
  expect(r.settings.vipRaisesPriority).toBe(false);
});

test('invalid entries name the sheet, row and column; the rest of the table still applies', () => {
  const base = getPreset('seed004').settings;
  const r = settingsFromTables(
    asRead((name, rows) => {
      if (name === 'Config_SLA') rows[1][3] = '天';
      if (name === 'Config_Hours') rows[0][2] = '8点';
      if (name === 'Config_FollowUp') rows.find((x) => x[0] === 'warningHours')![2] = '很久';
    }),
    base,
  );
  expect(r.problems.map((p) => [p.table, p.row, p.column, p.value])).toEqual([
    ['Config_SLA', 4, '响应单位', '天'],
    ['Config_Hours', 3, '结束', '8点'],
    ['Config_FollowUp', expect.any(Number), '值', '很久'],
  ]);
  expect(r.problems.every((p) => p.sheet === '配置' && p.message.length > 0)).toBe(true);
  expect(r.settings.sla).toHaveLength(base.sla.length - 1);
  expect(r.settings.followUp.warningHours).toBe(base.followUp.warningHours);
});
