/**
 * A problem found in a row: it always names the row (1-based sheet row), the field key and the
 * localised column header, so an agent can go straight to the cell. `message` is zh-CN; the pane
 * and the CLI re-render it in their locale with `problemMessage(code, locale, params)`.
 */
import { FIELD_META, type Locale } from '../schema/fieldMeta';
import type { TicketField } from '../schema/ticket';
import { enUS, enUSParamWords } from './messages/enUS';
import { zhCN, zhCNParamWords } from './messages/zhCN';
import { zhTW, zhTWParamWords } from './messages/zhTW';
import { displayWord } from '../i18n/vocabulary';
import { redactSecrets } from '../privacy/redactSecrets';

export const PROBLEM_CODES = [
  'missingReceivedAt',
  'invalidDateTime',
  'missingDescription',
  'missingCustomer',
  'unknownCategory',
  'unknownStatus',
  'unknownLevel',
  'unknownCustomerLevel',
  'invalidRating',
  'duplicateId',
  'idPatternMismatch',
  'resolvedBeforeReceived',
  'respondedBeforeReceived',
  'doneWithoutResolvedAt',
  'pendingWithResolvedAt',
  'sensitiveDataRedacted',
  'formulaTextEscaped',
  'unknownListValue',
  'contactUnmasked',
  'missingId',
  'unknownColumn',
  'sensitiveDataFound',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

export type ProblemParams = Record<string, string | number>;

export interface Problem {
  row: number;
  /** Field key (a TicketField) or, for columns outside the schema, the header text. */
  field: string;
  /** The localised column header. */
  column?: string;
  code: ProblemCode;
  message: string;
  params?: ProblemParams;
  /** The sheet, when the problem is outside the Tickets table (Ticket_Log, Subtasks). */
  sheet?: string;
}

export type MessageTable = Record<ProblemCode, string>;
const TABLES: Record<Locale, MessageTable> = { 'zh-CN': zhCN, 'zh-TW': zhTW, 'en-US': enUS };

/** Fills `{name}` placeholders; unknown placeholders stay visible rather than vanish. */
export function formatMessage(template: string, params: ProblemParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}

/** Words passed as codes in params (`kind: 'idCard'`, `list: 'channels'`), shown localised. */
export type ParamWords = Record<'idCard' | 'longNumber' | 'bankCard' | 'channels' | 'departments' | 'owners' | 'emotions' | 'subcategories', string>;
const PARAM_WORDS: Record<Locale, Record<string, string>> = { 'zh-CN': zhCNParamWords, 'zh-TW': zhTWParamWords, 'en-US': enUSParamWords };
const WORD_PARAMS = ['kind', 'list'];

export function problemMessage(code: ProblemCode, locale: Locale = 'zh-CN', params: ProblemParams = {}): string {
  const table = TABLES[locale] ?? zhCN;
  const words = PARAM_WORDS[locale] ?? PARAM_WORDS['zh-CN'];
  const shown: ProblemParams = { ...params };
  for (const k of WORD_PARAMS) {
    const v = shown[k];
    if (typeof v === 'string' && words[v]) shown[k] = words[v];
  }
  // A canonical status quoted in a message reads in the locale's words.
  if (typeof shown.status === 'string') shown.status = displayWord(shown.status, locale);
  return formatMessage(table[code] ?? zhCN[code] ?? code, shown);
}

const isTicketField = (f: string): f is TicketField => Object.prototype.hasOwnProperty.call(FIELD_META, f);

/** The column header of a field in a locale (the header text itself for extra columns). */
export function columnLabel(field: string, locale: Locale = 'zh-CN'): string {
  return isTicketField(field) ? FIELD_META[field].labels[locale] : field;
}

/**
 * A value safe to quote in a message: ID-card, bank-card and long numbers, phones and e-mail
 * addresses masked (a message never quotes a raw secret).
 * @example quotable('卡号 4111 1111 1111 1111') === '卡号 4111********1111'
 */
export const quotable = (v: string): string => redactSecrets(v, { contacts: true }).text;

/**
 * Builds a problem with its zh-CN message. `params.column` is filled with the header so every
 * message can name it; pass `column` to use the source sheet's own header instead. Every text
 * quoted (the value, the header) is made quotable first.
 */
export function makeProblem(
  code: ProblemCode,
  row: number,
  field: string,
  params: ProblemParams = {},
  column?: string,
): Problem {
  const col = quotable(column ?? columnLabel(field));
  const all: ProblemParams = { row, column: col };
  for (const [k, v] of Object.entries(params)) all[k] = typeof v === 'string' ? quotable(v) : v;
  return { row, field, column: col, code, message: problemMessage(code, 'zh-CN', all), params: all };
}

/** The message of a problem in another locale (its column re-labelled when it is a schema field). */
export function localiseProblem(p: Problem, locale: Locale): string {
  const params: ProblemParams = { ...(p.params ?? {}), row: p.row };
  if (isTicketField(p.field) && (p.column === undefined || p.column === columnLabel(p.field)))
    params.column = columnLabel(p.field, locale);
  return problemMessage(p.code, locale, params);
}
