import fc from 'fast-check';
import { fromMinutes, toMinutes } from '../time/localDateTime';
import { addDuration } from './addDuration';
import { businessMinutesBetween } from './businessMinutesBetween';
import { isOpenAt } from './isOpenAt';
import { compileCalendar } from './compileCalendar';
import { calendarOf, everyDay, standard, win } from './testCalendars';

const cal = standard();
const bh = (amount: number) => ({ amount, unit: 'bh' as const });
const wd = (amount: number) => ({ amount, unit: 'wd' as const });
const h = (amount: number) => ({ amount, unit: 'h' as const });

describe('addDuration — business hours', () => {
  it.each([
    ['inside a window', '2024-05-08T10:00', 1, '2024-05-08T11:00'],
    ['exactly at opening', '2024-05-08T09:00', 1, '2024-05-08T10:00'],
    ['across lunch', '2024-05-08T11:30', 1, '2024-05-08T13:30'],
    ['inside lunch', '2024-05-08T12:30', 1, '2024-05-08T14:00'],
    ['before opening', '2024-05-08T07:00', 2, '2024-05-08T11:00'],
    ['exactly at closing', '2024-05-08T18:00', 1, '2024-05-09T10:00'],
    ['late evening', '2024-05-08T22:00', 1, '2024-05-09T10:00'],
    ['on a Sunday', '2024-05-19T10:00', 1, '2024-05-20T10:00'],
    ['on a holiday (Labour Day)', '2024-05-01T10:00', 1, '2024-05-06T10:00'],
    ['on a make-up Saturday', '2024-05-11T10:00', 1, '2024-05-11T11:00'],
    ['from a make-up Saturday into Monday', '2024-05-11T17:00', 2, '2024-05-13T10:00'],
    ['fractional hours', '2024-05-08T10:00', 0.5, '2024-05-08T10:30'],
  ])('%s: %s + %d bh = %s', (_, start, amount, due) => {
    expect(addDuration(start, bh(amount), cal)).toBe(due);
  });

  it('keeps a due that lands exactly on a closing time there', () => {
    expect(addDuration('2024-05-08T17:00', bh(1), cal)).toBe('2024-05-08T18:00');
    expect(addDuration('2024-05-08T11:00', bh(1), cal)).toBe('2024-05-08T12:00');
    expect(addDuration('2024-05-10T09:00', bh(8), cal)).toBe('2024-05-10T18:00');
  });

  it('returns the start for zero when open, else the next opening', () => {
    expect(addDuration('2024-05-08T10:00', bh(0), cal)).toBe('2024-05-08T10:00');
    expect(addDuration('2024-05-08T12:00', bh(0), cal)).toBe('2024-05-08T13:00');
    expect(addDuration('2024-05-08T20:00', wd(0), cal)).toBe('2024-05-09T09:00');
  });

  it('walks windows that end at 24:00 into the next day', () => {
    const night = calendarOf(everyDay(win('00:00', '02:00'), win('20:00', '24:00')));
    expect(addDuration('2024-05-08T23:00', bh(2), night)).toBe('2024-05-09T01:00');
    expect(addDuration('2024-05-08T22:00', bh(2), night)).toBe('2024-05-09T00:00');
    expect(addDuration('2024-05-08T01:30', bh(1), night)).toBe('2024-05-08T20:30');
  });

  it('skips a weekday without windows', () => {
    const noWednesday = calendarOf([[], [win('09:00', '17:00')], [win('09:00', '17:00')], [], [win('09:00', '17:00')], [win('09:00', '17:00')], []]);
    expect(addDuration('2024-05-07T16:00', bh(2), noWednesday)).toBe('2024-05-09T10:00');
  });

  it('returns null quickly for a calendar with no windows at all', () => {
    const closed = calendarOf([[], [], [], [], [], [], []]);
    expect(addDuration('2024-05-08T10:00', bh(1), closed)).toBeNull();
    expect(addDuration('2024-05-08T10:00', wd(1), closed)).toBeNull();
    expect(addDuration('2024-05-08T10:00', bh(0), closed)).toBeNull();
  });

  it('returns null after a bounded search when the open time lies in the past', () => {
    const once = calendarOf([[], [], [], [], [], [], []], { makeupDays: [{ date: '2024-05-11', name: '' }], makeupWindows: [win('09:00', '10:00')] });
    expect(addDuration('2024-05-11T09:30', bh(0.5), once)).toBe('2024-05-11T10:00');
    expect(addDuration('2024-05-11T09:30', bh(1), once)).toBeNull();
  });

  it('rejects a malformed start or a negative amount', () => {
    expect(addDuration('2024-05-08 10:00x', bh(1), cal)).toBeNull();
    expect(addDuration('2024-05-08T10:00', bh(-1), cal)).toBeNull();
  });
});

