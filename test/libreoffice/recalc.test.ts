/**
 * LibreOffice as the independent check of files written headless (two soffice runs in all):
 * 1. it recalculates the statistics formulas (COUNTIFS over the Tickets table, period cells) of a
 *    workbook written WITHOUT cached results by the streaming writer, and its CSV matches
 *    `servicebook stats --json`;
 * 2. it renders the Tickets sheet with the overdue row in FFC7CE and the due-soon row in FFEB9C,
 *    from the conditional formats alone.
 */
import * as path from 'path';
import { mkdirSync } from 'fs';
import { completeTicket } from '../../src/core/engine/completeTicket';
import { getPreset } from '../../src/core/presets';
import { emptyTicket, type Ticket } from '../../src/core/schema/ticket';
import { crossTabTitle } from '../../src/core/stats/crossTabs';
import { fromMinutes, toMinutes } from '../../src/core/time/localDateTime';
import { localNow } from '../../src/core/calendar/localNow';
import { completeAll, load, planOf, statsOf } from '../../src/cli/pipeline';
import { isPlanFormula, type WorkbookPlan } from '../../src/workbook/types';
import { writePlanFile } from '../../src/xlsx/writeWorkbook';
import { sb, sbJson, tempDir, type StatsReport } from '../cli/helpers';
import { countColour, recalcToCsv, renderPages } from './libreoffice';

jest.setTimeout(300_000);

const dir = tempDir('sb-lo-');
const AS_OF = '2024-03-31T23:00';

/** The same plan with every cached formula result removed, so only a recalculation shows numbers. */
function withoutCachedResults(plan: WorkbookPlan): WorkbookPlan {
  for (const s of plan.sheets)
    for (const b of s.blocks)
      for (const row of b.rows)
        row.forEach((c, i) => {
          if (isPlanFormula(c)) row[i] = { formula: c.formula, ...(c.numFmt ? { numFmt: c.numFmt } : {}) };
        });
  return plan;
}

test('LibreOffice recalculates the statistics of a written workbook to the numbers of stats --json', async () => {
  const book = path.join(dir, 'book.xlsx');
  expect((await sb('init', '-o', book, '--sample', '80', '--as-of', AS_OF)).code).toBe(0);
  const stats = await sbJson<StatsReport>('stats', book, '--period', 'month', '--as-of', AS_OF, '--json');

  const loaded = await load(book);
  const { tickets, logs } = completeAll(loaded, AS_OF, true);
  const report = statsOf(tickets, logs, loaded.settings, 'month', AS_OF);
  expect(JSON.parse(JSON.stringify(report))).toEqual(stats);
  const plan = withoutCachedResults(planOf({ settings: loaded.settings, locale: 'zh-CN', tickets, logs, subtasks: loaded.subtasks, stats: report, fixedAsOf: AS_OF }));
  const bare = path.join(dir, 'bare.xlsx');
  // The streaming writer (its table parts are ours), so LibreOffice checks that path too; the
  // colour test below uses the in-memory writer.
  await writePlanFile(plan, bare, undefined, { streaming: true });

  const csvDir = path.join(dir, 'csv');
  mkdirSync(csvDir);
  const sheets = recalcToCsv(bare, csvDir);
  const pivots = sheets.get('汇总')!;
  const statsSheet = sheets.get('统计')!;
  expect(pivots).toBeDefined();
  expect(statsSheet).toBeDefined();

  // Cross-tabs: every count, row by row.
  let checked = 0;
  for (const ct of stats.crossTabs) {
    const title = pivots.findIndex((r) => r[0] === crossTabTitle(ct.name, 'zh-CN'));
    expect(title).toBeGreaterThanOrEqual(0);
    ct.rows.forEach((label, i) => {
      const row = pivots[title + 2 + i];
      expect(row[0]).toBe(label);
      const counts = ct.counts[i].map((n) => String(n));
      expect(row.slice(1, 1 + counts.length)).toEqual(counts);
      checked += counts.length;
    });
  }
  expect(checked).toBeGreaterThan(40);

  // Stats_Summary: tickets received in the period (a COUNTIFS over Tickets[受理时间]).
  const received = statsSheet.find((r) => r[0] === 'received')!;
  expect(received[2]).toBe(String(stats.received));
  // Stats_Classification: counts per category + subcategory, in order.
  // (under the summary, from column B; seed 003's heads 反馈类型 / 具体问题细分)
  const head = statsSheet.findIndex((r) => r[1] === '统计周期' && r[2] === '反馈类型' && r[3] === '具体问题细分');
  expect(head).toBeGreaterThan(0);
  stats.classification.forEach((c, i) => {
    const row = statsSheet[head + 1 + i];
    expect([row[2], row[3], row[4]]).toEqual([c.category, c.subcategory === '' ? '' : c.subcategory, String(c.count)]);
  });
});

test('LibreOffice renders overdue rows in FFC7CE and due-soon rows in FFEB9C (conditional formats only)', async () => {
  const settings = getPreset('standard').settings;
  const make = (over: Partial<Ticket>): Ticket => ({ ...emptyTicket(), channel: '电话', customerName: '测试客户', description: '测试', category: '故障', urgency: '高', owner: '赵*', ...over });
  // The colours follow the clock (SB_AsOf is never earlier than NOW()), so the as-of is three days
  // ahead of the real clock: LibreOffice then colours the rows as of that moment. Urgency 高 has
  // clock-hour targets (4 h / 24 h), so no calendar year matters.
  const base = toMinutes(localNow('Asia/Shanghai')) + 3 * 1440;
  const at = (minutes: number): string => fromMinutes(base + minutes);
  // A: received days before, open → overdue. B: open, resolve due an hour after the as-of → due soon. C: done.
  const asOf = at(23 * 60);
  const raw = [
    make({ id: 'CS20240325001', receivedAt: at(-3 * 1440), status: '处理中', firstResponseAt: at(-3 * 1440 + 60) }),
    make({ id: 'CS20240331002', receivedAt: at(0), status: '处理中', firstResponseAt: at(30) }),
    make({ id: 'CS20240329003', receivedAt: at(-1440), status: '已完成', firstResponseAt: at(-1440 + 30), resolvedAt: at(-1440 + 300) }),
  ];
  const tickets = raw.map((t) => completeTicket(t, { settings, asOf }));
  expect(tickets.map((t) => t.slaState)).toEqual(['已超时', '即将超时', '按时完成']);
  const report = statsOf(tickets, [], settings, 'month', asOf);
  const book = path.join(dir, 'colours.xlsx');
  await writePlanFile(planOf({ settings, locale: 'zh-CN', tickets, logs: [], subtasks: [], stats: report, fixedAsOf: asOf }), book);

  const pngDir = path.join(dir, 'pages');
  mkdirSync(pngDir);
  const pages = renderPages(book, pngDir);
  // Page 1 is the README; the Tickets sheet follows.
  const red = pages.map((p) => countColour(p, 'FFC7CE'));
  const amber = pages.map((p) => countColour(p, 'FFEB9C'));
  const ticketsPage = red.findIndex((n) => n > 0);
  expect(ticketsPage).toBeGreaterThan(0);
  expect(red[ticketsPage]).toBeGreaterThan(500);
  expect(amber[ticketsPage]).toBeGreaterThan(500);
  // The overdue row is one row: about as many red pixels as amber ones.
  expect(red[ticketsPage] / amber[ticketsPage]).toBeGreaterThan(0.5);
  expect(red[ticketsPage] / amber[ticketsPage]).toBeLessThan(2);
  expect(countColour(pages[0], 'FFC7CE')).toBe(0);
});
