/**
 * "Never throws, always returns a well-formed value" for every function that reads what a user
 * typed. `npm test` runs a few hundred cases each; `npm run fuzz` sets FUZZ_RUNS to run many more.
 */
import fc from 'fast-check';
import { parseDateTime } from '../../src/core/parse/parseDateTime';
import { parseDate } from '../../src/core/parse/parseDate';
import { parseTime } from '../../src/core/parse/parseTime';
import { combineDateTime } from '../../src/core/parse/combineDateTime';
import { parseSatisfaction } from '../../src/core/parse/parseSatisfaction';
import { normalizeCategory, normalizeCustomerLevel, normalizeLevel, normalizeStatus } from '../../src/core/parse/normalizeEnums';
import { mapHeader } from '../../src/core/headers/mapHeader';
import { recognizeTable } from '../../src/core/headers/recognizeTable';
import { splitCompound } from '../../src/core/headers/splitCompound';
import { COMPOUND_KINDS } from '../../src/core/headers/types';
import { readTickets } from '../../src/core/parse/readTickets';
import { maskContact } from '../../src/core/privacy/maskContact';
import { redactSecrets } from '../../src/core/privacy/redactSecrets';
import { defaultSettings } from '../../src/core/presets';
import { isLocalDateTime } from '../../src/core/time/localDateTime';
import { CATEGORIES, CUSTOMER_LEVELS, LEVELS, STATUSES } from '../../src/core/schema/enums';
import { ticketSchema } from '../../src/core/schema/ticket';

const numRuns = Number(process.env.FUZZ_RUNS ?? 300);
jest.setTimeout(Math.max(30_000, numRuns * 20));

/** Text that looks like what lands in service-record cells: dates, times, CJK, digits, separators. */
const cellText = fc.oneof(
  fc.string(),
  fc.string({ unit: fc.constantFrom(...'0123456789-/:.年月日时分点 T,，;；：:高中低紧急满意分*@=+'.split('')), maxLength: 30 }),
  fc.constantFrom('2023-10-1510:00', '03-15 14:30', '2024年3月1日', '3分', '非常满意', '待处理', '紧急', '－', 'N/A'),
);
const cell = fc.oneof(
  cellText,
  fc.double({ noNaN: false }),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.date({ noInvalidDate: false }),
);

describe('cell parsers never throw and return well-formed values', () => {
  it('dates and times', () => {
    fc.assert(
      fc.property(cell, cell, fc.option(fc.integer({ min: -5000, max: 12000 }), { nil: undefined }), (a, b, year) => {
        const dt = parseDateTime(a, { year });
        expect(dt === null || isLocalDateTime(dt)).toBe(true);
        const d = parseDate(a, { year });
        expect(d === null || /^\d{4}-\d{2}-\d{2}$/.test(d)).toBe(true);
        const t = parseTime(a);
        expect(t === null || /^([01]\d|2[0-3]):[0-5]\d$/.test(t)).toBe(true);
        const c = combineDateTime(a, b, { year });
        expect(c === null || isLocalDateTime(c)).toBe(true);
      }),
      { numRuns },
    );
  });

  it('ratings and closed vocabularies', () => {
    fc.assert(
      fc.property(cell, (v) => {
        const s = parseSatisfaction(v);
        expect(s === null || (Number.isInteger(s) && s >= 1 && s <= 5)).toBe(true);
        expect([null, ...CATEGORIES]).toContain(normalizeCategory(v));
        expect([null, ...STATUSES]).toContain(normalizeStatus(v));
        expect([null, ...LEVELS]).toContain(normalizeLevel(v));
        expect([null, ...CUSTOMER_LEVELS]).toContain(normalizeCustomerLevel(v));
      }),
      { numRuns },
    );
  });

  it('headers and compound cells', () => {
    fc.assert(
      fc.property(cellText, fc.constantFrom(...COMPOUND_KINDS), cell, (h, kind, v) => {
        const m = mapHeader(h);
        expect(m === null || (m.confidence >= 0 && m.confidence <= 1)).toBe(true);
        const split = splitCompound(kind, v, { year: 2024 });
        for (const line of split.log) expect(line.at === null || isLocalDateTime(line.at)).toBe(true);
      }),
      { numRuns },
    );
  });

  it('privacy filters are idempotent and leave no 18-digit ID behind', () => {
    fc.assert(
      fc.property(cellText, (s) => {
        expect(maskContact(maskContact(s))).toBe(maskContact(s));
        const once = redactSecrets(s).text;
        expect(redactSecrets(once).text).toBe(once);
      }),
      { numRuns },
    );
  });

  it('a whole messy sheet: recognised or refused, every ticket valid against the schema', () => {
    const settings = defaultSettings();
    const grid = fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 12 });
    fc.assert(
      fc.property(grid, (g) => {
        const guess = recognizeTable(g);
        if (!guess) return;
        const result = readTickets(g, guess, { settings, source: 'fuzz.xlsx' });
        for (const t of result.tickets) expect(ticketSchema.safeParse(t).success).toBe(true);
        expect(result.tickets.length).toBe(result.sourceRows.length);
      }),
      { numRuns: Math.ceil(numRuns / 3) },
    );
  });
});
