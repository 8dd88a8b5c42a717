/**
 * The one redactor every path out goes through (cells on import, refresh and check; problem
 * messages; the import report; JSON and CSV; error messages). It finds PRC ID-card and bank-card
 * numbers in any text and masks them, keeping the first 6 (ID) or 4 (card) and the last 4
 * characters: `110105********002X`, `6222***********1234`. With `contacts`, it also masks
 * phone numbers and e-mail addresses (maskContactsInText).
 *
 * How it reads a text, so that what agents paste from chat windows and IMEs is caught:
 * - NFKC first: full-width digits (an IME's full-width mode), `①`, `𝟏`, U+3000, NBSP;
 * - a number may be split by up to three separator characters between any two digits:
 *   spaces, two spaces, tab, line breaks, `. _ / -` and dash-like characters (scanText);
 * - letters glued on do not hide it (`ID110105…`, `卡号6222…ABC`): only digits bound a number;
 * - a run of groups that is not a number as a whole is tried group by group (an ID next to a
 *   phone number: `110105… 138…`), longest first.
 *
 * Decision (safe default): a run of 15 or more digits written without separators that passes
 * neither the ID nor the card check is redacted too, as `longNumber` (first 4 and last 4 kept), and
 * reported like the others. That is a mistyped ID, or a card or ID stored as a number cell: Excel
 * keeps 15 significant digits, so `6222021001123456789` comes back as `6222021001123456800` and
 * fails Luhn. An order or tracking number of 15+ digits is masked as well (the report lists it);
 * ticket numbers (`CS20231015001`, `CW202310150001`), phone numbers and dates are far shorter.
 * Groups joined by separators are judged by the checks only, so `2023-10-15 13812345678` stays.
 */
import { isBankCard, isIdCard15, isIdCard18 } from './cardChecks';
import { endsPhoneRun, maskContact, maskContactsInText } from './maskContact';
import { applyEdits, digitWeight, isSeparator, mayHoldDigits, scanText, type ScanText } from './scanText';

export type SecretKind = 'idCard' | 'bankCard' | 'longNumber';
export type FoundKind = SecretKind | 'contact';
export interface SecretFound {
  kind: FoundKind;
  /** The masked form written in place of the value. */
  masked: string;
}
export interface Redacted {
  text: string;
  found: SecretFound[];
}
export interface RedactOptions {
  /** Mask phone numbers and e-mail addresses too (Settings.masking.contacts). */
  contacts?: boolean;
  /** The text is a contact cell: with `contacts`, the whole contact-column policy (maskContact). */
  contactCell?: boolean;
}

/** The shortest number redacted: a 15-digit old ID. */
const MIN_DIGITS = 15;
const MAX_SEPARATORS = 3;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

interface Group {
  start: number;
  end: number;
}
interface Run {
  groups: Group[];
  /** Index of a trailing X/x (an ID's check character), or -1. */
  x: number;
}

/** Digit groups of the normalised text joined by at most MAX_SEPARATORS separator characters. */
function digitRuns(t: string): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < t.length) {
    if (!isDigit(t.charCodeAt(i))) {
      i++;
      continue;
    }
    const groups: Group[] = [];
    let x = -1;
    for (;;) {
      const start = i;
      while (i < t.length && isDigit(t.charCodeAt(i))) i++;
      groups.push({ start, end: i });
      let j = i;
      while (j < t.length && j - i < MAX_SEPARATORS && isSeparator(t[j])) j++;
      if (j < t.length && isDigit(t.charCodeAt(j))) {
        i = j;
        continue;
      }
      if (j < t.length && (t[j] === 'X' || t[j] === 'x')) x = j;
      break;
    }
    runs.push({ groups, x });
    i = x >= 0 ? x + 1 : i;
  }
  return runs;
}

function kindOf(digits: string): SecretKind | null {
  if (isIdCard18(digits) || isIdCard15(digits)) return 'idCard';
  if (isBankCard(digits)) return 'bankCard';
  return null;
}

/**
 * The masked form of a number: an ID keeps its first 6 and last 4 characters, a card or a long
 * number its first 4 and last 4.
 * @example maskNumber('11010519491231002X', 'idCard') === '110105********002X'
 */
export function maskNumber(digits: string, kind: SecretKind): string {
  const head = kind === 'idCard' ? 6 : 4;
  return digits.slice(0, head) + '*'.repeat(Math.max(0, digits.length - head - 4)) + digits.slice(-4);
}

interface Hit {
  /** Span in the normalised text, end exclusive. */
  start: number;
  end: number;
  kind: SecretKind;
  digits: string;
}

/** The numbers of one run: the whole run, else sub-runs longest first, else long groups. */
function hitsOf(t: string, run: Run): Hit[] {
  const { groups, x } = run;
  const digitsOf = (a: number, b: number): string => groups.slice(a, b).map((g) => t.slice(g.start, g.end)).join('');
  const tryRange = (a: number, b: number): Hit | null => {
    const d = digitsOf(a, b);
    if (d.length < MIN_DIGITS) return null;
    if (b === groups.length && x >= 0 && d.length === 17 && isIdCard18(d + t[x])) return { start: groups[a].start, end: x + 1, kind: 'idCard', digits: d + t[x] };
    const kind = kindOf(d);
    return kind ? { start: groups[a].start, end: groups[b - 1].end, kind, digits: d } : null;
  };
  const whole = tryRange(0, groups.length);
  if (whole) return [whole];
  const hits: Hit[] = [];
  let i = 0;
  while (i < groups.length) {
    let hit: Hit | null = null;
    let end = i + 1;
    for (let j = groups.length; j > i && !hit; j--) {
      if (i === 0 && j === groups.length) continue; // tried above
      hit = tryRange(i, j);
      end = j;
    }
    if (hit) {
      hits.push(hit);
      i = end;
      continue;
    }
    const g = groups[i];
    if (g.end - g.start >= MIN_DIGITS) hits.push({ start: g.start, end: g.end, kind: 'longNumber', digits: t.slice(g.start, g.end) });
    i++;
  }
  return hits;
}

