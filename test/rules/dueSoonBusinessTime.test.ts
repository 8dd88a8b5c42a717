/**
 * One truth for the due-soon (amber) colour (issue 8: "the due-soon warning counts business time
 * like the target it warns about"). The colour's business-minutes formula is generated from the
 * compiled calendar (businessMinutesFormula); LibreOffice evaluates it in cells of a real
 * workbook, over the real Config_Holidays table and its defined names, for generated pairs of
 * moments around weekends, lunch breaks, holidays and 调休 days, and every answer must equal the
 * engine's businessMinutesBetween. Two calendars: the standard office (09:00–12:00, 13:00–18:00,
 * China's holidays) and a desk open 08:00–22:00 with a short Saturday and its own make-up hours.
 */
import * as path from 'path';
import { mkdirSync } from 'fs';
import fc from 'fast-check';
import { businessMinutesBetween } from '../../src/core/calendar/businessMinutesBetween';
import { businessMinutesFormula } from '../../src/core/calendar/businessMinutesFormula';
import { compileCalendar } from '../../src/core/calendar/compileCalendar';
import { defaultSettings } from '../../src/core/presets';
import type { Settings } from '../../src/core/settings/settings';
import { fromMinutes, toMinutes } from '../../src/core/time/localDateTime';
import { planOf, statsOf } from '../../src/cli/pipeline';
import { colourRefs } from '../../src/workbook/plan/ticketsSheet';
import type { CellsPlan, TablePlan, WorkbookPlan } from '../../src/workbook/types';
import { writePlanFile } from '../../src/xlsx/writeWorkbook';
import { tempDir } from '../cli/helpers';
import { recalcManyToCsv } from '../libreoffice/libreoffice';

jest.setTimeout(300_000);

const standard = defaultSettings();
const longDesk: Settings = (() => {
  const s = defaultSettings();
  const long = [{ start: '08:00', end: '22:00' }];
  s.calendar = { ...s.calendar, weekly: [[], long, long, long, long, long, [{ start: '09:00', end: '12:30' }]], makeupWindows: [{ start: '10:00', end: '16:00' }] };
  return s;
})();

/** An Excel date-time formula for a local time: DATE(y,m,d)+TIME(h,mi,0). */
const excelMoment = (t: string): string => `(DATE(${t.slice(0, 4)},${+t.slice(5, 7)},${+t.slice(8, 10)})+TIME(${+t.slice(11, 13)},${+t.slice(14, 16)},0))`;

// Moments between 2023-09-20 and 2026-12-31, spans up to three weeks (Golden Week, Spring Festival).
const lo = toMinutes('2023-09-20T00:00');
const hi = toMinutes('2026-12-31T00:00');
const pairs = fc.tuple(fc.integer({ min: lo, max: hi }), fc.integer({ min: 0, max: 21 * 1440 }), fc.constantFrom(0, 1, 5)).map(([a, span, snap]) => {
  // Snap some moments to whole hours, where windows open and close.
  const from = snap === 0 ? Math.floor(a / 60) * 60 : a;
  const to = snap === 1 ? Math.floor((from + span) / 60) * 60 : from + span;
  return [fromMinutes(from), fromMinutes(Math.max(from, to))] as const;
});

function probePlan(settings: Settings, moments: readonly (readonly [string, string])[]): WorkbookPlan {
  const asOf = '2026-11-30T10:00';
  const plan = planOf({ settings, locale: 'zh-CN', tickets: [], logs: [], subtasks: [], stats: statsOf([], [], settings, 'month', asOf), fixedAsOf: asOf });
  const refs = colourRefs(settings, 'zh-CN', () => 'A').business!;
  // National Day 2025 with its day type left blank, as a supervisor may type it: the reader counts
  // a blank type as a holiday (configTables), and so must the formula.
  const holidays = plan.sheets.flatMap((s) => s.blocks).find((b): b is TablePlan => b.kind === 'table' && b.name === 'Config_Holidays')!;
  const typeCol = holidays.columns.findIndex((c) => c.key === 'dayType');
  const blanked = holidays.rows.filter((r) => String(r[0]).startsWith('2025-10-0') && r[typeCol] !== '调休上班');
  expect(blanked.length).toBeGreaterThan(3);
  for (const r of blanked) r[typeCol] = '';
  const sheet = plan.sheets.find((s) => s.key === 'tickets')!;
  const probe: CellsPlan = {
    kind: 'cells',
    id: 'probe',
    top: 2,
    left: 60,
    style: 'note',
    rows: moments.map(([from, to]) => [{ formula: businessMinutesFormula(refs.calendar, excelMoment(from), excelMoment(to), refs.holidays) }]),
  };
  sheet.blocks.push(probe);
  return plan;
}

test('the colour counts business minutes exactly as the engine, on the real holiday table', async () => {
  const dir = tempDir('sb-due-soon-');
  const cases = [
    { name: 'standard', settings: standard, moments: fc.sample(pairs, { seed: 81, numRuns: 260 }) },
    { name: 'longdesk', settings: longDesk, moments: fc.sample(pairs, { seed: 82, numRuns: 260 }) },
  ];
  // Edges picked by hand: Friday evening to Monday, lunch, National Day and its 调休 Saturday
  // (2025-09-28 and 2025-10-11 were working Sundays/Saturdays), New Year's Eve, the same minute.
  const edges: [string, string][] = [
    ['2026-11-27T17:00', '2026-11-30T10:00'],
    ['2026-11-30T11:30', '2026-11-30T13:30'],
    ['2025-09-26T17:30', '2025-10-09T09:30'],
    ['2025-10-10T17:00', '2025-10-11T11:00'],
    ['2025-09-27T08:00', '2025-09-29T00:00'],
    ['2025-12-31T17:59', '2026-01-05T09:01'],
    ['2026-02-13T18:00', '2026-02-24T12:00'],
    ['2026-03-02T09:00', '2026-03-02T09:00'],
    ['2026-03-02T00:00', '2026-03-03T00:00'],
  ];
  for (const c of cases) c.moments.push(...edges);
  const books = cases.map((c) => path.join(dir, `${c.name}.xlsx`));
  for (const [i, c] of cases.entries()) await writePlanFile(probePlan(c.settings, c.moments), books[i]);
  const csvDir = path.join(dir, 'csv');
  mkdirSync(csvDir);
  const out = recalcManyToCsv(books, csvDir);

  for (const [i, c] of cases.entries()) {
    const plan = probePlan(c.settings, []);
    const sheetName = plan.sheets.find((s) => s.key === 'tickets')!.name;
    const rows = out.get(books[i])!.get(sheetName)!;
    const cal = compileCalendar(c.settings.calendar);
    const wrong: string[] = [];
    c.moments.forEach(([from, to], k) => {
      const engine = businessMinutesBetween(from, to, cal);
      const formula = Math.round(Number(rows[k + 1]?.[59]));
      if (formula !== engine) wrong.push(`${c.name} ${from} → ${to}: engine ${engine}, formula ${rows[k + 1]?.[59]}`);
    });
    expect(wrong).toEqual([]);
    // The cases reach holidays and make-up days, not only plain weeks.
    expect(c.moments.some(([from, to]) => [...cal.holidays].some((d) => d * 1440 >= toMinutes(from) && d * 1440 < toMinutes(to)))).toBe(true);
    expect(c.moments.some(([from, to]) => [...cal.makeupDays].some((d) => d * 1440 >= toMinutes(from) && d * 1440 < toMinutes(to)))).toBe(true);
  }
});
