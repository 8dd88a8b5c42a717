import { inferPattern } from './inferPattern';

describe('inferPattern', () => {
  it.each([
    [['CW202310150001', 'CW202310150002', 'CW202310160001'], 'CW{yyyyMMdd}{seq:4}'],
    [['CS20231015001', 'CS20231015002', 'CS20231015003'], 'CS{yyyyMMdd}{seq:3}'],
    [['202405-0013', '202405-0014', '202406-0001'], '{yyyyMM}-{seq:4}'],
    [['2024050013', '2024050014'], '{yyyyMM}{seq:4}'],
    [['SV231015-01', 'SV231016-02'], 'SV{yyMMdd}-{seq:2}'],
    [['2024-00017'], '{yyyy}-{seq:5}'],
  ])('infers %j → %s', (ids, expected) => {
    expect(inferPattern(ids)).toBe(expected);
  });

  it('follows the majority and ignores blanks', () => {
    expect(inferPattern(['CS20231015001', 'CS20231015002', '', 'misc', 'CS20231016001'])).toBe('CS{yyyyMMdd}{seq:3}');
  });

  it('keeps the narrow width when some sequences grew', () => {
    expect(inferPattern(['CS20231015999', 'CS202310151000', 'CS20231016001'])).toBe('CS{yyyyMMdd}{seq:3}');
  });

  it('keeps the narrow width when most sequences grew (a desk taking 2,600 tickets a day)', () => {
    const day = Array.from({ length: 2600 }, (_, i) => `CS20240201${String(i + 1).padStart(3, '0')}`);
    expect(inferPattern(day)).toBe('CS{yyyyMMdd}{seq:3}');
  });

  it('follows the padded width the most numbers show when the padding changed', () => {
    expect(inferPattern(['CS20231015001', 'CS20231015002', 'CS20231015003', 'CS202310160001', 'CS202310160002'])).toBe('CS{yyyyMMdd}{seq:3}');
    expect(inferPattern(['CS20231015001', 'CS202310160001', 'CS202310160002'])).toBe('CS{yyyyMMdd}{seq:4}');
  });

  it.each([
    [['1', '2', '3']],
    [['A-1', 'B-2']],
    [['CS20231015001', 'X1', 'Y2', 'foo']],
    [[]],
    [['', '  ']],
    [['CS99999999001']],
  ])('returns null for %j', (ids) => {
    expect(inferPattern(ids)).toBeNull();
  });
});
