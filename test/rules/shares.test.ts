/**
 * One rule for shares (issue 8): for several count distributions — 4 of 21, equal counts, one
 * large count among ones, random ones — the statistics sheet is written, LibreOffice recalculates
 * it (one soffice run for every workbook), and every share cell equals the share `stats --json`
 * gives: the classification's (Stats_Classification) and the share-by-type block's (topTypes).
 */
import * as path from 'path';
import { mkdirSync } from 'fs';
import fc from 'fast-check';
import { completeTicket } from '../../src/core/engine/completeTicket';
import { createNumberAllocator } from '../../src/core/numbering/nextTicketNumber';
import { defaultSettings } from '../../src/core/presets';
import { CATEGORIES } from '../../src/core/schema/enums';
import { emptyTicket, type Ticket } from '../../src/core/schema/ticket';
import { shareOf } from '../../src/core/stats/shareRule';
import { fromMinutes, toMinutes } from '../../src/core/time/localDateTime';
import { planOf, statsOf } from '../../src/cli/pipeline';
import { header } from '../../src/workbook/labels';
import { statValue } from '../../src/workbook/plan/words';
import { writePlanFile } from '../../src/xlsx/writeWorkbook';
import { sbJson, tempDir, type StatsReport } from '../cli/helpers';
import { recalcManyToCsv } from '../libreoffice/libreoffice';

jest.setTimeout(300_000);

const settings = defaultSettings();
const AS_OF = '2026-06-20T12:00';
const monthStart = toMinutes('2026-06-01T09:00');

const DISTRIBUTIONS: number[][] = [
  [17, 4], // 4 of 21: 19.0, never 18.4
  [13, 4, 4],
  [15, 1, 1, 1, 1, 1, 1],
  [1, 1, 1],
  [3, 3, 3, 3, 3, 3, 3],
  [1, 6],
  ...fc.sample(fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 2, maxLength: 9 }), { seed: 8, numRuns: 4 }),
];

/** Group i's tickets: category CATEGORIES[i mod 6], subcategory 细分i, received in June 2026. */
function ticketsOf(counts: readonly number[]): Ticket[] {
  const allocator = createNumberAllocator(settings.numbering.pattern, []);
  const out: Ticket[] = [];
  let k = 0;
  counts.forEach((n, group) => {
    for (let j = 0; j < n; j++) {
      const receivedAt = fromMinutes(monthStart + (k++ % 400) * 60);
      const raw: Ticket = {
        ...emptyTicket(),
        id: allocator.next(receivedAt),
        receivedAt,
        channel: '电话',
        customerName: '测试客户',
        description: '测试工单',
        category: CATEGORIES[group % CATEGORIES.length],
        subcategory: `细分${group}`,
        priority: '中',
        status: '处理中',
        owner: '赵*',
      };
      out.push(completeTicket(raw, { settings, asOf: AS_OF, log: [] }));
    }
  });
  return out;
}

/** Rows under the header row whose cells `before` and `count` stand side by side, until a blank count. */
function blockBelow(csv: string[][], before: string): { countCol: number; rows: string[][] } {
  const count = header('count', 'zh-CN');
  const top = csv.findIndex((r) => r.some((c, i) => c === count && r[i - 1] === before && r[i + 1] === header('share', 'zh-CN')));
  expect(top).toBeGreaterThanOrEqual(0);
  const countCol = csv[top].indexOf(count);
  const rows: string[][] = [];
  for (let r = top + 1; r < csv.length && (csv[r][countCol] ?? '') !== ''; r++) rows.push(csv[r]);
  return { countCol, rows };
}

test('every share on the recalculated statistics sheet equals the share of stats --json', async () => {
  const dir = tempDir('sb-shares-');
  const books = await Promise.all(
    DISTRIBUTIONS.map(async (counts, n) => {
      const tickets = ticketsOf(counts);
      const stats = statsOf(tickets, [], settings, 'month', AS_OF);
      const plan = planOf({ settings, locale: 'zh-CN', tickets, logs: [], subtasks: [], stats, fixedAsOf: AS_OF });
      const book = path.join(dir, `shares-${n}.xlsx`);
      await writePlanFile(plan, book);
      return { counts, book, sheet: plan.sheets.find((s) => s.key === 'stats')!.name };
    }),
  );
  const csvDir = path.join(dir, 'csv');
  mkdirSync(csvDir);
  const recalculated = recalcManyToCsv(
    books.map((b) => b.book),
    csvDir,
  );

  const seen: string[] = [];
  for (const { counts, book, sheet } of books) {
    const json = await sbJson<StatsReport>('stats', book, '--period', 'month', '--as-of', AS_OF, '--json');
    const csv = recalculated.get(book)!.get(sheet)!;
    const total = counts.reduce((a, b) => a + b, 0);
    expect(json.received).toBe(total);

    // Stats_Classification: live counts and the shares beside them.
    const classification = blockBelow(csv, header('feedbackDetail', 'zh-CN'));
    expect(classification.rows.map((r) => [r[classification.countCol - 1], Number(r[classification.countCol]), Number(r[classification.countCol + 1])])).toEqual(
      json.classification.map((c) => [c.subcategory, c.count, c.share]),
    );
    // Equal counts read equal, and every share is the one recomputed from its count.
    for (const c of json.classification) expect(c.share).toBe(shareOf(c.count, total));

    // Share by feedback type: every category, the top five of which stats --json lists.
    const byType = blockBelow(csv, header('feedbackType', 'zh-CN'));
    const shown = new Map(byType.rows.map((r) => [r[byType.countCol - 1], [Number(r[byType.countCol]), Number(r[byType.countCol + 1])]]));
    expect(json.topTypes.length).toBeGreaterThan(0);
    for (const t of json.topTypes) expect(shown.get(statValue('category', t.category, 'zh-CN'))).toEqual([t.count, t.share]);
    seen.push(`${counts.join('/')}: ${json.classification.map((c) => c.share).join(' ')}`);
  }
  expect(seen).toHaveLength(DISTRIBUTIONS.length);
});
