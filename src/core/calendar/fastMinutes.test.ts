import fc from 'fast-check';
import { fromMinutes, toMinutes } from '../time/localDateTime';
import { fastMinutes } from './fastMinutes';

describe('fastMinutes', () => {
  it('agrees with toMinutes on every canonical time (years 0001–9999)', () => {
    const min = toMinutes('0001-01-01T00:00');
    const max = toMinutes('9999-12-31T23:59');
    fc.assert(fc.property(fc.integer({ min, max }), (m) => expect(fastMinutes(fromMinutes(m))).toBe(m)));
  });

  it.each(['2024-02-30T10:00', '2023-02-29T10:00', '2024-13-01T10:00', '2024-00-10T10:00', '2024-05-00T10:00', '2024-05-08T24:00', '2024-05-08T10:60', '2024-05-0xT10:00', 'garbage', ''])(
    'agrees with toMinutes on %j',
    (t) => expect(fastMinutes(t)).toEqual(toMinutes(t)),
  );

  it('handles leap days and other shapes through toMinutes', () => {
    expect(fastMinutes('2024-02-29T12:00')).toBe(toMinutes('2024-02-29T12:00'));
    expect(fastMinutes('2000-02-29T00:00')).toBe(toMinutes('2000-02-29T00:00'));
    expect(fastMinutes('2024-05-08')).toBe(toMinutes('2024-05-08'));
    expect(fastMinutes('2024-05-08T10:00:30')).toBe(toMinutes('2024-05-08T10:00:30'));
  });
});
