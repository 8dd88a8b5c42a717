import { configProblemLine, configProblemMessage } from './configMessages';
import { missingConfigTablesProblem } from './configTables';
import type { ConfigProblem } from './configTables';

const sla: ConfigProblem = {
  table: 'Config_SLA',
  sheet: '配置',
  row: 14,
  column: '客户等级',
  value: '',
  message: '',
  code: 'columnMissing',
  params: { value: '', column: '客户等级' },
};

describe('configProblemLine: where a configuration problem is, and what, in one line (the command and 检查 alike)', () => {
  it('names sheet, table, row and column, and the value when there is one', () => {
    expect(configProblemLine(sla, 'zh-CN')).toBe('「配置」表 Config_SLA 第 14 行「客户等级」：缺少“客户等级”列：该列按留空处理，用默认值');
    const typo: ConfigProblem = { table: 'Config_Hours', sheet: '配置', row: 3, column: '结束', value: '8点', message: '', code: 'endAfterStart', params: { value: '8点' } };
    expect(configProblemLine(typo, 'zh-TW')).toBe('「配置」表 Config_Hours 第 3 列「结束」（8点）：' + configProblemMessage('endAfterStart', 'zh-TW', typo.params));
    expect(configProblemLine(typo, 'en-US')).toBe("sheet '配置', table Config_Hours, row 3, '结束' (8点): " + configProblemMessage('endAfterStart', 'en-US', typo.params));
  });

  it('a problem of the whole workbook (no sheet, no row) is its message alone', () => {
    const p = missingConfigTablesProblem(new Set(['Tickets', 'Config_Meta']), 'seed004')!;
    expect(configProblemLine(p, 'zh-CN')).toBe(configProblemMessage('tablesMissing', 'zh-CN', p.params));
    expect(configProblemLine(p, 'zh-CN')).not.toContain('第 0 行');
  });

  it('masks a contact or ID-card number typed into the value', () => {
    const p: ConfigProblem = { ...sla, code: 'invalidRow', value: '13812345678', params: { value: '13812345678', detail: 'x' } };
    expect(configProblemLine(p, 'zh-CN')).not.toContain('13812345678');
  });
});

describe('missingConfigTablesProblem', () => {
  it('names every Config table the workbook lacks, in one problem, and the preset whose defaults apply', () => {
    const p = missingConfigTablesProblem(new Set(['Tickets', 'Config_Meta', 'Config_Lists', 'Config_SLA', 'Config_Hours', 'Config_Numbering', 'Config_Routing', 'Config_Keywords', 'Config_Suggestions', 'Config_Scripts', 'Config_FollowUp']), 'seed004');
    expect(p).toMatchObject({ code: 'tablesMissing', table: 'Config_Holidays', sheet: '', row: 0 });
    expect(configProblemMessage('tablesMissing', 'zh-CN', p!.params)).toBe('工作簿缺少配置表 Config_Holidays、Config_Reserved：这些规则使用预设「seed004」的默认值');
    expect(configProblemMessage('tablesMissing', 'en-US', p!.params)).toBe('The workbook has no Config_Holidays, Config_Reserved table: those rules use the defaults of preset seed004');
    expect(configProblemMessage('tablesMissing', 'zh-TW', p!.params)).toBe('活頁簿缺少設定表 Config_Holidays、Config_Reserved：這些規則使用預設「seed004」的預設值');
  });

  it('is null when none is missing', () => {
    expect(missingConfigTablesProblem(new Set(['Config_Meta', 'Config_Lists', 'Config_SLA', 'Config_Hours', 'Config_Holidays', 'Config_Numbering', 'Config_Reserved', 'Config_Routing', 'Config_Keywords', 'Config_Suggestions', 'Config_Scripts', 'Config_FollowUp']), 'standard')).toBeNull();
  });
});