describe('addDuration — working days', () => {
  it('pins the DESIGN example: Wed 16:30 + 1 wd / + 3 wd (make-up Saturday)', () => {
    expect(addDuration('2024-05-08T16:30', wd(1), cal)).toBe('2024-05-09T16:30');
    expect(addDuration('2024-05-08T16:30', wd(3), cal)).toBe('2024-05-11T16:30');
  });

  it('crosses the Spring Festival 2025 (make-up Sunday 01-26, closed 01-28..02-04)', () => {
    expect(addDuration('2025-01-24T16:00', wd(3), cal)).toBe('2025-02-05T16:00');
    expect(addDuration('2025-02-07T10:00', wd(1), cal)).toBe('2025-02-08T10:00');
  });

  it('crosses National Day 2024 and lands on a closing time', () => {
    expect(addDuration('2024-09-30T10:00', wd(2), cal)).toBe('2024-10-09T10:00');
    expect(addDuration('2024-09-28T10:00', wd(1), cal)).toBe('2024-09-29T18:00');
  });

  it('equals 8 business hours per working day on the standard calendar', () => {
    expect(addDuration('2024-05-08T10:00', wd(2.5), cal)).toBe(addDuration('2024-05-08T10:00', bh(20), cal));
  });
});

describe('addDuration — clock hours', () => {
  it('ignores business hours, nights and weekends', () => {
    expect(addDuration('2024-05-08T22:00', h(4), cal)).toBe('2024-05-09T02:00');
    expect(addDuration('2024-05-11T10:00', h(24), cal)).toBe('2024-05-12T10:00');
    expect(addDuration('2024-05-01T10:00', h(0), cal)).toBe('2024-05-01T10:00');
  });

  it('counts elapsed hours across the New York spring and autumn changes', () => {
    const ny = compileCalendar({ timeZone: 'America/New_York', weekly: everyDay(), holidays: [], makeupDays: [], makeupWindows: [] });
    expect(addDuration('2024-03-10T00:00', h(4), ny)).toBe('2024-03-10T05:00');
    expect(addDuration('2024-03-09T12:00', h(24), ny)).toBe('2024-03-10T13:00');
    expect(addDuration('2024-11-03T00:00', h(4), ny)).toBe('2024-11-03T03:00');
    expect(addDuration('2024-07-01T00:00', h(4), ny)).toBe('2024-07-01T04:00');
  });

  it('works on a calendar without windows (clock time needs none)', () => {
    expect(addDuration('2024-05-08T10:00', h(1), calendarOf([[], [], [], [], [], [], []]))).toBe('2024-05-08T11:00');
  });
});

