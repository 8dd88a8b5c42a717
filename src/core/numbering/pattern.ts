/**
 * Ticket-number patterns: literal text plus date tokens and one sequence token, as the seeds
 * use them: `CS{yyyyMMdd}{seq:3}` (seed 002), `CW{yyyyMMdd}{seq:4}` (seed 001),
 * `{yyyyMM}-{seq:4}` (seed 004). The sequence restarts with each date part; a sequence above
 * its width just grows (`{seq:3}` with 1000 → `1000`).
 */
import { daysInMonth, type LocalDateTime } from '../time/localDateTime';

export const DATE_TOKENS = ['yyyyMMdd', 'yyMMdd', 'yyyyMM', 'yyyy'] as const;
export type DateToken = (typeof DATE_TOKENS)[number];

export type PatternPart =
  { kind: 'literal'; text: string } | { kind: 'date'; token: DateToken } | { kind: 'seq'; width: number };

export interface ParsedPattern {
  source: string;
  parts: PatternPart[];
  seqWidth: number;
  /** Matches a whole id; group 1… are the date tokens in order, the last group is the sequence. */
  regex: RegExp;
}

export class PatternError extends Error {}

const TOKEN = /\{([^{}]*)\}/g;
const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const DATE_DIGITS: Record<DateToken, number> = { yyyyMMdd: 8, yyMMdd: 6, yyyyMM: 6, yyyy: 4 };

const cache = new Map<string, ParsedPattern>();

/** Parses a pattern; throws PatternError when it has no (or two) `{seq:N}` or an unknown token. */
export function parsePattern(p: string): ParsedPattern {
  const hit = cache.get(p);
  if (hit) return hit;
  const parts: PatternPart[] = [];
  let last = 0;
  for (const m of p.matchAll(TOKEN)) {
    if (m.index > last) parts.push({ kind: 'literal', text: p.slice(last, m.index) });
    const body = m[1].trim();
    const seq = /^seq(?::(\d{1,2}))?$/i.exec(body);
    if (seq) parts.push({ kind: 'seq', width: seq[1] ? Math.max(1, +seq[1]) : 1 });
    else if ((DATE_TOKENS as readonly string[]).includes(body)) parts.push({ kind: 'date', token: body as DateToken });
    else throw new PatternError(`Unknown token {${m[1]}} in numbering pattern ${p}`);
    last = m.index + m[0].length;
  }
  if (last < p.length) parts.push({ kind: 'literal', text: p.slice(last) });
  if (parts.some((x) => x.kind === 'literal' && /[{}]/.test(x.text)))
    throw new PatternError(`Unbalanced braces in numbering pattern ${p}`);
  const seqs = parts.filter((x) => x.kind === 'seq');
  if (seqs.length !== 1) throw new PatternError(`A numbering pattern needs exactly one {seq:N}: ${p}`);
  const seqWidth = (seqs[0] as { width: number }).width;
  const src = parts
    .map((x) =>
      x.kind === 'literal'
        ? escapeRe(x.text)
        : x.kind === 'date'
          ? `(\\d{${DATE_DIGITS[x.token]}})`
          : `(\\d{${x.width},})`,
    )
    .join('');
  const parsed: ParsedPattern = { source: p, parts, seqWidth, regex: new RegExp(`^${src}$`) };
  cache.set(p, parsed);
  return parsed;
}

const asParsed = (p: string | ParsedPattern): ParsedPattern => (typeof p === 'string' ? parsePattern(p) : p);

function formatDate(token: DateToken, at: LocalDateTime): string {
  const y = at.slice(0, 4);
  const mo = at.slice(5, 7);
  const d = at.slice(8, 10);
  switch (token) {
    case 'yyyyMMdd':
      return y + mo + d;
    case 'yyMMdd':
      return y.slice(2) + mo + d;
    case 'yyyyMM':
      return y + mo;
    case 'yyyy':
      return y;
  }
}

/** The date part of numbers allocated at `at` (all date tokens joined), e.g. `20231015`. */
export function datePartOf(pattern: string | ParsedPattern, at: LocalDateTime): string {
  return asParsed(pattern)
    .parts.map((x) => (x.kind === 'date' ? formatDate(x.token, at) : ''))
    .join('');
}

export function formatTicketNumber(pattern: string | ParsedPattern, at: LocalDateTime, seq: number): string {
  if (!Number.isInteger(seq) || seq < 0) throw new RangeError(`Sequence must be a non-negative integer: ${seq}`);
  return asParsed(pattern)
    .parts.map((x) =>
      x.kind === 'literal' ? x.text : x.kind === 'date' ? formatDate(x.token, at) : String(seq).padStart(x.width, '0'),
    )
    .join('');
}

/** Splits an id into its date part and sequence, or null when it does not follow the pattern. */
export function parseTicketNumber(
  pattern: string | ParsedPattern,
  id: string,
): { datePart: string; seq: number } | null {
  const pp = asParsed(pattern);
  const m = pp.regex.exec(id.trim());
  if (!m) return null;
  const groups = m.slice(1);
  const seq = Number(groups[groups.length - 1]);
  if (!Number.isSafeInteger(seq)) return null;
  // Date groups and the seq group appear in pattern order; collect the date ones.
  let gi = 0;
  let datePart = '';
  for (const part of pp.parts) {
    if (part.kind === 'literal') continue;
    const g = groups[gi++];
    if (part.kind === 'date') {
      if (!isValidDatePart(part.token, g)) return null;
      datePart += g;
    }
  }
  return { datePart, seq };
}

/** True when digits are a real date for the token (years 1990–2099). */
export function isValidDatePart(token: DateToken, digits: string): boolean {
  if (digits.length !== DATE_DIGITS[token] || !/^\d+$/.test(digits)) return false;
  const year = token === 'yyMMdd' ? 2000 + +digits.slice(0, 2) : +digits.slice(0, 4);
  if (year < 1990 || year > 2099) return false;
  if (token === 'yyyy') return true;
  const month = +(token === 'yyMMdd' ? digits.slice(2, 4) : digits.slice(4, 6));
  if (month < 1 || month > 12) return false;
  if (token === 'yyyyMM') return true;
  const day = +digits.slice(-2);
  return day >= 1 && day <= daysInMonth(year, month);
}

export const DATE_TOKEN_DIGITS = DATE_DIGITS;

/**
 * The pattern parses: known tokens, balanced braces, exactly one `{seq:N}`.
 * @example isValidPattern('CS{yyyyMMdd}') // false
 */
export function isValidPattern(p: string): boolean {
  try {
    parsePattern(p);
    return true;
  } catch (e) {
    if (e instanceof PatternError) return false;
    throw e;
  }
}
