/**
 * Masks a contact value on entry (seed 003: 138****5678). Only what identifies a person is
 * hidden; enough stays visible for an agent to confirm "the number ending 5678" on the phone.
 *
 * Decisions (documented so the hosts and tests agree):
 * - mainland mobiles, with or without +86/0086 and spaces/dashes → `138****5678`;
 * - landlines with an area code → `010-****5678`; a bare 7–8 digit number (a landline without
 *   area code) → `****5678`; other numbers with separators (400-050-0827) → `****0827`;
 * - e-mail → first character of the local part + `***@domain`;
 * - WeChat/QQ ids (labelled `微信:`/`QQ:`/`wx:`, or a bare Latin/digit id of 5+ characters) →
 *   first character + `***`, the label kept;
 * - anything that already contains `*`, or is shorter than 5 characters, is left alone, so
 *   masking is idempotent and partially masked values from the templates (`*,5678`) survive.
 * Several contacts in one cell ("138… / chen@x.com") are masked one by one.
 */

const NOT_DIGIT_BEFORE = '(?<![0-9A-Za-z])';
const NOT_DIGIT_AFTER = '(?![0-9A-Za-z])';
/** +86 / 0086 / 86 prefix, then 1[3-9]x xxxx xxxx with optional single space or dash separators. */
const MOBILE = new RegExp(
  `${NOT_DIGIT_BEFORE}(?:\\+?\\s?86[\\s-]?|0086[\\s-]?)?(1[3-9]\\d)[\\s-]?(\\d{4})[\\s-]?(\\d{4})${NOT_DIGIT_AFTER}`,
  'g',
);
/** Area code 0xx / 0xxx (optionally in brackets), then a 7–8 digit number, optional extension. */
const LANDLINE = new RegExp(
  `${NOT_DIGIT_BEFORE}[(（]?(0\\d{2,3})[)）]?[\\s-]?(\\d{3,4})[\\s-]?(\\d{4})${NOT_DIGIT_AFTER}`,
  'g',
);
const EMAIL = /([A-Za-z0-9._%+-]+)@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g;
/** A bare 7–8 digit number: a landline without area code. */
const BARE_LANDLINE = /^(\d{3,4})(\d{4})$/;
/** `微信：abc` / `QQ号12345` (Chinese labels need no separator) and `wx: abc` / `QQ 12345` (Latin ones do). */
const ID_LABELS = [
  /^(微信号?|QQ号)(\s*[:：]?\s*)([A-Za-z0-9_.-]{2,})$/i,
  /^(weixin|wechat|wx|qq)(\s*[:：]\s*|\s+)([A-Za-z0-9_.-]{2,})$/i,
];
/** Other numbers written with separators (400-050-0827, 852 1234 5678). */
const PHONE_LIKE = /^\+?[\d()（）]+(?:[\s-]+[\d()（）]+)+$/;
const BARE_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{4,}$/;

const MASK3 = '***';
const MASK4 = '****';

export function maskContact(s: string): string {
  if (typeof s !== 'string') return s;
  const value = s.trim();
  if (value.length < 5 || value.includes('*')) return s;

  let changed = false;
  let out = value
    .replace(EMAIL, (_m, local: string, domain: string) => {
      changed = true;
      return `${local[0]}${MASK3}@${domain}`;
    })
    .replace(MOBILE, (_m, a: string, _b: string, c: string) => {
      changed = true;
      return `${a}${MASK4}${c}`;
    })
    .replace(LANDLINE, (_m, area: string, _b: string, c: string) => {
      changed = true;
      return `${area}-${MASK4}${c}`;
    });
  if (changed) return out;

  const bare = BARE_LANDLINE.exec(value);
  if (bare) return `${MASK4}${bare[2]}`;
  const labelled = ID_LABELS.map((re) => re.exec(value)).find((m) => m !== null);
  if (labelled) return `${labelled[1]}${labelled[2]}${labelled[3][0]}${MASK3}`;
  if (PHONE_LIKE.test(value)) {
    const digits = value.replace(/\D/g, '');
    if (digits.length >= 7) return `${digits.length >= 11 ? digits.slice(0, 3) : ''}${MASK4}${digits.slice(-4)}`;
  }
  if (BARE_ID.test(value)) return `${value[0]}${MASK3}`;
  out = s;
  return out;
}

/** True when the value still shows a full phone number or e-mail address. */
export function isContactUnmasked(s: string): boolean {
  return typeof s === 'string' && maskContact(s) !== s;
}
