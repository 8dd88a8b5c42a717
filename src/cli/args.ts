/** What every command shares: the output streams, argument parsers and the usage error. */
import { localNow } from '../core/calendar/localNow';
import { LOCALES, type Locale } from '../core/schema/fieldMeta';
import { PERIOD_KINDS, type PeriodKind } from '../core/stats/period';
import { isLocalDateTime, type LocalDateTime } from '../core/time/localDateTime';
import { redactDeep, redactText } from '../core/privacy/redactSecrets';
import type { Loaded } from './pipeline';

/** An error the user can act on: printed as one line, exit code 2. */
export class UsageError extends Error {}

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  isTTY: boolean;
}

export const defaultIo = (): Io => ({
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  isTTY: Boolean(process.stderr.isTTY),
});

export function parseAsOf(v: string | undefined, timeZone: string): { asOf: LocalDateTime; fixed: boolean } {
  if (!v) return { asOf: localNow(timeZone), fixed: false };
  const s = v.trim().replace(' ', 'T');
  const t = /^\d{4}-\d{2}-\d{2}$/.test(s) ? `${s}T00:00` : s.slice(0, 16);
  if (!isLocalDateTime(t)) throw new UsageError(`--as-of 应为 yyyy-MM-ddTHH:mm：${v}`);
  return { asOf: t, fixed: true };
}

export function parsePeriod(v: string | undefined): PeriodKind {
  const k = (v ?? 'month') as PeriodKind;
  if (!PERIOD_KINDS.includes(k) || k === 'custom') throw new UsageError(`--period 应为 week、month、quarter 或 all：${v}`);
  return k;
}

export function parseLocale(v: string | undefined): Locale {
  const l = (v ?? 'zh-CN') as Locale;
  if (!LOCALES.includes(l)) throw new UsageError(`--locale 应为 ${LOCALES.join('、')}：${v}`);
  return l;
}

/** JSON for stdout: the last net before anything leaves, every string through the redactor (core/privacy). */
export const json = (v: unknown): string => JSON.stringify(redactDeep(v), null, 2) + '\n';

export function progress(io: Io): ((done: number, total: number, stage: string) => void) | undefined {
  if (!io.isTTY) return undefined;
  return (done, total, stage) => io.err(`\r写入 ${stage} ${done}/${total}${done >= total ? '\n' : ''}`);
}

/** A stage note on stderr, only when it is a terminal (long runs: reading, computing). */
export const note = (io: Io, text: string): void => {
  if (io.isTTY) io.err(`${redactText(text)}\n`);
};

/** Locale of a structured workbook, from its Tickets header. */
export function localeOf(loaded: Loaded): Locale {
  return loaded.structured && loaded.sheet === 'Tickets' ? 'en-US' : loaded.structured && loaded.sheet === '工單' ? 'zh-TW' : 'zh-CN';
}

