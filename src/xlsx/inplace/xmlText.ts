/**
 * Text as OOXML carries it: XML-escaped, and characters XML 1.0 cannot hold written as
 * `_xHHHH_` (ST_Xstring), with a literal `_xHHHH_` protected as `_x005F_xHHHH_` so it reads back
 * unchanged. Lone surrogates become U+FFFD. Nothing invalid ever reaches the file.
 */

/**
 * @example escapeXstring('a\u0001b') === 'a_x0001_b'
 * @example escapeXstring('_x0041_') === '_x005F_x0041_'
 */
export function escapeXstring(s: string): string {
  return s
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1')
    // The characters XML 1.0 forbids are exactly what this replaces.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`)
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** @example escapeXml('a<b & "c"') === 'a&lt;b &amp; &quot;c&quot;' */
export const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Cell or attribute text: both. @example xmlText('<\u0007>') === '&lt;_x0007_&gt;' */
export const xmlText = (s: string): string => escapeXml(escapeXstring(s));
