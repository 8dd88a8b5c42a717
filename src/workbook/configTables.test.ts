import { getPreset } from '../core/presets';
import { addDuration } from '../core/calendar/addDuration';
import { compileCalendar } from '../core/calendar/compileCalendar';
import { configTables, settingsFromTables } from './configTables';
import { configProblemMessage } from './configMessages';
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

describe('checks refresh relies on, reported by validate (settingsFromTables)', () => {
  const base = getPreset('seed004').settings;
  const read = (edit: (name: string, rows: PlanCell[][]) => void) => settingsFromTables(asRead(edit), getPreset('standard').settings);

  test('a numbering pattern without {seq:N} is a problem, and the preset’s pattern stays', () => {
    const r = read((name, rows) => {
      if (name === 'Config_Numbering') rows[0][0] = 'CS{yyyyMMdd}';
    });
    expect(r.problems.map((p) => [p.table, p.code])).toEqual([['Config_Numbering', 'numberingPattern']]);
    expect(r.problems[0].message).toContain('{seq:N}');
    expect(r.settings.numbering.pattern).toBe(getPreset('standard').settings.numbering.pattern);
  });

  test('a mistyped time zone is a problem, not silently UTC', () => {
    const r = read((name, rows) => {
      if (name === 'Config_Meta') rows.find((x) => x[0] === 'timeZone')![2] = 'Asia/Shanghia';
    });
    expect(r.problems.map((p) => [p.table, p.code, p.value])).toEqual([['Config_Meta', 'timeZone', 'Asia/Shanghia']]);
    expect(r.settings.calendar.timeZone).toBe(base.calendar.timeZone);
  });

  test('an SLA target beyond a year of open time is refused (refresh would walk for ever)', () => {
    const r = read((name, rows) => {
      if (name === 'Config_SLA') rows[0][4] = 1e9;
    });
    expect(r.problems.map((p) => [p.table, p.code])).toEqual([['Config_SLA', 'slaTooLong']]);
    expect(r.settings.sla).toHaveLength(base.sla.length - 1);
  });

  test('hours that open less than an hour a week are refused, the preset’s hours stay', () => {
    const r = read((name, rows) => {
      if (name !== 'Config_Hours') return;
      rows.splice(0, rows.length, ['周一', '09:00', '09:01']);
    });
    expect(r.problems.map((p) => [p.table, p.code])).toEqual([['Config_Hours', 'hoursTooFew']]);
    expect(r.settings.calendar.weekly).toEqual(base.calendar.weekly);
  });

  test('a desk open 08:00–22:00 has a 14-hour working day, whatever the 调休 rows say', () => {
    const r = read((name, rows) => {
      if (name !== 'Config_Hours') return;
      const keep = rows.filter((x) => x[0] === '调休');
      rows.splice(0, rows.length, ...['周一', '周二', '周三', '周四', '周五'].map((d) => [d, '08:00', '22:00']), ...keep);
    });
    expect(r.problems).toEqual([]);
    expect(compileCalendar(r.settings.calendar).workdayMinutes).toBe(14 * 60);
    expect(addDuration('2024-05-13T08:00', { amount: 1, unit: 'wd' }, compileCalendar(r.settings.calendar))).toBe('2024-05-13T22:00');
  });
});

test('a date listed twice in Config_Holidays, or as a holiday and a make-up day, is reported (the colours would count it twice)', () => {
  const r = settingsFromTables(
    asRead((name, rows) => {
      if (name !== 'Config_Holidays') return;
      const holiday = rows.find((x) => x[1] === '节假日')!;
      const makeup = rows.find((x) => x[1] === '调休上班')!;
      rows.push([holiday[0], '节假日', '重复粘贴'], [makeup[0], '节假日', '又写成节假日']);
    }),
    getPreset('standard').settings,
  );
  expect(r.problems.map((p) => p.code)).toEqual(['dateTwice', 'dateTwice']);
  expect(r.problems[0].message).toContain('已在第');
  expect(r.problems[0].column).toBe('日期');
  expect(configProblemMessage('dateTwice', 'en-US', r.problems[0].params)).toMatch(/already listed on row \d+/);
  // The engine counts such a date once (holidays first), as before.
  expect(r.settings.calendar.holidays.length).toBeGreaterThan(0);
});

