/** The byte length of a string in UTF-8. */

/**
 * The UTF-8 length of a string, exactly as TextEncoder writes it: Chinese text is 3 bytes a
 * character, a surrogate pair 4, a lone surrogate 3 (TextEncoder writes U+FFFD for it).
 * @example utf8Length('a中😀') // 8
 */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
