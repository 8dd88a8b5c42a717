/**
 * The pane's message catalogue: every user-facing string comes from zh-CN / zh-TW / en-US.
 * Display names of list values go through `enumLabel`: the core vocabulary (stored values stay canonical zh-CN).
 */
import { createContext, useContext } from 'react';
import { fillPlaceholders } from '../../core/i18n/fillPlaceholders';
import { localeOfTag } from '../../core/i18n/localeOfTag';
import { displayWord } from '../../core/i18n/vocabulary';
import type { Locale } from '../../core/schema/fieldMeta';
import { zhCN, type MessageKey, type Messages } from './zh-CN';
import { zhTW } from './zh-TW';
import { enUS } from './en-US';

export type { MessageKey, Messages };
export const CATALOGUES: Record<Locale, Messages> = { 'zh-CN': zhCN, 'zh-TW': zhTW, 'en-US': enUS };

/** Office display language → pane locale: zh-TW/zh-HK/zh-MO/zh-Hant → zh-TW, other zh → zh-CN, else en-US; none → zh-CN. */
export const resolveLocale = (displayLanguage: string | null | undefined): Locale => localeOfTag(displayLanguage) ?? 'zh-CN';

export type Params = Record<string, string | number>;
export interface Translator {
  locale: Locale;
  (key: MessageKey, params?: Params): string;
  /** Display name of a canonical enum value; open-list values are returned unchanged. */
  enumLabel(value: string | null | undefined): string;
}

export const format = fillPlaceholders;

export function makeTranslator(locale: Locale): Translator {
  const table = CATALOGUES[locale] ?? zhCN;
  const t = ((key: MessageKey, params?: Params) => format(table[key] ?? zhCN[key] ?? key, params)) as Translator;
  t.locale = locale;
  t.enumLabel = (value) => (value ? displayWord(value, locale) : '');
  return t;
}

export const I18nContext = createContext<Translator>(makeTranslator('zh-CN'));
export const useT = (): Translator => useContext(I18nContext);
