import { localNow } from './localNow';
import { hasFixedOffset, instantToLocal, localToInstant } from './zoneClock';
import { fromMinutes, toMinutes } from '../time/localDateTime';

describe('localNow', () => {
  const at = new Date(Date.UTC(2024, 4, 8, 8, 30, 59));
  it('reads the wall time in Beijing', () => expect(localNow('Asia/Shanghai', at)).toBe('2024-05-08T16:30'));
  it('follows daylight saving time in New York', () => {
    expect(localNow('America/New_York', at)).toBe('2024-05-08T04:30');
    expect(localNow('America/New_York', new Date(Date.UTC(2024, 0, 8, 8, 30)))).toBe('2024-01-08T03:30');
  });
  it('reads an unknown zone as UTC instead of throwing', () => expect(localNow('Nowhere/City', at)).toBe('2024-05-08T08:30'));
  it('defaults to the current instant', () => expect(localNow('Asia/Shanghai')).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/));
});

describe('zoneClock', () => {
  const ny = 'America/New_York';
  const roundTrip = (t: string) => fromMinutes(instantToLocal(ny, localToInstant(ny, toMinutes(t))));
  it('knows which zones keep one offset', () => {
    expect(hasFixedOffset('Asia/Shanghai')).toBe(true);
    expect(hasFixedOffset(ny)).toBe(false);
  });
  it('maps a wall time skipped by spring-forward to just after the gap', () => {
    expect(roundTrip('2024-03-10T02:30')).toBe('2024-03-10T03:30');
    expect(roundTrip('2024-03-10T01:59')).toBe('2024-03-10T01:59');
  });
  it('takes the first of two readings of an autumn wall time', () => {
    expect(localToInstant(ny, toMinutes('2024-11-03T01:30'))).toBe(Date.UTC(2024, 10, 3, 5, 30) / 60000);
    expect(localToInstant(ny, toMinutes('2024-11-03T02:30'))).toBe(Date.UTC(2024, 10, 3, 7, 30) / 60000);
  });
});
