import { CATEGORIES } from '../schema/enums';
import { settingsSchema } from '../settings/settings';
import { TICKET_FIELDS } from '../schema/ticket';
import { LOCALES } from '../schema/fieldMeta';
import { parsePattern } from '../numbering/pattern';
import { defaultCalendarSettings } from '../settings/defaultCalendar';
import { defaultSettings, detectPreset, getPreset, PRESETS, PRESET_IDS } from './index';

const ruleOf = (id: string, priority: string, customerLevel = '*') =>
  getPreset(id).settings.sla.find((r) => r.priority === priority && r.customerLevel === customerLevel);

describe('presets', () => {
  test.each(PRESET_IDS.map((id) => [id]))('%s: valid Settings, labels in every locale, known unique columns, valid numbering', (id) => {
    const p = getPreset(id);
    const parsed = settingsSchema.safeParse(p.settings);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    expect(p.settings.preset).toBe(id);
    for (const l of LOCALES) expect(p.labels[l]).toBeTruthy();
    expect(p.columns.every((c) => TICKET_FIELDS.includes(c))).toBe(true);
    expect(new Set(p.columns).size).toBe(p.columns.length);
    expect(p.columns[0]).toBe('id');
    expect(() => parsePattern(p.settings.numbering.pattern)).not.toThrow();
    expect(p.settings.calendar).toEqual(defaultCalendarSettings());
    expect(p.settings.masking.contacts).toBe(true);
    expect(p.settings.defaultUrgency).toBe('中');
    expect(p.settings.initialStatus).toBe('待受理');
    for (const level of ['高', '中', '低']) expect(ruleOf(id, level)).toBeDefined();
  });

  test('PRESETS lists each id once and getPreset returns fresh copies', () => {
    expect(PRESETS.map((p) => p.id)).toEqual([...PRESET_IDS]);
    const a = getPreset('seed002');
    a.settings.lists.channels.push('改过');
    expect(getPreset('seed002').settings.lists.channels).not.toContain('改过');
    expect(getPreset('nonsense').id).toBe('standard');
    expect(defaultSettings().preset).toBe('standard');
  });

  test('numbering patterns of the seeds', () => {
    expect(getPreset('seed001').settings.numbering.pattern).toBe('CW{yyyyMMdd}{seq:4}');
    expect(getPreset('seed002').settings.numbering.pattern).toBe('CS{yyyyMMdd}{seq:3}');
    expect(getPreset('seed004').settings.numbering.pattern).toBe('{yyyyMM}-{seq:4}');
  });

  test('SLA matrices', () => {
    expect(ruleOf('standard', '高')).toMatchObject({ response: { amount: 4, unit: 'h' }, resolve: { amount: 24, unit: 'h' } });
    expect(ruleOf('standard', '中')).toMatchObject({ response: { amount: 1, unit: 'wd' }, resolve: { amount: 3, unit: 'wd' } });
    expect(ruleOf('seed000', '低')).toMatchObject({ response: { amount: 3, unit: 'wd' }, resolve: { amount: 5, unit: 'wd' } });
    expect(ruleOf('seed001', '高')).toMatchObject({ response: { amount: 1, unit: 'h' }, resolve: { amount: 4, unit: 'h' } });
    expect(ruleOf('seed001', '低')).toMatchObject({ response: { amount: 24, unit: 'h' }, resolve: { amount: 3, unit: 'wd' } });
    expect(ruleOf('seed002', '高')?.response).toEqual({ amount: 2, unit: 'h' });
    expect(ruleOf('seed004', '中')).toMatchObject({ response: { amount: 8, unit: 'h' }, resolve: { amount: 3, unit: 'wd' } });
    // VIP rows are tighter than the rows for everyone.
    for (const level of ['高', '中', '低']) {
      const vip = ruleOf('seed004', level, 'VIP');
      const all = ruleOf('seed004', level);
      const hours = (d: { amount: number; unit: string }) => d.amount * (d.unit === 'wd' ? 8 : 1);
      expect(vip && all && hours(vip.response) < hours(all.response) && hours(vip.resolve) < hours(all.resolve)).toBe(true);
    }
  });

  test('routing, keywords, follow-up and rating dimensions follow the seeds', () => {
    const route = (id: string, category: string) => getPreset(id).settings.routing.find((r) => r.category === category && r.keyword === '');
    expect(route('seed000', '咨询')?.department).toBe('产品支持组');
    expect(route('seed000', '投诉')?.owner).toBe('客服主管');
    expect(route('seed000', '变更')?.department).toBe('业务办理组');
    expect(route('seed002', '故障')?.department).toBe('技术部');
    expect(getPreset('seed002').settings.routing.find((r) => r.keyword === '物流')?.department).toBe('供应链部');
    expect(getPreset('seed003').settings.lists.departments).toEqual(['产品部', '运营部', '客服部']);
    const high = defaultSettings().priorityKeywords.filter((k) => k.level === '高').map((k) => k.keyword);
    expect(high).toEqual(expect.arrayContaining(['重大损失', '资金纠纷', '安全隐患', '安全问题', '生产停机', '业务中断', '无法使用', '强烈投诉', '品牌声誉']));
    expect(defaultSettings().priorityKeywords.filter((k) => k.level === '低').map((k) => k.keyword)).toEqual(expect.arrayContaining(['信息查询', '查询', '建议']));
    expect(getPreset('seed002').settings.followUp.progressEveryHours).toBe(6);
    expect(getPreset('seed001').settings.followUp).toMatchObject({ progressEveryHours: 24, reopenAtOrBelow: 2, acceptWithinHours: 1 });
    expect(getPreset('seed004').settings.followUp).toMatchObject({ acceptWithinHours: 1, directorAfterOverdueHours: 24, revisitWorkingDays: 3, warningHours: 4 });
    expect(getPreset('seed001').settings.ratingDimensions).toEqual(['解决效率', '服务态度', '方案合理性']);
    expect(getPreset('seed004').settings.ratingDimensions).toEqual(['响应速度', '处理结果', '服务态度', '沟通效率']);
  });

  test('scripts and suggestions from seed 003', () => {
    const scripts = defaultSettings().scripts;
    for (const scenario of ['开场白', '身份核实', '致歉', '问题引导', '安抚', '结束语', 'VIP问候', '回访']) expect(scripts.some((s) => s.scenario === scenario)).toBe(true);
    expect(scripts.find((s) => s.scenario === 'VIP问候')?.text).toBe('尊敬的{name}先生/女士，感谢您一直以来的支持，很高兴为您服务');
    const sug = getPreset('seed003').settings.suggestions;
    expect(sug.slice(0, 3).map((s) => [s.subcategory, s.department])).toEqual([
      ['产品功能', '产品部'],
      ['物流服务', '运营部'],
      ['服务态度', '客服部'],
    ]);
    expect(defaultSettings().suggestions.length).toBeGreaterThanOrEqual(sug.length);
  });

  test('every preset suggests an action for every category, so 处理建议 is never empty (issue 12)', () => {
    for (const id of ['standard', 'seed000', 'seed001', 'seed002', 'seed003', 'seed004']) {
      const sug = getPreset(id).settings.suggestions;
      for (const c of CATEGORIES) expect(sug.some((s) => s.category === c && s.subcategory === '' && s.suggestion.length > 0)).toBe(true);
    }
  });

  test('the standard preset merges the seeds’ lists', () => {
    const s = defaultSettings();
    for (const id of PRESET_IDS) {
      const seed = getPreset(id).settings;
      expect(s.lists.channels).toEqual(expect.arrayContaining(seed.lists.channels));
      expect(s.lists.subcategories.map((x) => x.name)).toEqual(expect.arrayContaining(seed.lists.subcategories.map((x) => x.name)));
      expect(s.ratingDimensions).toEqual(expect.arrayContaining(seed.ratingDimensions));
    }
    expect(getPreset('standard').columns).toEqual(TICKET_FIELDS);
  });
});

