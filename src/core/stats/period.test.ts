import { allTimePeriod, comparedPeriod, periodContaining, periodDays, previousPeriod, weeksOverlapping, weekStartOf, yearEarlier, type Period } from './period';

const p = (kind: Period['kind'], start: string, end: string): Period => ({ kind, start, end });

describe('periodContaining', () => {
  it('gives the Monday–Sunday week of a Wednesday', () => {
    expect(periodContaining('week', '2024-05-08T16:30')).toEqual(p('week', '2024-05-06T00:00', '2024-05-13T00:00'));
  });

  it('puts Sunday 23:59 in the week that started the Monday before, and Monday 00:00 in a new week', () => {
    expect(periodContaining('week', '2024-05-12T23:59').start).toBe('2024-05-06T00:00');
    expect(periodContaining('week', '2024-05-13T00:00').start).toBe('2024-05-13T00:00');
  });

  it('handles a week across a month boundary', () => {
    expect(periodContaining('week', '2024-05-31T10:00')).toEqual(p('week', '2024-05-27T00:00', '2024-06-03T00:00'));
  });

  it('handles a week across a year boundary, and its previous week', () => {
    const w = periodContaining('week', '2025-01-01T08:00');
    expect(w).toEqual(p('week', '2024-12-30T00:00', '2025-01-06T00:00'));
    expect(previousPeriod(w)).toEqual(p('week', '2024-12-23T00:00', '2024-12-30T00:00'));
  });

  it('gives the calendar month, including a leap February', () => {
    expect(periodContaining('month', '2024-02-29T23:59')).toEqual(p('month', '2024-02-01T00:00', '2024-03-01T00:00'));
    expect(periodDays(periodContaining('month', '2024-02-10T00:00'))).toBe(29);
  });

  it('gives the calendar quarter', () => {
    expect(periodContaining('quarter', '2024-05-08T16:30')).toEqual(p('quarter', '2024-04-01T00:00', '2024-07-01T00:00'));
    expect(periodContaining('quarter', '2024-12-31T23:59')).toEqual(p('quarter', '2024-10-01T00:00', '2025-01-01T00:00'));
  });

  it("makes 'all' run up to and including the as-of minute", () => {
    expect(periodContaining('all', '2024-05-08T16:30')).toEqual(p('all', '1900-01-01T00:00', '2024-05-08T16:31'));
  });

  it('takes a custom range as given and refuses a missing or reversed one', () => {
    expect(periodContaining('custom', '2024-05-08T16:30', { start: '2024-03-10T00:00', end: '2024-03-17T00:00' })).toEqual(
      p('custom', '2024-03-10T00:00', '2024-03-17T00:00'),
    );
    expect(() => periodContaining('custom', '2024-05-08T16:30')).toThrow(RangeError);
    expect(() => periodContaining('custom', '2024-05-08T16:30', { start: '2024-03-17T00:00', end: '2024-03-10T00:00' })).toThrow(RangeError);
  });

  it('does not depend on the process time zone', () => {
    const saved = process.env.TZ;
    const results: Period[][] = [];
    try {
      for (const tz of ['America/Los_Angeles', 'Asia/Shanghai', 'Pacific/Kiritimati']) {
        process.env.TZ = tz;
        results.push([periodContaining('week', '2024-03-31T23:30'), periodContaining('month', '2024-03-31T23:30'), previousPeriod(periodContaining('quarter', '2024-03-31T23:30'))]);
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
    expect(results[0]).toEqual([
      p('week', '2024-03-25T00:00', '2024-04-01T00:00'),
      p('month', '2024-03-01T00:00', '2024-04-01T00:00'),
      p('quarter', '2023-10-01T00:00', '2024-01-01T00:00'),
    ]);
    expect(results[1]).toEqual(results[0]);
    expect(results[2]).toEqual(results[0]);
  });
});

describe('previousPeriod', () => {
  it('gives the previous month, across a year boundary too', () => {
    expect(previousPeriod(p('month', '2024-03-01T00:00', '2024-04-01T00:00'))).toEqual(p('month', '2024-02-01T00:00', '2024-03-01T00:00'));
    expect(previousPeriod(p('month', '2025-01-01T00:00', '2025-02-01T00:00'))).toEqual(p('month', '2024-12-01T00:00', '2025-01-01T00:00'));
  });

  it('gives the previous quarter', () => {
    expect(previousPeriod(p('quarter', '2024-04-01T00:00', '2024-07-01T00:00'))).toEqual(p('quarter', '2024-01-01T00:00', '2024-04-01T00:00'));
    expect(previousPeriod(p('quarter', '2025-01-01T00:00', '2025-04-01T00:00'))).toEqual(p('quarter', '2024-10-01T00:00', '2025-01-01T00:00'));
  });

  it('gives the same number of days just before a custom range', () => {
    expect(previousPeriod(p('custom', '2024-03-10T00:00', '2024-03-17T00:00'))).toEqual(p('custom', '2024-03-03T00:00', '2024-03-10T00:00'));
    // 10 days across the end of February of a leap year.
    expect(previousPeriod(p('custom', '2024-03-05T00:00', '2024-03-15T00:00'))).toEqual(p('custom', '2024-02-24T00:00', '2024-03-05T00:00'));
  });

  it("turns the previous of 'all' into a custom range of the same length", () => {
    expect(previousPeriod(p('all', '2024-03-01T00:00', '2024-03-11T00:00'))).toEqual(p('custom', '2024-02-20T00:00', '2024-03-01T00:00'));
  });
});

describe('allTimePeriod', () => {
  it('starts an all period at 00:00 of the earliest receipt before its end', () => {
    const all = periodContaining('all', '2024-05-08T16:30');
    expect(allTimePeriod(all, ['2024-03-05T10:00', null, '2024-02-11T15:20', '2030-01-01T00:00'])).toEqual(p('all', '2024-02-11T00:00', '2024-05-08T16:31'));
  });

  it('leaves other kinds alone and starts a ticket-less all period on the as-of day', () => {
    const m = p('month', '2024-03-01T00:00', '2024-04-01T00:00');
    expect(allTimePeriod(m, ['2020-01-01T00:00'])).toBe(m);
    expect(allTimePeriod(periodContaining('all', '2024-05-08T16:30'), [null])).toEqual(p('all', '2024-05-08T00:00', '2024-05-08T16:31'));
  });
});

describe('weeks', () => {
  it('lists the Mondays of the weeks overlapping a month', () => {
    // March 2024 starts on a Friday and ends on a Sunday.
    expect(weeksOverlapping(p('month', '2024-03-01T00:00', '2024-04-01T00:00'))).toEqual([
      '2024-02-26T00:00',
      '2024-03-04T00:00',
      '2024-03-11T00:00',
      '2024-03-18T00:00',
      '2024-03-25T00:00',
    ]);
  });

  it('lists one Monday for a week period and finds the Monday of a Sunday', () => {
    expect(weeksOverlapping(p('week', '2024-12-30T00:00', '2025-01-06T00:00'))).toEqual(['2024-12-30T00:00']);
    expect(weekStartOf('2025-01-05T23:59')).toBe('2024-12-30T00:00');
  });

  it('keeps only the latest weeks when asked to limit them', () => {
    const decades = p('all', '1900-01-01T00:00', '2024-03-20T12:01');
    const weeks = weeksOverlapping(decades, 3);
    expect(weeks).toEqual(['2024-03-04T00:00', '2024-03-11T00:00', '2024-03-18T00:00']);
    expect(weeksOverlapping(p('custom', '2024-03-20T12:00', '2024-03-20T13:00'))).toEqual(['2024-03-18T00:00']);
  });
});

describe('yearEarlier / comparedPeriod', () => {
  it('compares this March with last March, a quarter with the same quarter, a week with the week 52 weeks before', () => {
    expect(yearEarlier({ kind: 'month', start: '2025-03-01T00:00', end: '2025-04-01T00:00' })).toEqual({ kind: 'month', start: '2024-03-01T00:00', end: '2024-04-01T00:00' });
    expect(yearEarlier({ kind: 'quarter', start: '2024-01-01T00:00', end: '2024-04-01T00:00' })).toEqual({ kind: 'quarter', start: '2023-01-01T00:00', end: '2023-04-01T00:00' });
    const w = yearEarlier({ kind: 'week', start: '2024-12-30T00:00', end: '2025-01-06T00:00' });
    expect(w).toEqual({ kind: 'week', start: '2024-01-01T00:00', end: '2024-01-08T00:00' });
    expect(weekStartOf(w.start)).toBe(w.start);
    expect(yearEarlier({ kind: 'custom', start: '2024-02-29T00:00', end: '2024-03-10T00:00' })).toEqual({ kind: 'custom', start: '2023-02-28T00:00', end: '2023-03-10T00:00' });
  });

  it('defaults to the period just before', () => {
    const march = { kind: 'month' as const, start: '2025-03-01T00:00', end: '2025-04-01T00:00' };
    expect(comparedPeriod(march)).toEqual(previousPeriod(march));
    expect(comparedPeriod(march, 'year')).toEqual(yearEarlier(march));
  });
});
