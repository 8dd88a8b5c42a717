/** Language tags (Office display language, POSIX locale names) → one of the three locales. */
import type { Locale } from '../schema/fieldMeta';

/**
 * The locale a language tag asks for: zh-TW/zh-HK/zh-MO/zh-Hant → zh-TW, other Chinese → zh-CN,
 * any other language → en-US; null when the tag names no language (empty, `C`, `POSIX`).
 * Accepts BCP 47 (`zh-Hant-TW`) and POSIX (`zh_TW.UTF-8`, `en_US.UTF-8@euro`) spellings.
 * @example localeOfTag('zh_TW.UTF-8') // → 'zh-TW'
 * @example localeOfTag('C.UTF-8') // → null
 */
export function localeOfTag(tag: string | null | undefined): Locale | null {
  const t = (tag ?? '').trim().toLowerCase().replace(/_/g, '-').replace(/[.@].*$/, '');
  if (!t || t === 'c' || t === 'posix') return null;
  if (t === 'zh' || t.startsWith('zh-')) return /^zh-(tw|hk|mo|hant)/.test(t) ? 'zh-TW' : 'zh-CN';
  return 'en-US';
}

/**
 * The locale of a process's environment, as gettext reads it: LC_ALL, then LC_MESSAGES, then LANG;
 * the first one set decides. Null when none names a language.
 * @example localeOfEnvironment({ LANG: 'en_US.UTF-8' }) // → 'en-US'
 * @example localeOfEnvironment({ LC_ALL: '', LANG: 'zh_HK.UTF-8' }) // → 'zh-TW'
 */
export function localeOfEnvironment(env: Record<string, string | undefined>): Locale | null {
  const first = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v.trim() !== '');
  return localeOfTag(first);
}
