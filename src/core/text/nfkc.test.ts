import fc from 'fast-check';
import { nfkc, nfkcTables } from './nfkc';

describe('nfkc', () => {
  test.each([
    ['客戶姓名（可匿名）', '客戶姓名(可匿名)'],
    ['ＶＩＰ　客户：１２３', 'VIP 客户:123'],
    ['已完成', '已完成'],
    ['㍿', '株式会社'],
    ['e\u0301', 'é'],
    ['', ''],
  ])('%s', (input, out) => {
    expect(nfkc(input)).toBe(out);
  });

  test('agrees with String.prototype.normalize on every single BMP code unit', () => {
    const bad: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (nfkc(ch) !== ch.normalize('NFKC')) bad.push(c);
    }
    expect(bad).toEqual([]);
  });

  test('agrees with String.prototype.normalize on strings of fast-path and other characters', () => {
    const { classes } = nfkcTables();
    const fastChars: string[] = [];
    for (let c = 0; c < 0x10000; c++) if (classes[c] !== 0) fastChars.push(String.fromCharCode(c));
    const piece = fc.oneof(
      fc.constantFrom(...fastChars),
      fc.constantFrom('\u0301', '\u3099', '\u1161', '\u302a', 'ｶ', 'ﾞ', '①', '\u00a0', '\ud83d\ude00'),
      fc.string({ maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const s = parts.join('');
        expect(nfkc(s)).toBe(s.normalize('NFKC'));
      }),
      { numRuns: 2000 },
    );
  });
});
