import { datePartOf, formatTicketNumber, isValidDatePart, parsePattern, parseTicketNumber, PatternError } from './pattern';

describe('numbering patterns', () => {
  it('parses the seed patterns', () => {
    expect(parsePattern('CS{yyyyMMdd}{seq:3}').parts).toEqual([
      { kind: 'literal', text: 'CS' },
      { kind: 'date', token: 'yyyyMMdd' },
      { kind: 'seq', width: 3 },
    ]);
    expect(parsePattern('{yyyyMM}-{seq:4}').seqWidth).toBe(4);
  });

  it.each(['CS{yyyyMMdd}', 'CS-001', '{seq:3}{seq:2}', 'CS{yyyyMMdd}{foo}{seq:3}', 'CS{{seq:3}'])('rejects %s', (p) => {
    expect(() => parsePattern(p)).toThrow(PatternError);
  });

  it('formats each date token', () => {
    const at = '2023-10-15T10:00';
    expect(formatTicketNumber('CS{yyyyMMdd}{seq:3}', at, 1)).toBe('CS20231015001');
    expect(formatTicketNumber('CW{yyyyMMdd}{seq:4}', at, 12)).toBe('CW202310150012');
    expect(formatTicketNumber('{yyyyMM}-{seq:4}', '2024-05-08T16:30', 13)).toBe('202405-0013');
    expect(formatTicketNumber('T{yyMMdd}{seq:2}', at, 7)).toBe('T23101507');
    expect(formatTicketNumber('{yyyy}/{seq:5}', at, 42)).toBe('2023/00042');
  });

  it('lets a sequence above its width grow', () => {
    expect(formatTicketNumber('CS{yyyyMMdd}{seq:3}', '2023-10-15T10:00', 1000)).toBe('CS202310151000');
    expect(parseTicketNumber('CS{yyyyMMdd}{seq:3}', 'CS202310151000')).toEqual({ datePart: '20231015', seq: 1000 });
  });

  it('parses ids back into date part and sequence', () => {
    expect(parseTicketNumber('CS{yyyyMMdd}{seq:3}', 'CS20231015003')).toEqual({ datePart: '20231015', seq: 3 });
    expect(parseTicketNumber('{yyyyMM}-{seq:4}', '202405-0013')).toEqual({ datePart: '202405', seq: 13 });
    expect(parseTicketNumber('CS{yyyyMMdd}{seq:3}', 'CW20231015003')).toBeNull();
    expect(parseTicketNumber('CS{yyyyMMdd}{seq:3}', 'CS20231315003')).toBeNull(); // month 13
    expect(parseTicketNumber('CS{yyyyMMdd}{seq:3}', 'CS2023101503')).toBeNull(); // seq too short
  });

  it('escapes regex characters in literals', () => {
    expect(parseTicketNumber('A.{yyyy}+{seq:2}', 'A.2024+07')).toEqual({ datePart: '2024', seq: 7 });
    expect(parseTicketNumber('A.{yyyy}+{seq:2}', 'AX2024+07')).toBeNull();
  });

  it('gives the date part of a time', () => {
    expect(datePartOf('CW{yyyyMMdd}{seq:4}', '2023-10-15T23:59')).toBe('20231015');
    expect(datePartOf('{yyyyMM}-{seq:4}', '2024-05-08T00:00')).toBe('202405');
  });
});

describe('isValidDatePart', () => {
  test('a yyyyMMdd part is valid exactly when it names a real day of 1990–2099', () => {
    const wrong: string[] = [];
    for (let y = 1989; y <= 2100; y++)
      for (let mo = 0; mo <= 13; mo++)
        for (let d = 0; d <= 99; d++) {
          const digits = `${y}${String(mo).padStart(2, '0')}${String(d).padStart(2, '0')}`;
          const day = new Date(Date.UTC(y, mo - 1, d));
          const real = y >= 1990 && y <= 2099 && mo >= 1 && mo <= 12 && day.getUTCMonth() === mo - 1 && day.getUTCDate() === d;
          if (isValidDatePart('yyyyMMdd', digits) !== real) wrong.push(digits);
        }
    expect(wrong).toEqual([]);
  });
});
