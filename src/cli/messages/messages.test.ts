import { placeholdersOf } from '../../core/i18n/fillPlaceholders';
import { LOCALES } from '../../core/schema/fieldMeta';
import { CLI_MESSAGES, setCliLocale, t } from './index';
import { zhCN } from './zh-CN';

describe('the command’s message files', () => {
  const keys = Object.keys(zhCN).sort();

  it.each(LOCALES)('%s has every key, none empty, with the placeholders of zh-CN', (locale) => {
    const table = CLI_MESSAGES[locale] as Record<string, string>;
    expect(Object.keys(table).sort()).toEqual(keys);
    for (const k of keys) {
      expect({ k, empty: table[k].trim() === '' }).toEqual({ k, empty: false });
      expect({ k, p: placeholdersOf(table[k]) }).toEqual({ k, p: placeholdersOf((zhCN as Record<string, string>)[k]) });
    }
  });

  it('English has no Chinese left in it', () => {
    for (const [k, v] of Object.entries(CLI_MESSAGES['en-US'])) expect({ k, han: /[\u4e00-\u9fff]/.test(v) }).toEqual({ k, han: false });
  });

  it('t speaks the locale set for the run', () => {
    setCliLocale('en-US');
    expect(t('validateTotal', { count: 3 })).toBe('3 problems');
    setCliLocale('zh-TW');
    expect(t('validateClean', { count: 2 })).toBe('2 筆工單，未發現問題');
    setCliLocale('zh-CN');
    expect(t('validateTotal', { count: 3 })).toBe('共 3 个问题');
  });
});
