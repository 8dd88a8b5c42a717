/**
 * Masks contacts (seed 003: 138****5678). Only what identifies a person is hidden; enough stays
 * visible for an agent to confirm "the number ending 5678" on the phone. The policy is ours:
 *
 * In any text (maskContactsInText), after NFKC (full-width digits, `＠`, U+3000):
 * - mainland mobiles, with or without +86 / 0086 / 86 / (+86), spaces, dots or dashes → `138****5678`;
 * - landlines with an area code (`010-12345678`, `(0755)1234567`, `+86 10 1234 5678`) → `010-****5678`;
 * - Hong Kong, Macao and Taiwan numbers written with +852 / +853 / +886 (or 00…) → `+852 ****5678`;
 * - e-mail addresses with any domain (`例子.中国`, `localhost`) → first character of the local part
 *   + `***`: `c***@x.com`; a local part in another script too (`张***@例子.中国`, when the domain
 *   has a dot).
 * Each contact is masked wherever it sits in the text, whatever else the text holds (`王* 138…`,
 * `138…（客户要求*加急）`): a `*` elsewhere does not stop masking. Masked values never match again,
 * so masking is idempotent.
 *
 * In the contact column (maskContact), what the column holds and free text would not: a bare 7–8
 * digit number (a landline without area code) → `****5678`; other numbers written with separators
 * (400-050-0827) → `****0827`; WeChat/QQ ids (labelled `微信:` / `QQ:` / `wx:`, or a bare Latin/digit
 * id of 5+ characters) → first character + `***`, the label kept. Values shorter than 5
 * characters and partly masked values from the templates (`*,5678`) stay as they are.
 */
import { nfkc } from '../text/nfkc';
import { applyEdits, digitWeight, scanText } from './scanText';

/** Separators inside a phone number: up to two spaces, dots or dash-likes. */
const P = '[ \\t.\\-\\u2010-\\u2015\\u2212\\u30fc]{0,2}';
const AREA = '0(?:10|2\\d|[3-9]\\d{2})';

interface Rule {
  re: RegExp;
  mask: (m: RegExpExecArray) => string;
  /** Characters of the match to replace (from its start); the whole match when absent. */
  length?: (m: RegExpExecArray) => number;
  /** Whether a match counts (another rule takes the rest); every match when absent. */
  when?: (m: RegExpExecArray) => boolean;
  /** The rule matches only text with an `@` (an address): skipped without running it on text that has none. */
  needsAt?: true;
}

const RULES: Rule[] = [
  {
    // A local part in any script (RFC 6531: 张三@例子.中国, josé@correo.es): the whole run of letters
    // before the `@`, so text run on in front of it is masked too. A dotted domain is required, so
    // @-mentions (`请@李四 处理`) are not addresses.
    // The run is matched from its start only (the look-behind) and checked for a non-ASCII letter
    // afterwards: a look-ahead for it rescanned the run from every start, quadratic on long text.
    re: /(?<![\p{L}\p{N}._%+-])([\p{L}\p{N}._%+-]+)@(?=[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[\p{L}\p{N}])/gu,
    when: (m) => /\P{ASCII}/u.test(m[1]),
    mask: (m) => `${[...m[1]][0]}***`,
    length: (m) => m[1].length,
    needsAt: true,
  },
  {
    // The local part of an address; the domain may be anything (例子.中国, localhost).
    re: /(?<![A-Za-z0-9._%+-])([A-Za-z0-9._%+-]+)@(?=[\p{L}\p{N}])/gu,
    mask: (m) => `${m[1][0]}***`,
    length: (m) => m[1].length,
    needsAt: true,
  },
  {
    re: new RegExp(`(?<![0-9])(?:(?:\\+|00)\\s?86[ \\-]{0,2}|\\(\\s?(?:\\+|00)?86\\s?\\)\\s?|86[ \\-]?)?(1[3-9]\\d)${P}(\\d{4})${P}(\\d{4})(?![0-9])`, 'g'),
    mask: (m) => `${m[1]}****${m[3]}`,
  },
  {
    re: new RegExp(`(?<![0-9])(?:(?:\\+|00)\\s?86|\\(\\s?\\+?86\\s?\\))[ \\-]{0,2}\\(?0?(10|2\\d|[3-9]\\d{2})\\)?${P}(\\d{3,4})${P}(\\d{4})(?![0-9])`, 'g'),
    mask: (m) => `0${m[1]}-****${m[3]}`,
  },
  {
    re: new RegExp(`(?<![0-9])(?:\\+|00)\\s?(852|853|886)[ \\-]{0,2}(?:\\(0\\)\\s?|0)?(\\d(?:${P}\\d){6,9})(?![0-9])`, 'g'),
    mask: (m) => `+${m[1]} ****${m[2].replace(/\D/g, '').slice(-4)}`,
  },
  {
    re: new RegExp(`(?<![0-9])(?:\\(\\s?)?(${AREA})(?:\\s?\\))?${P}(\\d{3,4})${P}(\\d{4})(?![0-9])`, 'g'),
    mask: (m) => `${m[1]}-****${m[3]}`,
  },
];

/**
 * Ends a run of a phone number's characters: a mask's `*`, a Latin letter, an ideograph, CJK punctuation.
 * @example endsPhoneRun('*'.charCodeAt(0)) === true && endsPhoneRun('-'.charCodeAt(0)) === false
 */
export const endsPhoneRun = (c: number): boolean =>
  c === 42 || c === 0xff0a || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0x3400 && c <= 0x9fff) || c === 0x3001 || c === 0x3002 || c === 0xff0c || c === 0xff1a;

