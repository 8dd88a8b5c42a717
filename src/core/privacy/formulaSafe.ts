/**
 * Text that Excel (or a CSV reader) would turn into a formula: it starts — after any leading
 * spaces — with `=`, `+`, `-` or `@`, or their full-width forms `＝＋－＠` (an IME types those and
 * Excel on Windows converts them). Hosts write such text as text (`'` prefix / string type).
 *
 * Decision: a plain signed number (`-5`, `-12.5`, `+3`) is a number, not text: it is not
 * formula-like, because Excel stores it as the number it shows and evaluates nothing.
 * `-5+1`, `-A1`, `--1` or `+86 138…` are formula-like.
 */
const TRIGGERS = new Set(['=', '+', '-', '@', '＝', '＋', '－', '＠']);
const LEADING_SPACE = /^[\s\u3000]+/;
const SIGNED_NUMBER = /^[+-]?(\d+(\.\d+)?|\.\d+)$/;

export function isFormulaLike(s: unknown): boolean {
  if (typeof s !== 'string') return false;
  const t = s.replace(LEADING_SPACE, '');
  if (t === '' || !TRIGGERS.has(t[0])) return false;
  return !SIGNED_NUMBER.test(t.trimEnd());
}

/** The text as a host should write it so it stays text: a leading apostrophe when formula-like. */
export function formulaSafe(s: string): string {
  return isFormulaLike(s) ? `'${s}` : s;
}
