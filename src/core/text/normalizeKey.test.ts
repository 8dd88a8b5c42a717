import fc from 'fast-check';
import { annotationsOf, normalizeKey } from './normalizeKey';

describe('normalizeKey', () => {
  test.each([
    ['联系方式（脱敏）', '联系方式'],
    ['聯繫方式（脫敏）', '联系方式'],
    ['满意度评分（1-5分）', '满意度评分'],
    ['客戶姓名（可匿名）', '客户姓名'],
    ['溝通渠道(電話/在線/郵件)', '沟通渠道'],
    ['问题类型【产品/服务】', '问题类型'],
    ['  客户 姓名 / 公司 ', '客户姓名公司'],
    ['联系人*', '联系人'],
    ['ＶＩＰ', 'vip'],
    ['Ticket No.', 'ticketno'],
    ['归档时间：', '归档时间'],
    ['“满意”', '满意'],
  ])('%s → %s', (input, key) => {
    expect(normalizeKey(input)).toBe(key);
  });

  test('a header that is only an annotation keeps its words', () => {
    expect(normalizeKey('（备注）')).toBe('备注');
  });

  test('annotationsOf lists the bracketed hints', () => {
    expect(annotationsOf('满意度评分（1-5分）')).toEqual(['15分']);
  });

  test('is idempotent and never throws', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const k = normalizeKey(s);
        expect(normalizeKey(k)).toBe(k);
        expect(k).toBe(k.toLowerCase());
        expect(/\s/.test(k)).toBe(false);
      }),
    );
  });
});
