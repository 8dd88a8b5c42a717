/** Which language a run of the command speaks: `--locale`, else the environment's, else zh-CN. */
import { localeOfEnvironment } from '../core/i18n/localeOfTag';
import { LOCALES, type Locale } from '../core/schema/fieldMeta';

/**
 * The value given to `--locale` in the arguments (`--locale X` or `--locale=X`), the last one wins.
 * @example localeArgument(['init', '-o', 'a.xlsx', '--locale', 'en-US']) // → 'en-US'
 */
export function localeArgument(args: readonly string[]): string | undefined {
  let found: string | undefined;
  args.forEach((a, i) => {
    if (a === '--locale' && i + 1 < args.length) found = args[i + 1];
    else if (a.startsWith('--locale=')) found = a.slice('--locale='.length);
  });
  return found;
}

export const isLocale = (v: string | undefined): v is Locale => (LOCALES as readonly string[]).includes(v ?? '');

/**
 * The locale of the command's messages: a valid `--locale`, else LC_ALL / LC_MESSAGES / LANG,
 * else zh-CN. An invalid `--locale` is reported by the command, in the environment's language.
 * @example messageLocale(['stats', 'a.xlsx'], { LANG: 'zh_TW.UTF-8' }) // → 'zh-TW'
 */
export function messageLocale(args: readonly string[], env: Record<string, string | undefined>): Locale {
  const asked = localeArgument(args);
  return isLocale(asked) ? asked : (localeOfEnvironment(env) ?? 'zh-CN');
}
