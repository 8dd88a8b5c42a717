import fc from 'fast-check';
import { toSimplified } from '../text/toSimplified';
import { containsKeyword, foldKeyword, foldText } from './matchText';

/** foldText as first written (whole text at once, no cache): the per-line, cached one must agree. */
const ALNUM = '[0-9A-Za-z０-９Ａ-Ｚａ-ｚ]';
const reference = (s: string): string =>
  toSimplified(
    String(s ?? '')
      .replace(new RegExp(`(${ALNUM})[^\\S\\n]+(?=${ALNUM})`, 'g'), '$1_')
      .normalize('NFKC'),
  )
    .toLowerCase()
    .replace(/[\s\u3000]+/g, '');

const pieces = fc.constantFrom('嚴重損失', '严重', 'ＶＩＰ', 'Σ', 'ΟΔΟΣ', 'İ', 'e\u0301', '\u0301', '\n', ' ', '\u3000', 'ｶﾞ', '한', '\u1100', '\u1161', 'x', '');
const texts = fc.oneof(fc.string(), fc.array(pieces, { maxLength: 12 }).map((a) => a.join('')));

describe('foldText', () => {
  test('folds Traditional, full-width, case and whitespace', () => {
    expect(foldText('客戶 嚴重損失\nＶＩＰ　客户')).toBe('客户严重损失vip客户');
  });
  test('keeps a word break between two words of letters or digits', () => {
    expect(foldText('Total  Outage at HQ 12315')).toBe('total_outage_at_hq_12315');
    expect(containsKeyword(foldText('total outage at HQ'), 'outage')).toBe(true);
    expect(containsKeyword(foldText('no outages'), 'outage')).toBe(false);
  });
  test('agrees with folding the whole text at once, also when called again (cached)', () => {
    fc.assert(
      fc.property(fc.array(texts, { maxLength: 4 }), (parts) => {
        const s = parts.join('\n');
        expect(foldText(s)).toBe(reference(s));
        expect(foldText(s)).toBe(reference(s));
      }),
    );
  });
  test('agrees with the reference on every single BMP code unit (the one-pass table)', () => {
    const bad: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (foldText(`${ch}${ch}`) !== reference(`${ch}${ch}`)) bad.push(c);
    }
    expect(bad).toEqual([]);
  });
  test('folds a long text the same after many others pushed it out of the cache', () => {
    const long = '設備無法啟動，提示代碼E-05，生產停機'.repeat(20);
    const first = foldText(long);
    for (let i = 0; i < 2000; i++) foldText(`第${i}行`);
    expect(foldText(long)).toBe(first);
    expect(first).toBe(reference(long));
  });
});

describe('containsKeyword', () => {
  test('meets a Traditional text with a Simplified keyword; an empty keyword never matches', () => {
    expect(containsKeyword(foldText('造成嚴重損失'), '严重损失')).toBe(true);
    expect(containsKeyword(foldText('造成嚴重損失'), '  ')).toBe(false);
    expect(foldKeyword('嚴重 損失')).toBe('严重损失');
  });
});