/** Original span of normalised [start, end). */
function originalSpan(s: string, scan: ScanText, start: number, end: number): [number, number] {
  if (!scan.from) return [start, end];
  const last = scan.from[end - 1];
  return [scan.from[start], last + ((s.codePointAt(last) ?? 0) > 0xffff ? 2 : 1)];
}

function redactNumbers(s: string, found: SecretFound[]): string {
  if (!mayHoldDigits(s, MIN_DIGITS)) return s;
  const scan = scanText(s);
  const edits: [number, number, string][] = [];
  for (const run of digitRuns(scan.text)) {
    for (const h of hitsOf(scan.text, run)) {
      const masked = maskNumber(h.digits, h.kind);
      found.push({ kind: h.kind, masked });
      const [a, b] = originalSpan(s, scan, h.start, h.end);
      edits.push([a, b, masked]);
    }
  }
  return applyEdits(s, edits);
}

/**
 * The guards of redactNumbers (mayHoldDigits: 15 digit-like characters) and, with `contacts`, of
 * maskContactsInText (an at sign, or a run of 7 digit-like characters: mayHoldPhone) in one pass
 * over the text: when it is false, redactSecrets outside a contact cell changes and finds nothing.
 * @example mayHoldSecret('王* 138****5678', true) === false && mayHoldSecret('a@b.cn', true) === true
 */
export function mayHoldSecret(s: string, contacts: boolean): boolean {
  let total = 0;
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const w = digitWeight(c);
    if ((total += w) >= MIN_DIGITS) return true;
    if (!contacts) continue;
    if (c === 0x40 || c === 0xff20 || c === 0xfe6b) return true;
    if (endsPhoneRun(c)) run = 0;
    else if ((run += w) >= 7) return true;
  }
  return false;
}

/**
 * Masks ID-card, bank-card and long numbers (and, with `contacts`, phones and e-mails) in a text.
 * @example redactSecrets('身份证 １１０１０５ １９４９１２３１ ００２Ｘ').text === '身份证 110105********002X'
 */
export function redactSecrets(text: string, opts: RedactOptions = {}): Redacted {
  if (typeof text !== 'string' || text === '') return { text, found: [] };
  if (!(opts.contacts && opts.contactCell) && !mayHoldSecret(text, opts.contacts === true)) return { text, found: [] };
  const found: SecretFound[] = [];
  // Numbers first: a contact rule must never take a piece of an ID for a phone number.
  let out = redactNumbers(text, found);
  if (opts.contacts && opts.contactCell) {
    const masked = maskContact(out);
    if (masked !== out) found.push({ kind: 'contact', masked });
    out = masked;
  } else if (opts.contacts) {
    const c = maskContactsInText(out);
    out = c.text;
    for (const masked of c.masked) found.push({ kind: 'contact', masked });
  }
  return { text: out, found };
}

/**
 * The text with its secrets masked (contacts left as they are).
 * @example redactText('卡号4111111111111111') === '卡号4111********1111'
 */
export const redactText = (text: string): string => redactSecrets(text).text;

/**
 * A cell value as it may be written: text redacted; a number read as the text Excel shows, and
 * replaced by that text redacted when it held a secret (a card typed into a number cell).
 * @example redactCell(110105194912310020).value === '1101**********0020'
 */
export function redactCell<T>(v: T, opts: RedactOptions = {}): { value: T | string; found: SecretFound[] } {
  if (typeof v === 'string') {
    const r = redactSecrets(v, opts);
    return { value: r.text, found: r.found };
  }
  // A phone number typed into a number cell is 11 digits; a secret 15 or more.
  if (typeof v === 'number' && Number.isFinite(v) && Math.abs(v) >= (opts.contacts ? 1e6 : 1e14)) {
    const text = numberText(v);
    const r = redactSecrets(text, opts);
    return r.found.length > 0 ? { value: r.text, found: r.found } : { value: v, found: [] };
  }
  return { value: v, found: [] };
}

/** A number as text, as cells are read elsewhere (String), without an exponent for huge integers. */
function numberText(v: number): string {
  const s = String(v);
  return /e/i.test(s) && Number.isInteger(v) ? BigInt(v).toString() : s;
}

/**
 * Every string (and long number) inside a value redacted, for JSON and CSV output: the last
 * net before anything leaves the program. Contacts are left to the data (Settings.masking).
 * @example redactDeep({ a: ['卡4111111111111111'] }) // { a: ['卡4111********1111'] }
 */
export function redactDeep<T>(v: T): T {
  if (typeof v === 'string' || typeof v === 'number') return redactCell(v).value as T;
  if (Array.isArray(v)) return v.map((x: unknown) => redactDeep(x)) as T;
  if (v !== null && typeof v === 'object' && !(v instanceof Date)) {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) out[redactText(k)] = redactDeep(x);
    return out as T;
  }
  return v;
}
