import fc from 'fast-check';
import { EXCEL_LIMITS, countXmlIllegal, fitCellText, formulaFits, surelyXmlSafe, uniqueColumnName, xmlSafe } from './limits';

test('characters XML 1.0 cannot carry are removed; tabs and new lines stay', () => {
  expect(xmlSafe('a\u0000b\u0007c\uFFFEd\uFFFFe\tf\ng\r')).toBe('abcde\tf\ng\r');
  expect(xmlSafe('\uD800x')).toBe('x');
  expect(xmlSafe('😀')).toBe('😀');
});

test('a cell over 32,767 characters is cut there, never inside a surrogate pair, and says so', () => {
  const long = 'x'.repeat(EXCEL_LIMITS.cellChars - 1) + '😀' + 'y'.repeat(10);
  const r = fitCellText(long);
  expect(r.text.length).toBeLessThanOrEqual(EXCEL_LIMITS.cellChars);
  expect(r.text.endsWith('x')).toBe(true);
  expect(r.truncatedFrom).toBe(long.length);
  expect(fitCellText('短\u0000文本')).toEqual({ text: '短文本', removed: 1, truncatedFrom: null });
});

test('column names: no control characters, at most 255 characters, unique ignoring case', () => {
  const used = new Set<string>();
  expect(uniqueColumnName('Tag', used, '列1')).toBe('Tag');
  expect(uniqueColumnName('tag', used, '列2')).toBe('tag_2');
  expect(uniqueColumnName('TAG', used, '列3')).toBe('TAG_3');
  expect(uniqueColumnName('\u0001', used, '列4')).toBe('列4');
  expect(uniqueColumnName('a'.repeat(300), used, '列5').length).toBe(255);
});

test('formulas fit in 8,192 characters', () => {
  expect(formulaFits('=1')).toBe(true);
  expect(formulaFits('=' + 'A'.repeat(8192))).toBe(false);
});

test('whatever the text, the fitted cell is XML-safe and within the limit', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
      const r = fitCellText(s);
      expect(xmlSafe(r.text)).toBe(r.text);
      expect(r.text.length).toBeLessThanOrEqual(EXCEL_LIMITS.cellChars);
    }),
    { numRuns: 300 },
  );
});

describe('surelyXmlSafe (the fast path of countXmlIllegal)', () => {
  test('for every UTF-16 code unit but surrogates, true exactly when xmlSafe keeps it', () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      if (surelyXmlSafe(ch) !== (xmlSafe(ch) === ch)) differ.push(c);
    }
    expect(differ).toEqual([]);
  });

  test('a text it passes loses nothing to xmlSafe; countXmlIllegal counts what xmlSafe removes', () => {
    const ch = fc.constantFrom('a', '工', '\t', '\n', '\r', '\u0000', '\u001f', '\ufffe', '\uffff', '\ud83d', '\ude00', '\uffef');
    fc.assert(
      fc.property(fc.array(ch, { maxLength: 10 }), (chars) => {
        const s = chars.join('');
        if (surelyXmlSafe(s)) expect(xmlSafe(s)).toBe(s);
        expect(countXmlIllegal(s)).toBe(s.length - xmlSafe(s).length);
      }),
    );
  });
});
