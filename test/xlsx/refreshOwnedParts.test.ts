/**
 * Issue 7: `refresh` in place rewrites what ServiceBook owns — and its charts and PivotTables are
 * ServiceBook's too. After a refresh into a new period, the 汇总 sheet's PivotTables must still
 * sit on their cells with a cache of the new period's tickets, and every chart's cached values
 * must be the cells its series name (viewers that never recalculate show the cache). Before the
 * fix, the PivotTables pointed at emptied cells and their cache held the old period's records.
 */
import * as path from 'path';
import { sb, sbJson, tempDir } from '../cli/helpers';
import type { StatsReport } from '../../src/core/stats/computeStats';
import { ooxmlErrors } from '../support/ooxmlValidator';
import { zipParts } from '../support/zipParts';

jest.setTimeout(120_000);

const text = (parts: Map<string, Buffer>, name: string): string => parts.get(name)?.toString('utf8') ?? '';
const attr = (xml: string, re: RegExp): string | null => re.exec(xml)?.[1] ?? null;

/** Cell address → shown value (inline or shared string, or number) of a worksheet part. */
function cellValues(sheet: string, shared: string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of sheet.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const [, ref, attrs, body = ''] = m;
    const v = /<v>([^<]*)<\/v>/.exec(body)?.[1];
    const inline = [...body.matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((x) => x[1]).join('');
    if (/t="s"/.test(attrs) && v !== undefined) out.set(ref, shared[+v] ?? '');
    else if (/t="inlineStr"/.test(attrs)) out.set(ref, inline);
    else if (v !== undefined) out.set(ref, v);
  }
  return out;
}

const sharedStrings = (parts: Map<string, Buffer>): string[] =>
  [...text(parts, 'xl/sharedStrings.xml').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => [...m[1].matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((x) => x[1]).join(''));

/** Worksheet part by sheet name. */
function sheetPart(parts: Map<string, Buffer>, name: string): string {
  const rid = attr(text(parts, 'xl/workbook.xml'), new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`))!;
  const target = attr(text(parts, 'xl/_rels/workbook.xml.rels'), new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`)) ?? attr(text(parts, 'xl/_rels/workbook.xml.rels'), new RegExp(`Target="([^"]+)"[^>]*Id="${rid}"`))!;
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

/** Every cell of an A1 range such as `K2:P10` or `$B$3:$B$9`. */
function cellsOf(range: string): string[] {
  const [a, b = a] = range.replace(/\$/g, '').split(':');
  const col = (s: string): number => [...s.replace(/\d+/, '')].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const letters = (n: number): string => (n > 26 ? letters(Math.floor((n - 1) / 26)) : '') + String.fromCharCode(65 + ((n - 1) % 26));
  const out: string[] = [];
  for (let r = +a.replace(/\D+/, ''); r <= +b.replace(/\D+/, ''); r++) for (let c = col(a); c <= col(b); c++) out.push(`${letters(c)}${r}`);
  return out;
}

test('after a refresh into another period, the PivotTables sit on their cells with the new cache, and chart caches equal their cells', async () => {
  const dir = tempDir('sb-owned-parts-');
  const a = path.join(dir, 'march.xlsx');
  const b = path.join(dir, 'april.xlsx');
  expect((await sb('init', '-o', a, '--sample', '60', '--as-of', '2024-03-31T23:00')).code).toBe(0);
  // Another week: other tickets, other counts.
  expect((await sb('refresh', a, '-o', b, '--as-of', '2024-03-20T10:00')).code).toBe(0);
  const stats = await sbJson<StatsReport>('stats', b, '--as-of', '2024-03-20T10:00', '--period', 'week', '--json');

  const parts = await zipParts(b);
  const shared = sharedStrings(parts);
  const pivotTables = [...parts.keys()].filter((n) => /^xl\/pivotTables\/pivotTable\d+\.xml$/.test(n));
  expect(pivotTables.length).toBeGreaterThan(0);
  const summary = cellValues(text(parts, sheetPart(parts, '汇总')), shared);
  for (const p of pivotTables) {
    const xml = text(parts, p);
    const location = attr(xml, /<location ref="([^"]+)"/)!;
    // The caption and the grand total of the table are on the sheet, where the PivotTable says.
    const cells = cellsOf(location);
    expect(summary.get(cells[0])).toMatch(/计数项/);
    expect(cells.filter((c) => summary.has(c)).length).toBeGreaterThan(4);
  }
  const definitions = [...parts.keys()].filter((n) => /^xl\/pivotCache\/pivotCacheDefinition\d+\.xml$/.test(n));
  expect(definitions).toHaveLength(1);
  const def = text(parts, definitions[0]);
  // The cache holds the tickets received in the new period, and its source block is on the sheet.
  expect(Number(attr(def, /recordCount="(\d+)"/))).toBe(stats.received);
  const records = text(parts, definitions[0].replace('Definition', 'Records'));
  expect([...records.matchAll(/<r>/g)].length).toBe(stats.received);
  const source = attr(def, /worksheetSource ref="([^"]+)"/)!;
  expect(cellsOf(source).filter((c) => summary.has(c)).length).toBeGreaterThanOrEqual(stats.received);

  // Every chart's cached values are the cells its series name.
  const charts = [...parts.keys()].filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n));
  expect(charts.length).toBeGreaterThan(0);
  let compared = 0;
  for (const c of charts) {
    const xml = text(parts, c);
    for (const m of xml.matchAll(/<c:val>\s*<c:numRef>\s*<c:f>([^<]+)<\/c:f>\s*<c:numCache>([\s\S]*?)<\/c:numCache>/g)) {
      const [sheetName, range] = m[1].replace(/&apos;/g, "'").split('!');
      const sheet = cellValues(text(parts, sheetPart(parts, sheetName.replace(/^'|'$/g, ''))), shared);
      const cached = [...m[2].matchAll(/<c:pt idx="(\d+)">\s*<c:v>([^<]*)<\/c:v>/g)].map((x) => [+x[1], Number(x[2])] as const);
      const cells = cellsOf(range);
      for (const [i, v] of cached) {
        expect({ chart: c, cell: cells[i], value: Number(sheet.get(cells[i]) ?? 0) }).toEqual({ chart: c, cell: cells[i], value: v });
        compared++;
      }
    }
  }
  expect(compared).toBeGreaterThan(0);
  // No part of the old period left behind, and Excel would not repair the file.
  expect(pivotTables.length).toBe(new Set(pivotTables.map((p) => attr(text(parts, p), /name="([^"]+)"/))).size);
  expect(ooxmlErrors(b)).toEqual([]);
});