test('every problem has a code, its zh-CN message unchanged, and reads in zh-TW and en-US', () => {
  const r = settingsFromTables(
    asRead((name, rows) => {
      if (name === 'Config_Hours') rows[0][0] = '礼拜八';
      if (name === 'Config_Holidays') rows[0][1] = '休息';
      if (name === 'Config_Meta') rows.find((x) => x[0] === 'vipRaisesPriority')![2] = '也许';
      if (name === 'Config_FollowUp') rows.find((x) => x[0] === 'warningHours')![2] = '很久';
    }),
    getPreset('standard').settings,
  );
  expect(r.problems.map((p) => [p.code, p.message])).toEqual([
    ['yesOrNo', '应为 是 或 否'],
    ['dayName', '应为 周日、周一、周二、周三、周四、周五、周六、调休日 之一'],
    ['dayType', '应为 节假日 或 调休上班'],
    ['nonNegative', '应为非负数'],
  ]);
  const en = r.problems.map((p) => configProblemMessage(p.code!, 'en-US', p.params));
  expect(en).toEqual(['Should be Yes or No', 'Should be one of Sun, Mon, Tue, Wed, Thu, Fri, Sat, Make-up day', 'Should be Holiday or Make-up working day', 'Should be a number of 0 or more']);
  expect(configProblemMessage('notCategory', 'zh-TW', { value: '售後' })).toBe('「售後」不是需求類型（諮詢、投訴、建議、變更、故障、其他）');
});

describe('a column a supervisor deleted from a Config table', () => {
  /** The tables as read, with column `header` removed from table `name` (header and every row). */
  function withoutColumn(name: string, header: string, locale: 'zh-CN' | 'en-US' = 'zh-CN'): Map<string, TableData> {
    const out = new Map<string, TableData>();
    for (const t of configTables(getPreset('seed004').settings, locale)) {
      const headers = t.columns.map((c) => c.header);
      const drop = t.name === name ? headers.indexOf(header) : -1;
      if (t.name === name) expect(drop).toBeGreaterThanOrEqual(0);
      const keep = <T>(xs: T[]): T[] => xs.filter((_, i) => i !== drop);
      out.set(t.name, { name: t.name, sheet: '配置', headerRow: 2, headers: keep(headers), rows: t.rows.map((r) => keep([...r])) as RawCell[][] });
    }
    return out;
  }

  test('Config_SLA without 客户等级: every rule still reads (for every customer level), and the missing column is named once', () => {
    const base = getPreset('seed004').settings;
    const r = settingsFromTables(withoutColumn('Config_SLA', '客户等级'), getPreset('standard').settings);
    // Before: the next column (响应时限) was read as the customer level and every row was refused.
    expect(r.settings.sla).toEqual(base.sla.map((x) => ({ ...x, customerLevel: '*' })));
    expect(r.problems.map((p) => [p.code, p.table, p.row, p.column])).toEqual([['columnMissing', 'Config_SLA', 2, '客户等级']]);
    expect(r.problems[0].message).toBe('缺少“客户等级”列：该列按留空处理，用默认值');
    expect(configProblemMessage('columnMissing', 'en-US', r.problems[0].params)).toBe('The column “客户等级” is missing: it is read as blank, and its default is used');
  });

  test('Config_Lists without a list column keeps the preset’s list, instead of reading its neighbour', () => {
    const tables = withoutColumn('Config_Lists', '责任部门');
    const r = settingsFromTables(tables, getPreset('seed004').settings);
    expect(r.settings.lists.departments).toEqual(getPreset('seed004').settings.lists.departments);
    expect(r.settings.lists.owners).toEqual(getPreset('seed004').settings.lists.owners);
    expect(r.problems.map((p) => [p.code, p.column])).toEqual([['columnMissing', '责任部门']]);
  });

  test('an en-US workbook names the missing column in its own language', () => {
    const r = settingsFromTables(withoutColumn('Config_Routing', 'Owner', 'en-US'), getPreset('standard').settings);
    expect(r.problems.map((p) => [p.code, p.column])).toEqual([['columnMissing', 'Owner']]);
    expect(r.settings.routing.map((x) => x.owner)).toEqual(getPreset('seed004').settings.routing.map(() => ''));
  });

  test('headers no language knows are still read by position (a table typed over with its own words)', () => {
    const tables = asRead();
    const sla = tables.get('Config_SLA')!;
    tables.set('Config_SLA', { ...sla, headers: sla.headers.map((_, i) => `列${i + 1}`) });
    const r = settingsFromTables(tables, getPreset('standard').settings);
    expect(r.problems).toEqual([]);
    expect(r.settings.sla).toEqual(getPreset('seed004').settings.sla);
  });
});
