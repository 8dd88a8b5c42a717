/**
 * Issue 9's tools for the privacy tests: generated ID-card and bank-card numbers in every variant
 * agents paste (full width, separators, glued letters, line breaks, number cells), and one way to
 * search every output for them — NFKC, separators removed — whatever its format (xlsx parts,
 * JSON, plain text). Independent of src/core/privacy on purpose: it must catch what the
 * redactor misses.
 */
import { readFileSync } from 'fs';
import fc from 'fast-check';
import JSZip from 'jszip';
import { getPreset } from '../../src/core/presets';
import type { LogEntry, Subtask } from '../../src/core/schema/log';
import type { Ticket } from '../../src/core/schema/ticket';
import { planOf, statsOf } from '../../src/cli/pipeline';
import { writePlanFile } from '../../src/xlsx/writeWorkbook';

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
export const idWithCheck = (d17: string): string => d17 + '10X98765432'[[...d17].reduce((a, c, i) => a + +c * ID_WEIGHTS[i], 0) % 11];
export function withLuhn(prefix: string): string {
  for (let d = 0; d <= 9; d++) {
    const s = prefix + d;
    let sum = 0;
    for (let i = 0; i < s.length; i++) {
      let x = +s[s.length - 1 - i];
      if (i % 2 === 1) x = x * 2 > 9 ? x * 2 - 9 : x * 2;
      sum += x;
    }
    if (sum % 10 === 0) return s;
  }
  throw new Error('unreachable');
}

const digits = (n: number): fc.Arbitrary<string> => fc.array(fc.constantFrom(...'0123456789'), { minLength: n, maxLength: n }).map((a) => a.join(''));

/** A valid 18-character resident ID number (area, birth date 1930–2020, sequence, check). */
export const idNumber: fc.Arbitrary<string> = fc
  .tuple(fc.integer({ min: 110000, max: 659999 }), fc.date({ min: new Date('1930-01-01'), max: new Date('2020-12-31'), noInvalidDate: true }), digits(3))
  .map(([area, day, seq]) => idWithCheck(`${area}${day.toISOString().slice(0, 10).replace(/-/g, '')}${seq}`));

/** A valid bank-card number of 16–19 digits with a card's prefix. */
export const cardNumber: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom('62', '4', '5', '35', '6', '9'), fc.integer({ min: 16, max: 19 }))
  .chain(([prefix, len]) => digits(len - prefix.length - 1).map((d) => withLuhn(prefix + d)));

export const secretNumber = fc.oneof(idNumber, cardNumber);

/** Separators seen inside numbers pasted from chats and IMEs. */
const SEPARATORS = [' ', '  ', '\t', '\u00a0', '\u3000', '.', '_', '/', '-', '\u2013', '\u2014', '\u2212', '\uff0d', '\u30fc', '\n', '\r\n', '\u200b', '．', '／'];
const fullWidth = (s: string): string => s.replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

/**
 * The number as someone might type it: full width or not, split into groups by a separator or
 * none, letters glued on either side.
 */
export function variantOf(n: string, opts: { sheetName?: boolean } = {}): fc.Arbitrary<string> {
  const seps = opts.sheetName ? SEPARATORS.filter((s) => !/[/\\／\n\r\t]/.test(s)) : SEPARATORS;
  return fc
    .record({
      width: fc.constantFrom('ascii', 'full', 'mixed'),
      sep: fc.constantFrom('', ...seps),
      groups: fc.array(fc.integer({ min: 1, max: 8 }), { minLength: 1, maxLength: 6 }),
      before: fc.constantFrom('', 'ID', '卡号', 'No', '证件'),
      after: fc.constantFrom('', 'ABC', '号', 'x'),
      mixMask: fc.array(fc.boolean(), { minLength: n.length, maxLength: n.length }),
    })
    .map(({ width, sep, groups, before, after, mixMask }) => {
      const chars = [...n].map((c, i) => (width === 'full' || (width === 'mixed' && mixMask[i]) ? fullWidth(c) : c));
      const parts: string[] = [];
      let at = 0;
      for (let g = 0; at < chars.length; g++) {
        const size = groups[g % groups.length];
        parts.push(chars.slice(at, at + size).join(''));
        at += size;
      }
      return before + parts.join(sep) + after;
    });
}

const WORDS = ['客户来电', '请核实', '退款到', '身份证', '卡号', '已登记', 'VIP', '王女士', '说', '：', '，', '。', '（备注）', 'abc', '订单20231008001，', '电话010-12345678，'];
/** Text around a secret: words, punctuation, short numbers — never a digit touching the secret. */
export const words: fc.Arbitrary<string> = fc.array(fc.constantFrom(...WORDS), { maxLength: 4 }).map((a) => a.join(''));
export const embedded = (v: string): fc.Arbitrary<string> => fc.tuple(words, words).map(([a, b]) => `${a}${a ? '：' : ''}${v}${b ? '，' : ''}${b}`);

const SEPARATOR_CHARS = /[\s._/\-\u00ad\u2010-\u2015\u2212\u2043\u2500\u2e3a\u2e3b\u30fc\u200b-\u200d\u2060\ufeff]/g;
/** An output as the search reads it: NFKC, no separators, upper case. */
export const searchable = (s: string): string => s.normalize('NFKC').replace(SEPARATOR_CHARS, '').toUpperCase();

/**
 * True when the output shows the number, or 12 consecutive characters of it (a float cell keeps
 * a card's first 15–16 digits; a mask keeps at most the first 6 and the last 4).
 */
export function leaks(output: string, n: string): boolean {
  const hay = searchable(output);
  const needle = n.toUpperCase();
  const w = Math.min(12, needle.length);
  for (let i = 0; i + w <= needle.length; i++) if (hay.includes(needle.slice(i, i + w))) return true;
  return false;
}

const decodeXml = (s: string): string =>
  s
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)))
    .replace(/&#x([0-9A-Fa-f]+);/g, (_m, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_m, d: string) => String.fromCodePoint(+d))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** Every text part of an .xlsx package (cells, shared strings, sheet and table names, headers), decoded. */
export async function xlsxText(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const parts = await Promise.all(Object.values(zip.files).filter((f) => !f.dir && /\.(xml|rels)$/.test(f.name)).map((f) => f.async('string')));
  // Tags apart, so text of neighbouring cells does not join.
  return parts.map((p) => decodeXml(p.replace(/<[^>]*>/g, (tag) => `\n${tag.replace(/"[^"]*"/g, (v) => ` ${decodeXml(v)} `)}\n`))).join('\n');
}

/**
 * Every string (keys included) and number of a JSON document, escapes such as `\n` decoded, each
 * apart from the next by `|` (not a separator: neighbouring values such as a run of counts never
 * join into a number).
 */
export function jsonText(out: string): string {
  const acc: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') acc.push(v);
    else if (typeof v === 'number') acc.push(String(v));
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) {
        acc.push(k);
        walk(x);
      }
  };
  walk(JSON.parse(out));
  return acc.join('\n|\n');
}

/**
 * A structured workbook written as a team might have filled it, secrets and all: the plan of the
 * given rows straight to a file (no redaction on this path, so the workbook holds what an agent typed).
 */
export async function writeStructuredBook(file: string, tickets: Ticket[], logs: LogEntry[], subtasks: Subtask[]): Promise<void> {
  const settings = getPreset('standard').settings;
  const asOf = '2024-03-31T23:00';
  const stats = statsOf([], [], settings, 'month', asOf);
  await writePlanFile(planOf({ settings, locale: 'zh-CN', tickets, logs, subtasks, stats, fixedAsOf: asOf }), file);
}
