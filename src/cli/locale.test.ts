import { localeArgument, messageLocale } from './locale';
import { commanderMessage } from './localizedCommand';
import { setCliLocale } from './messages';

describe('localeArgument / messageLocale', () => {
  it('finds --locale X and --locale=X; the last one wins', () => {
    expect(localeArgument(['init', '-o', 'a.xlsx', '--locale', 'en-US'])).toBe('en-US');
    expect(localeArgument(['--locale=zh-TW', 'stats', '--locale', 'en-US'])).toBe('en-US');
    expect(localeArgument(['stats', 'a.xlsx', '--locale'])).toBeUndefined();
  });

  it('takes a valid --locale, else the environment, else zh-CN', () => {
    expect(messageLocale(['stats', '--locale', 'en-US'], { LANG: 'zh_TW.UTF-8' })).toBe('en-US');
    expect(messageLocale(['stats', '--locale', 'xx'], { LANG: 'zh_TW.UTF-8' })).toBe('zh-TW');
    expect(messageLocale(['stats'], { LANG: 'C.UTF-8' })).toBe('zh-CN');
  });
});

describe('commanderMessage', () => {
  afterAll(() => setCliLocale('zh-CN'));

  it('re-words commander’s errors by code, keeping the suggestion', () => {
    setCliLocale('zh-CN');
    expect(commanderMessage("error: unknown option '--lcale'\n(Did you mean --locale?)", 'commander.unknownOption')).toBe(
      'servicebook：未知的选项「--lcale」（是否要用 --locale？）（运行 servicebook --help 查看用法）',
    );
    setCliLocale('en-US');
    expect(commanderMessage("error: missing required argument 'input'", 'commander.missingArgument')).toBe(
      'servicebook: missing argument <input> (run servicebook --help for usage)',
    );
    expect(commanderMessage("error: too many arguments for 'stats'. Expected 1 argument but got 3.", 'commander.excessArguments')).toMatch(/expected 1, got 3/);
  });
});
