import fc from 'fast-check';
import { isBlank, isTrimmedChar } from './cell';

describe('isBlank on text', () => {
  test('isTrimmedChar is exactly what String.prototype.trim removes, for every UTF-16 code unit', () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isTrimmedChar(c) !== (String.fromCharCode(c).trim() === '')) differ.push(c);
    expect(differ).toEqual([]);
  });

  test.each([
    ['', true],
    [' \t\r\n\u3000\u00a0\ufeff', true],
    ['\u200b', false],
    ['  a ', false],
  ])('%j → %s', (s, blank) => {
    expect(isBlank(s)).toBe(blank);
  });

  test('agrees with trim() === "" on text made of whitespace and a few other characters', () => {
    const ch = fc.constantFrom(' ', '\t', '\n', '\u3000', '\u00a0', '\u2028', '\ufeff', '\u200b', '\u0000', 'a', '无', '\ud83d');
    fc.assert(
      fc.property(fc.array(ch, { maxLength: 8 }), (chars) => {
        const s = chars.join('');
        expect(isBlank(s)).toBe(s.trim() === '');
      }),
    );
  });
});
