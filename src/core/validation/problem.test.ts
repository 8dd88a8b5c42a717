import { LOCALES } from '../schema/fieldMeta';
import { formatMessage, localiseProblem, makeProblem, PROBLEM_CODES, problemMessage } from './problem';
import { enUS, enUSParamWords } from './messages/enUS';
import { zhCN, zhCNParamWords } from './messages/zhCN';
import { zhTW, zhTWParamWords } from './messages/zhTW';

const placeholders = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('problem messages', () => {
  it('every code has a message in every locale with the same placeholders', () => {
    for (const code of PROBLEM_CODES) {
      expect(placeholders(zhTW[code])).toEqual(placeholders(zhCN[code]));
      expect(placeholders(enUS[code])).toEqual(placeholders(zhCN[code]));
    }
    expect(Object.keys(zhCN).sort()).toEqual([...PROBLEM_CODES].sort());
  });

  it('English has no Chinese left in it, and its code words neither', () => {
    for (const code of PROBLEM_CODES) expect({ code, han: /[\u4e00-\u9fff]/.test(enUS[code]) }).toEqual({ code, han: false });
    for (const [k, v] of Object.entries(enUSParamWords)) expect({ k, han: /[\u4e00-\u9fff]/.test(v) }).toEqual({ k, han: false });
    expect(Object.keys(zhTWParamWords).sort()).toEqual(Object.keys(zhCNParamWords).sort());
  });

  it('quotes a status in the locale’s words', () => {
    const params = { row: 3, column: '解决时间', status: '处理中' };
    expect(problemMessage('pendingWithResolvedAt', 'zh-CN', params)).toBe('第 3 行状态为「处理中」，但已有「解决时间」：请核对状态。');
    expect(problemMessage('pendingWithResolvedAt', 'zh-TW', params)).toContain('「處理中」');
    expect(problemMessage('pendingWithResolvedAt', 'en-US', params)).toContain('"In progress"');
  });

  it('fills placeholders and keeps unknown ones visible', () => {
    expect(formatMessage('第 {row} 行 {x}', { row: 3 })).toBe('第 3 行 {x}');
  });

  it('renders a message per locale, localising code words', () => {
    const params = { row: 4, column: '问题描述', kind: 'idCard', masked: '110105********002X' };
    expect(problemMessage('sensitiveDataRedacted', 'zh-CN', params)).toBe(
      '第 4 行「问题描述」含有身份证号码，已脱敏为 110105********002X。',
    );
    expect(problemMessage('sensitiveDataRedacted', 'en-US', params)).toContain('ID-card number');
    expect(problemMessage('sensitiveDataRedacted', 'zh-TW', params)).toContain('身分證');
  });

  it('makeProblem names the row, the field and the localised column', () => {
    const p = makeProblem('missingReceivedAt', 7, 'receivedAt');
    expect(p).toMatchObject({ row: 7, field: 'receivedAt', column: '受理时间', code: 'missingReceivedAt' });
    expect(p.message).toBe('第 7 行「受理时间」为空：请填写受理时间，时限才能计算。');
    expect(localiseProblem(p, 'en-US')).toContain('Row 7, "Received"');
    expect(localiseProblem(p, 'zh-TW')).toContain('受理時間');
  });

  it('keeps a source header given for the column', () => {
    const p = makeProblem('invalidDateTime', 2, 'receivedAt', { value: '明天' }, '沟通时间');
    expect(p.column).toBe('沟通时间');
    expect(localiseProblem(p, 'en-US')).toContain('"沟通时间"');
    for (const l of LOCALES) expect(localiseProblem(p, l)).toContain('明天');
  });
});
