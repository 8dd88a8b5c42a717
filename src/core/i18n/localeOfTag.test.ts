import { localeOfEnvironment, localeOfTag } from './localeOfTag';
import { fillPlaceholders, placeholdersOf } from './fillPlaceholders';

describe('localeOfTag', () => {
  it.each([
    ['zh-CN', 'zh-CN'],
    ['zh_CN.UTF-8', 'zh-CN'],
    ['zh_SG.GB18030', 'zh-CN'],
    ['zh-Hans', 'zh-CN'],
    ['zh', 'zh-CN'],
    ['zh_TW.UTF-8', 'zh-TW'],
    ['zh_HK.Big5-HKSCS', 'zh-TW'],
    ['zh-Hant-TW', 'zh-TW'],
    ['zh-MO', 'zh-TW'],
    ['en_US.UTF-8', 'en-US'],
    ['en_GB', 'en-US'],
    ['de_DE.UTF-8@euro', 'en-US'],
    ['C', null],
    ['C.UTF-8', null],
    ['POSIX', null],
    ['', null],
    [null, null],
  ])('%s → %s', (tag, locale) => {
    expect(localeOfTag(tag)).toBe(locale);
  });
});

describe('localeOfEnvironment', () => {
  it('reads LC_ALL, then LC_MESSAGES, then LANG; the first one set decides', () => {
    expect(localeOfEnvironment({ LC_ALL: 'zh_TW.UTF-8', LC_MESSAGES: 'en_US.UTF-8', LANG: 'zh_CN.UTF-8' })).toBe('zh-TW');
    expect(localeOfEnvironment({ LC_MESSAGES: 'en_US.UTF-8', LANG: 'zh_TW.UTF-8' })).toBe('en-US');
    expect(localeOfEnvironment({ LC_ALL: '', LANG: 'en_US.UTF-8' })).toBe('en-US');
    expect(localeOfEnvironment({ LANG: 'C.UTF-8' })).toBeNull();
    expect(localeOfEnvironment({})).toBeNull();
  });
});

describe('fillPlaceholders', () => {
  it('fills known placeholders and keeps unknown ones visible', () => {
    expect(fillPlaceholders('第 {row} 行：{value}', { row: 5 })).toBe('第 5 行：{value}');
    expect(placeholdersOf('{b} 与 {a}')).toEqual(['a', 'b']);
  });
});
