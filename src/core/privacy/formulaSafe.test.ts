import fc from 'fast-check';
import { formulaSafe, isFormulaLike } from './formulaSafe';

describe('isFormulaLike', () => {
  it.each([
    '=SUM(A1:A2)',
    '+86 138 1234 5678',
    '-A1',
    '@cmd',
    '  =1+1',
    '\u3000=HYPERLINK("x")',
    '＝1+1',
    '＋1',
    '－A1',
    '＠x',
    '-5+1',
    '--1',
    '- 5',
  ])('%j is formula-like', (s) => expect(isFormulaLike(s)).toBe(true));
  it.each(['-5', '-12.5', '+3', ' -0.5', 'a=b', '满意', '', '5678', '2023-10-15'])('%j is not formula-like', (s) =>
    expect(isFormulaLike(s)).toBe(false),
  );
  it('is false for non-strings', () => {
    expect(isFormulaLike(-5)).toBe(false);
    expect(isFormulaLike(null)).toBe(false);
  });
  it('formulaSafe prefixes an apostrophe only where needed', () => {
    expect(formulaSafe('=1+1')).toBe("'=1+1");
    expect(formulaSafe('客户反馈')).toBe('客户反馈');
  });
  it('every text starting with = or @ is formula-like (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom('=', '@', '＝', '＠'), fc.string(), (c, rest) =>
        expect(isFormulaLike(c + rest)).toBe(true),
      ),
    );
  });
});
