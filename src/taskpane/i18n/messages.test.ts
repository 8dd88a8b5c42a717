import { CATALOGUES, format, makeTranslator, resolveLocale } from './index';
import { zhCN } from './zh-CN';
import { CATEGORIES, LEVELS, LOG_KINDS, STATUSES, SLA_STATES, CUSTOMER_LEVELS, SUBTASK_STATUSES } from '../../core/schema/enums';
import { LOCALES } from '../../core/schema/fieldMeta';

const placeholders = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
  const keys = Object.keys(zhCN);

  it.each(LOCALES)('%s has every key, none empty, with the same placeholders as zh-CN', (locale) => {
    const table = CATALOGUES[locale] as Record<string, string>;
    expect(Object.keys(table).sort()).toEqual([...keys].sort());
    for (const k of keys) {
      expect(table[k].trim()).not.toBe('');
      expect({ k, p: placeholders(table[k]) }).toEqual({ k, p: placeholders((zhCN as Record<string, string>)[k]) });
    }
  });

  it('English carries no Chinese characters (except the product name), so nothing is left untranslated', () => {
    for (const [k, v] of Object.entries(CATALOGUES['en-US'])) {
      expect({ k, han: /[\u4e00-\u9fff]/.test(v) }).toEqual({ k, han: false });
    }
  });

  it('Traditional Chinese differs from Simplified where the script differs', () => {
    expect(CATALOGUES['zh-TW'].tabStats).toBe('統計');
    expect(CATALOGUES['zh-TW'].tabCheck).toBe('檢查');
    expect(CATALOGUES['zh-CN'].tabCheck).toBe('检查');
  });

  it('shows list values in the locale’s words (core vocabulary)', () => {
    const values = [...CATEGORIES, ...LEVELS, ...STATUSES, ...SLA_STATES, ...CUSTOMER_LEVELS, ...LOG_KINDS, ...SUBTASK_STATUSES, '主管', '总监'];
    for (const v of values) expect(makeTranslator('en-US').enumLabel(v)).not.toMatch(/[\u4e00-\u9fff]/);
    for (const locale of LOCALES) expect(makeTranslator(locale).enumLabel('已完成')).toBe({ 'zh-CN': '已完成', 'zh-TW': '已完成', 'en-US': 'Resolved' }[locale]);
    expect(makeTranslator('zh-TW').enumLabel('在线客服')).toBe('線上客服');
  });
});

describe('translator', () => {
  it('fills placeholders and keeps unknown ones visible', () => {
    expect(format('{a} + {b}', { a: 1 })).toBe('1 + {b}');
    expect(makeTranslator('en-US')('newSubmitted', { id: 'CS20240508001' })).toBe('Registered ticket CS20240508001');
    expect(makeTranslator('zh-CN')('newSubmitted', { id: 'X1' })).toBe('已登记工单 X1');
  });

  it('leaves values outside the vocabulary unchanged', () => {
    expect(makeTranslator('en-US').enumLabel('微信群')).toBe('微信群');
    expect(makeTranslator('en-US').enumLabel(null)).toBe('');
  });
});

describe('resolveLocale', () => {
  it.each([
    ['zh-CN', 'zh-CN'],
    ['zh-cn', 'zh-CN'],
    ['zh-SG', 'zh-CN'],
    ['zh-Hans', 'zh-CN'],
    ['zh-TW', 'zh-TW'],
    ['zh-HK', 'zh-TW'],
    ['zh-MO', 'zh-TW'],
    ['zh-Hant-TW', 'zh-TW'],
    ['en-US', 'en-US'],
    ['en-GB', 'en-US'],
    ['de-DE', 'en-US'],
    ['', 'zh-CN'],
    [null, 'zh-CN'],
    [undefined, 'zh-CN'],
  ])('%s → %s', (input, expected) => {
    expect(resolveLocale(input as string | null | undefined)).toBe(expected);
  });
});
