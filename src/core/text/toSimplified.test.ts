import fc from 'fast-check';
import { toSimplified } from './toSimplified';

describe('toSimplified', () => {
  test.each([
    ['客戶姓名（可匿名）', '客户姓名（可匿名）'],
    ['聯繫方式（脫敏）', '联系方式（脱敏）'],
    ['滿意度評分', '满意度评分'],
    ['問題類型', '问题类型'],
    ['處理結果', '处理结果'],
    ['歸檔時間', '归档时间'],
    ['負責客服', '负责客服'],
    ['跟進事項', '跟进事项'],
    ['緊急', '紧急'],
    ['電話 在線 郵件', '电话 在线 邮件'],
    ['已關閉', '已关闭'],
  ])('%s → %s', (tw, cn) => {
    expect(toSimplified(tw)).toBe(cn);
  });

  test('leaves Simplified, Latin and digits alone', () => {
    expect(toSimplified('客户服务 ABC 123 什么 显著')).toBe('客户服务 ABC 123 什么 显著');
  });

  test('is idempotent and keeps the length in code points', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const once = toSimplified(s);
        expect(toSimplified(once)).toBe(once);
        expect(Array.from(once).length).toBe(Array.from(s).length);
      }),
    );
  });
});