describe('addDuration — pauses (等待客户)', () => {
  it('stops business time during a pause and resumes after it', () => {
    const pauses = [{ from: '2024-05-08T11:00', to: '2024-05-08T14:00' }];
    expect(addDuration('2024-05-08T10:00', bh(8), cal, { pauses })).toBe('2024-05-09T12:00');
  });

  it('starts counting at the end of a pause that covers the start', () => {
    const pauses = [{ from: '2024-05-08T09:00', to: '2024-05-08T15:00' }];
    expect(addDuration('2024-05-08T10:00', bh(1), cal, { pauses })).toBe('2024-05-08T16:00');
  });

  it('stops clock time too', () => {
    const pauses = [{ from: '2024-05-08T11:00', to: '2024-05-08T12:30' }];
    expect(addDuration('2024-05-08T10:00', h(4), cal, { pauses })).toBe('2024-05-08T15:30');
  });

  it('returns null when an unterminated pause begins before the due is reached', () => {
    const pauses = [{ from: '2024-05-08T11:00', to: null }];
    expect(addDuration('2024-05-08T10:00', bh(8), cal, { pauses })).toBeNull();
    expect(addDuration('2024-05-08T10:00', h(8), cal, { pauses })).toBeNull();
    expect(addDuration('2024-05-08T10:00', bh(0.5), cal, { pauses })).toBe('2024-05-08T10:30');
  });

  it('ignores pauses before the start, merges overlapping ones and drops empty ones', () => {
    const pauses = [
      { from: '2024-05-07T10:00', to: '2024-05-07T12:00' },
      { from: '2024-05-08T10:30', to: '2024-05-08T11:00' },
      { from: '2024-05-08T10:45', to: '2024-05-08T11:30' },
      { from: '2024-05-08T15:00', to: '2024-05-08T14:00' },
    ];
    expect(addDuration('2024-05-08T10:00', bh(2), cal, { pauses })).toBe('2024-05-08T14:00');
  });
});

describe('addDuration — properties', () => {
  // Starts anywhere in 2024–2026 (the years the default calendar knows), to the minute.
  const START = toMinutes('2024-01-01T00:00');
  const END = toMinutes('2026-11-30T00:00');
  const start = fc.integer({ min: START, max: END }).map(fromMinutes);
  const amount = fc.integer({ min: 0, max: 120 });
  const unit = fc.constantFrom('bh' as const, 'wd' as const);
  const minuteBefore = (t: string) => fromMinutes(toMinutes(t) - 1);

  it('never lands in closed time: inside a window or exactly at its end', () => {
    fc.assert(
      fc.property(start, fc.integer({ min: 0, max: 40 }), unit, (s, n, u) => {
        const due = addDuration(s, { amount: n, unit: u }, cal);
        expect(due).not.toBeNull();
        expect(isOpenAt(due!, cal) || isOpenAt(minuteBefore(due!), cal)).toBe(true);
      }),
    );
  });

  it('never gives an earlier due for more time', () => {
    fc.assert(
      fc.property(start, amount, amount, unit, (s, a, b, u) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const dLo = addDuration(s, { amount: lo, unit: u }, cal)!;
        const dHi = addDuration(s, { amount: hi, unit: u }, cal)!;
        expect(toMinutes(dLo)).toBeLessThanOrEqual(toMinutes(dHi));
      }),
    );
  });

  it('is additive for business hours: (a + b) = (a) then (b), b > 0', () => {
    fc.assert(
      fc.property(start, amount, fc.integer({ min: 1, max: 120 }), (s, a, b) => {
        const once = addDuration(s, bh(a + b), cal);
        const twice = addDuration(addDuration(s, bh(a), cal)!, bh(b), cal);
        expect(twice).toBe(once);
      }),
    );
  });

  it('counts back exactly the business minutes it walked', () => {
    fc.assert(
      fc.property(start, amount, (s, n) => {
        const due = addDuration(s, bh(n), cal)!;
        expect(businessMinutesBetween(s, due, cal)).toBe(n * 60);
      }),
    );
  });

  it('never gives an earlier due when pauses are added', () => {
    const pause = fc.tuple(fc.integer({ min: START, max: END }), fc.integer({ min: 1, max: 7 * 1440 }));
    fc.assert(
      fc.property(start, amount, unit, fc.array(pause, { maxLength: 4 }), (s, n, u, ps) => {
        const pauses = ps.map(([f, len]) => ({ from: fromMinutes(f), to: fromMinutes(f + len) }));
        const plain = addDuration(s, { amount: n, unit: u }, cal)!;
        const paused = addDuration(s, { amount: n, unit: u }, cal, { pauses })!;
        expect(toMinutes(paused)).toBeGreaterThanOrEqual(toMinutes(plain));
      }),
    );
  });
});
