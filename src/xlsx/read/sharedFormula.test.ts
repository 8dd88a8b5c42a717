import { shiftFormula } from './sharedFormula';

describe('shiftFormula', () => {
  it('moves relative references, keeps absolute parts, quoted text and function names', () => {
    expect(shiftFormula('LEN(D2)&"D2"+$A$1+B$2', 2, 1)).toBe('LEN(E4)&"D2"+$A$1+C$2');
    expect(shiftFormula('LOG10(A1)+SUM(A1:B2)', 1, 0)).toBe('LOG10(A2)+SUM(A2:B3)');
    expect(shiftFormula("'Sheet 1'!A1*Z9", 0, 1)).toBe("'Sheet 1'!B1*AA9");
  });
  it('a reference moved off the sheet reads #REF!', () => {
    expect(shiftFormula('A2', -2, 0)).toBe('#REF!');
  });
});
