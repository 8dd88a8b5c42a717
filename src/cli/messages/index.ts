/**
 * The command's words: `t(key, params)` in the locale of this run. `run` sets the locale once,
 * from `--locale` or the environment (see `../locale.ts`), before anything is printed; every
 * command, error and help text then speaks it. Add a key to all three files.
 */
import { fillPlaceholders, type MessageParams } from '../../core/i18n/fillPlaceholders';
import type { Locale } from '../../core/schema/fieldMeta';
import { enUS } from './en-US';
import { zhCN, type CliMessageKey, type CliMessages } from './zh-CN';
import { zhTW } from './zh-TW';

export type { CliMessageKey, CliMessages };
export const CLI_MESSAGES: Record<Locale, CliMessages> = { 'zh-CN': zhCN, 'zh-TW': zhTW, 'en-US': enUS };

let current: Locale = 'zh-CN';

/** Sets the locale of this run's messages. */
export function setCliLocale(locale: Locale): void {
  current = locale;
}

/** The locale of this run's messages. */
export const cliLocale = (): Locale => current;

/**
 * The message `key` in this run's locale, placeholders filled.
 * @example t('validateTotal', { count: 3 }) // → '共 3 个问题' (zh-CN)
 */
export function t(key: CliMessageKey, params?: MessageParams): string {
  return fillPlaceholders(CLI_MESSAGES[current][key], params);
}