describe('detectPreset', () => {
  test.each(PRESET_IDS.filter((id) => id !== 'standard').map((id) => [id]))('%s from its own headers', (id) => {
    expect(detectPreset(getPreset(id).sourceHeaders)).toEqual({ id, confidence: 1 });
  });

  test('seed 003 in Simplified, seed 000 in Traditional, seed 002 by its compounds alone', () => {
    expect(detectPreset(['序号', '客户姓名', '联系方式', '沟通时间', '沟通渠道', '问题类型', '沟通话术摘要', '客户反馈内容', '满意度评分', '跟进事项', '负责客服']).id).toBe('seed003');
    expect(detectPreset(['序號', '溝通日期', '溝通時間', '溝通渠道', '客戶姓名/公司', '客戶ID', '聯繫方式', '溝通事由', '客戶需求描述', '需求類型', '優先級', '處理狀態', '負責人']).id).toBe('seed000');
    expect(detectPreset(['客户信息', '问题详情', '处理过程', '结果与反馈']).id).toBe('seed002');
  });

  test('unknown or empty headers fall back to standard', () => {
    expect(detectPreset([])).toEqual({ id: 'standard', confidence: 0 });
    expect(detectPreset(['工单编号', '受理时间', '问题描述', '自定义列A', '自定义列B']).id).toBe('standard');
  });
});
