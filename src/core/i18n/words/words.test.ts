import { placeholdersOf } from '../fillPlaceholders';
import { LOCALES } from '../../schema/fieldMeta';
import { WORKBOOK_WORDS, word, words } from './index';
import { zhCN } from './zh-CN';

describe('the workbook’s message files', () => {
  const keys = Object.keys(zhCN).sort();

  it.each(LOCALES)('%s has every key, none empty, with the placeholders of zh-CN', (locale) => {
    const table = WORKBOOK_WORDS[locale] as Record<string, string>;
    expect(Object.keys(table).sort()).toEqual(keys);
    for (const k of keys) {
      expect({ k, empty: table[k].trim() === '' }).toEqual({ k, empty: false });
      expect({ k, p: placeholdersOf(table[k]) }).toEqual({ k, p: placeholdersOf((zhCN as Record<string, string>)[k]) });
    }
  });

  it('English has no Chinese left in it', () => {
    for (const [k, v] of Object.entries(WORKBOOK_WORDS['en-US'])) expect({ k, han: /[\u4e00-\u9fff]/.test(v) }).toEqual({ k, han: false });
  });

  it('words and word read the three files', () => {
    expect(words('sheet.tickets')).toEqual({ 'zh-CN': '工单', 'zh-TW': '工單', 'en-US': 'Tickets' });
    expect(word('summary.topType', 'en-US', { n: 2 })).toBe('Top problem type 2');
    expect(word('summary.meanHours', 'zh-TW', { level: '高' })).toBe('平均解決時長（高，小時）');
  });
});