test('a period without tickets takes the PivotTables out cleanly, and the next refresh with tickets puts them back', async () => {
  const dir = tempDir('sb-owned-parts-');
  const a = path.join(dir, 'march.xlsx');
  const empty = path.join(dir, 'empty.xlsx');
  const back = path.join(dir, 'back.xlsx');
  expect((await sb('init', '-o', a, '--sample', '60', '--as-of', '2024-03-31T23:00')).code).toBe(0);
  expect((await sb('refresh', a, '-o', empty, '--as-of', '2024-09-20T10:00')).code).toBe(0);
  const none = await zipParts(empty);
  expect([...none.keys()].filter((n) => /pivot/i.test(n))).toEqual([]);
  expect(text(none, 'xl/workbook.xml')).not.toMatch(/pivotCache/);
  expect(text(none, '[Content_Types].xml')).not.toMatch(/pivot/i);
  expect(ooxmlErrors(empty)).toEqual([]);

  expect((await sb('refresh', empty, '-o', back, '--as-of', '2024-03-20T10:00')).code).toBe(0);
  const stats = await sbJson<StatsReport>('stats', back, '--as-of', '2024-03-20T10:00', '--period', 'week', '--json');
  const parts = await zipParts(back);
  expect([...parts.keys()].filter((n) => /^xl\/pivotTables\/pivotTable\d+\.xml$/.test(n)).length).toBeGreaterThan(0);
  const def = [...parts.keys()].filter((n) => /^xl\/pivotCache\/pivotCacheDefinition\d+\.xml$/.test(n));
  expect(def).toHaveLength(1);
  expect(Number(attr(text(parts, def[0]), /recordCount="(\d+)"/))).toBe(stats.received);
  expect(ooxmlErrors(back)).toEqual([]);
});
