/**
 * The compact map must agree with OpenCC (the library it was generated from): every pair it
 * holds is what opencc-js's tw→cn converter gives for that character alone.
 */
import { T2S_PAIRS } from './t2sMap';
import { toSimplified } from './toSimplified';

// opencc-js is an ES module package; its UMD build loads under CommonJS jest.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const OpenCC = require('opencc-js/t2cn') as { Converter: (o: { from: string; to: string }) => (s: string) => string };
const convert = OpenCC.Converter({ from: 'tw', to: 'cn' });

describe('T2S_PAIRS', () => {
  const chars = Array.from(T2S_PAIRS);

  test('holds whole pairs of distinct characters', () => {
    expect(chars.length % 2).toBe(0);
    expect(chars.length).toBeGreaterThan(4000);
    for (let i = 0; i < chars.length; i += 2) expect(chars[i]).not.toBe(chars[i + 1]);
  });
  test('holds only BMP characters (toSimplified looks them up by UTF-16 code unit)', () => {
    expect(chars.filter((c) => c.length !== 1)).toEqual([]);
  });

  test('agrees with OpenCC on every character', () => {
    const disagree: string[] = [];
    for (let i = 0; i < chars.length; i += 2) if (convert(chars[i]) !== chars[i + 1]) disagree.push(chars[i] + chars[i + 1]);
    expect(disagree).toEqual([]);
  });

  test('matches OpenCC on the Traditional seed vocabulary', () => {
    const text = '客服溝通話術與客戶反饋統計模板 序號 客戶姓名 聯繫方式 溝通時間 溝通渠道 電話 在線 郵件 問題類型 產品 服務 物流 售後 滿意度評分 跟進事項 負責客服 統計周期 具體問題細分 出現頻次 典型案例 處理建議 責任部門 運營部';
    expect(toSimplified(text)).toBe(convert(text));
  });
});
