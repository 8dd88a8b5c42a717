/** What every command shares: the output streams, argument parsers and the usage error. */
import { batches } from './batches';
import { localNow } from '../core/calendar/localNow';
import { LOCALES, type Locale } from '../core/schema/fieldMeta';
import { COMPARISONS, PERIOD_KINDS, type Comparison, type PeriodKind } from '../core/stats/period';
import { isLocalDateTime, type LocalDateTime } from '../core/time/localDateTime';
import { redactDeep, redactText } from '../core/privacy/redactSecrets';
import { cliLocale, t } from './messages';
import { word } from '../core/i18n/words';
import type { Loaded } from './pipeline';

/** An error the user can act on: printed as one line, exit code 2. */
export class UsageError extends Error {}

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  isTTY: boolean;
  /** Resolves when stdout can take more (a pipe's reader is slower than we write); absent in tests. */
  drain?: () => Promise<void>;
}

export const defaultIo = (): Io => ({
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  isTTY: Boolean(process.stderr.isTTY),
  drain: () => (process.stdout.writableNeedDrain ? new Promise((resolve) => process.stdout.once('drain', () => resolve())) : Promise.resolve()),
});

export function parseAsOf(v: string | undefined, timeZone: string): { asOf: LocalDateTime; fixed: boolean } {
  if (!v) return { asOf: localNow(timeZone), fixed: false };
  const s = v.trim().replace(' ', 'T');
  const time = /^\d{4}-\d{2}-\d{2}$/.test(s) ? `${s}T00:00` : s.slice(0, 16);
  if (!isLocalDateTime(time)) throw new UsageError(t('badAsOf', { value: v }));
  return { asOf: time, fixed: true };
}

export function parsePeriod(v: string | undefined): PeriodKind {
  const k = (v ?? 'month') as PeriodKind;
  if (!PERIOD_KINDS.includes(k) || k === 'custom') throw new UsageError(t('badPeriod', { value: String(v) }));
  return k;
}

export function parseCompare(v: string | undefined): Comparison {
  const c = (v ?? 'previous') as Comparison;
  if (!COMPARISONS.includes(c)) throw new UsageError(t('badCompare', { value: String(v) }));
  return c;
}

/** The `--locale` given, else the locale of this run's messages (the environment's, else zh-CN). */
export function parseLocale(v: string | undefined): Locale {
  const l = (v ?? cliLocale()) as Locale;
  if (!LOCALES.includes(l)) throw new UsageError(t('badLocale', { choices: LOCALES.join(' | '), value: String(v) }));
  return l;
}

/** JSON for stdout: the last net before anything leaves, every string through the redactor (core/privacy). */
export const json = (v: unknown): string => JSON.stringify(redactDeep(v), null, 2) + '\n';

/**
 * The text of `json(v)` in pieces: an object's array members element by element, so a large
 * export is never one string in memory.
 * @example [...jsonChunks({ a: [1, 2] })].join('') === json({ a: [1, 2] })
 */
export function* jsonChunks(v: unknown): Generator<string> {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) {
    yield json(v);
    return;
  }
  const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined && typeof x !== 'function');
  if (entries.length === 0) {
    yield '{}\n';
    return;
  }
  yield '{\n';
  // Redacted piece by piece (core/privacy), as json(v) is at once.
  for (const [i, [rawKey, x]] of entries.entries()) {
    const k = redactText(rawKey);
    const tail = i < entries.length - 1 ? ',\n' : '\n';
    if (!Array.isArray(x) || x.length === 0) {
      yield `  ${JSON.stringify(k)}: ${JSON.stringify(redactDeep(x), null, 2).replace(/\n/g, '\n  ')}${tail}`;
      continue;
    }
    yield `  ${JSON.stringify(k)}: [\n`;
    for (let j = 0; j < x.length; j++) yield `    ${(JSON.stringify(redactDeep(x[j]), null, 2) ?? 'null').replace(/\n/g, '\n    ')}${j < x.length - 1 ? ',' : ''}\n`;
    yield `  ]${tail}`;
  }
  yield '}\n';
}

/** Writes `json(v)` to stdout in pieces, waiting for a slow pipe to drain. */
export async function writeJson(io: Io, v: unknown): Promise<void> {
  for (const batch of batches(jsonChunks(v), 1 << 16)) {
    io.out(batch);
    await io.drain?.();
  }
}

export function progress(io: Io): ((done: number, total: number, stage: string) => void) | undefined {
  if (!io.isTTY) return undefined;
  return (done, total, stage) => io.err(`\r${t('progressWrite', { stage, done, total })}${done >= total ? '\n' : ''}`);
}

/** A stage note on stderr, only when it is a terminal (long runs: reading, computing). */
export const note = (io: Io, text: string): void => {
  if (io.isTTY) io.err(`${redactText(text)}\n`);
};

/** Locale of a structured workbook, from its Tickets header. */
export function localeOf(loaded: Loaded): Locale {
  return (loaded.structured && LOCALES.find((l) => l !== 'zh-CN' && loaded.sheet === word('sheet.tickets', l))) || 'zh-CN';
}


/** Warnings of a load, one line each on stderr (not only on a terminal: they change what was read). */
export const warn = (io: Io, warnings: readonly string[]): void => {
  for (const w of warnings) io.err(`${t('warnLine', { message: redactText(w) })}\n`);
};
