import fc from 'fast-check';
import { CATEGORIES, LEVELS, STATUSES } from '../schema/enums';
import { emptyTicket, type Ticket } from '../schema/ticket';
import { fromMinutes, toMinutes } from '../time/localDateTime';
import { computeStats, type PeriodFigures } from './computeStats';
import { periodContaining, PERIOD_KINDS } from './period';
import { shareOf } from './shareRule';
import { testSettings } from './testSettings';

const BASE = toMinutes('2024-01-01T00:00');
const SPAN = 200 * 24 * 60; // about half a year of minutes
const time = fc.integer({ min: 0, max: SPAN }).map((m) => fromMinutes(BASE + m));
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });

const ticketArb: fc.Arbitrary<Ticket> = fc
  .record({
    id: fc.constantFrom('', 'T1', 'T2', 'T3'),
    receivedAt: maybe(time),
    resolveAfter: maybe(fc.integer({ min: -600, max: 20_000 })),
    respondAfter: maybe(fc.integer({ min: 0, max: 3_000 })),
    responseDue: maybe(time),
    resolveDue: maybe(time),
    status: maybe(fc.constantFrom(...STATUSES)),
    priority: maybe(fc.constantFrom(...LEVELS)),
    category: maybe(fc.constantFrom(...CATEGORIES)),
    subcategory: fc.constantFrom('', '物流服务', '产品功能', ' 物流服务'),
    satisfaction: maybe(fc.integer({ min: 1, max: 5 })),
    channel: fc.constantFrom('', '电话', '微信', '邮件'),
    owner: fc.constantFrom('', '李工', '赵六'),
    emotion: fc.constantFrom('', '焦急', '愤怒'),
    lastUpdateAt: maybe(time),
  })
  .map((r) => {
    const received = r.receivedAt ? toMinutes(r.receivedAt) : null;
    return {
      ...emptyTicket(),
      id: r.id,
      receivedAt: r.receivedAt,
      resolvedAt: received !== null && r.resolveAfter !== null ? fromMinutes(received + r.resolveAfter) : null,
      firstResponseAt: received !== null && r.respondAfter !== null ? fromMinutes(received + r.respondAfter) : null,
      responseDue: r.responseDue,
      resolveDue: r.resolveDue,
      status: r.status,
      priority: r.priority,
      category: r.category,
      subcategory: r.subcategory,
      satisfaction: r.satisfaction,
      channel: r.channel,
      owner: r.owner,
      emotion: r.emotion,
      lastUpdateAt: r.lastUpdateAt,
    };
  });

const tenths = (x: number): number => Math.round(x * 10);
const inUnit = (x: number | null): boolean => x === null || (x >= 0 && x <= 1);

function checkFigures(f: PeriodFigures): void {
  const classified = f.classification.reduce((a, r) => a + r.count, 0);
  expect(classified).toBe(f.received);
  // Each share is ROUND(count ÷ received × 100, 1) (shareRule.ts): equal counts read equal, the sum is within 0.05 per row of 100.
  f.classification.forEach((r) => expect(r.share).toBe(shareOf(r.count, f.received)));
  if (f.classification.length) expect(Math.abs(f.classification.reduce((a, r) => a + tenths(r.share), 0) - 1000)).toBeLessThanOrEqual(f.classification.length / 2);
  f.classification.forEach((r) => f.classification.forEach((q) => r.count === q.count && expect(r.share).toBe(q.share)));
  for (const rate of [f.onTimeResponseRate, f.onTimeResolutionRate, f.csat.satisfiedShare]) expect(inUnit(rate)).toBe(true);
  if (f.csat.mean !== null) expect(f.csat.mean).toBeGreaterThanOrEqual(1);
  for (const l of LEVELS) {
    const h = f.resolutionHours[l];
    expect(h.mean === null).toBe(h.count === 0);
    if (h.mean !== null) expect(h.mean).toBeGreaterThanOrEqual(0);
  }
  for (const tab of f.crossTabs) {
    expect(tab.counts).toHaveLength(tab.rows.length);
    tab.counts.forEach((row) => expect(row).toHaveLength(tab.cols.length));
    expect(tab.counts.flat().reduce((a, b) => a + b, 0)).toBe(f.received);
  }
  expect(f.topTypes.length).toBeLessThanOrEqual(5);
}

describe('computeStats properties', () => {
  const settings = testSettings();

  it('classification counts add up to received, shares to 100, rates stay in [0, 1] or null, every cross-tab covers received', () => {
    fc.assert(
      fc.property(
        fc.array(ticketArb, { maxLength: 40 }),
        fc.constantFrom(...PERIOD_KINDS.filter((k) => k !== 'custom')),
        time,
        (tickets, kind, asOf) => {
          const r = computeStats(tickets, { period: periodContaining(kind, asOf), asOf, settings });
          checkFigures(r);
          checkFigures(r.previous);
          expect(r.change.received).toBe(r.received - r.previous.received);
          expect(JSON.parse(JSON.stringify(r))).toEqual(r);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('received of adjacent weeks add up to the received of the custom range they tile', () => {
    fc.assert(
      fc.property(fc.array(ticketArb, { maxLength: 30 }), fc.integer({ min: 0, max: 25 }), (tickets, w) => {
        const first = periodContaining('week', fromMinutes(BASE + w * 7 * 1440));
        const asOf = '2024-12-31T00:00';
        const r = computeStats(tickets, { period: periodContaining('custom', asOf, { start: first.start, end: fromMinutes(toMinutes(first.end) + 7 * 1440) }), asOf, settings });
        const a = computeStats(tickets, { period: first, asOf, settings });
        const second = computeStats(tickets, { period: periodContaining('week', first.end), asOf, settings });
        expect(r.received).toBe(a.received + second.received);
        expect(r.resolved).toBe(a.resolved + second.resolved);
      }),
      { numRuns: 100 },
    );
  });
});