/**
 * Could hold a phone number: 7 digit-like characters (digitWeight) with nothing
 * between them that a phone rule lets through a match — separators, brackets and `+` keep a run
 * going, a mask's `*`, a letter or an ideograph ends it. Masked numbers are skipped at once.
 * @example mayHoldPhone('王* 138****5678') === false && mayHoldPhone('(010) 1234-5678') === true
 */
export function mayHoldPhone(s: string): boolean {
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (endsPhoneRun(c)) run = 0;
    else if ((run += digitWeight(c)) >= 7) return true;
  }
  return false;
}

/** Could hold a phone number or an address (an at sign). */
const mayHoldContact = (s: string): boolean => /[@\uff20\ufe6b]/.test(s) || mayHoldPhone(s);

/**
 * Every phone number and e-mail address of a text masked; `masked` lists what was written.
 * @example maskContactsInText('王* １３８１２３４５６７８').text === '王* 138****5678'
 */
export function maskContactsInText(s: string): { text: string; masked: string[] } {
  if (typeof s !== 'string' || !mayHoldContact(s)) return { text: s, masked: [] };
  const scan = scanText(s);
  const t = scan.text;
  const hasAt = t.includes('@');
  const taken: [number, number][] = [];
  const hits: [number, number, string][] = [];
  for (const rule of RULES) {
    if (rule.needsAt && !hasAt) continue;
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(t); m; m = rule.re.exec(t)) {
      if (rule.when && !rule.when(m)) continue;
      const start = m.index;
      const end = start + (rule.length ? rule.length(m) : m[0].length);
      if (taken.some(([a, b]) => start < b && a < end)) continue;
      taken.push([start, end]);
      hits.push([start, end, rule.mask(m)]);
    }
  }
  if (hits.length === 0) return { text: s, masked: [] };
  hits.sort((a, b) => a[0] - b[0]);
  const from = scan.from;
  const edits = hits.map(([a, b, rep]) => [from ? from[a] : a, from ? from[b] : b, rep] as const);
  return { text: applyEdits(s, edits), masked: hits.map((h) => h[2]) };
}

/** A bare 7–8 digit number: a landline without area code. */
const BARE_LANDLINE = /^(\d{3,4})(\d{4})$/;
/** `微信：abc` / `QQ号12345` (Chinese labels need no separator) and `wx: abc` / `QQ 12345` (Latin ones do). */
const ID_LABELS = [/^(微信号?|QQ号)(\s*[:：]?\s*)([A-Za-z0-9_.-]{2,})$/i, /^(weixin|wechat|wx|qq)(\s*[:：]\s*|\s+)([A-Za-z0-9_.-]{2,})$/i];
/** Other numbers written with separators (400-050-0827, 852 1234 5678). */
const PHONE_LIKE = /^\+?[\d()]+(?:[\s-]+[\d()]+)+$/;
const BARE_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{4,}$/;

/**
 * A contact cell masked (see the policy above); the trimmed value when it changed.
 * @example maskContact('+86 138 1234 5678') === '138****5678' && maskContact('微信：chenli_88') === '微信：c***'
 */
export function maskContact(s: string): string {
  if (typeof s !== 'string') return s;
  const value = s.trim();
  if (value.length < 5) return s;
  const strong = maskContactsInText(value);
  if (strong.masked.length > 0) return strong.text;
  // Every rule below matches the whole value, and none lets a `*` through (NFKC keeps it): a
  // value already masked (`137****4994`, `*,5678`) stays as it is, without running them.
  if (value.includes('*')) return s;

  const n = nfkc(value);
  const bare = BARE_LANDLINE.exec(n);
  if (bare) return `****${bare[2]}`;
  const labelled = ID_LABELS.map((re) => re.exec(value)).find((m) => m !== null);
  if (labelled) return `${labelled[1]}${labelled[2]}${labelled[3][0]}***`;
  if (PHONE_LIKE.test(n)) {
    const digits = n.replace(/\D/g, '');
    if (digits.length >= 7) return `${digits.length >= 11 ? digits.slice(0, 3) : ''}****${digits.slice(-4)}`;
  }
  if (BARE_ID.test(n)) return `${n[0]}***`;
  return s;
}

/**
 * True when a contact cell still shows a full phone number, address or id.
 * @example isContactUnmasked('13812345678') === true && isContactUnmasked('138****5678') === false
 */
export function isContactUnmasked(s: string): boolean {
  return typeof s === 'string' && maskContact(s) !== s;
}

/**
 * True when a text shows a full phone number or e-mail address anywhere.
 * @example hasUnmaskedContact('请回电 13812345678') === true
 */
export function hasUnmaskedContact(s: string): boolean {
  return maskContactsInText(s).masked.length > 0;
}
