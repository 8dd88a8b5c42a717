import fc from 'fast-check';
import { parseSatisfaction, satisfactionInText } from './parseSatisfaction';

describe('parseSatisfaction', () => {
  test.each([
    ['非常满意', 5],
    ['满意', 4],
    ['基本满意', 3],
    ['一般', 3],
    ['不满意', 2],
    ['非常不满意', 1],
    ['非常滿意', 5],
    ['不滿意', 2],
    ['3分', 3],
    ['3 分', 3],
    ['三分', 3],
    ['4星', 4],
    ['4/5', 4],
    ['★★★★', 4],
    ['5', 5],
    ['Very satisfied', 5],
    ['dissatisfied', 2],
  ])('%s → %d', (input, score) => {
    expect(parseSatisfaction(input)).toBe(score);
  });

  test('numbers: whole scores pass, fractions round half up, out of range is null', () => {
    expect(parseSatisfaction(4)).toBe(4);
    expect(parseSatisfaction(4.5)).toBe(5);
    expect(parseSatisfaction(4.4)).toBe(4);
    expect(parseSatisfaction(1.2)).toBe(1);
    expect(parseSatisfaction(0)).toBeNull();
    expect(parseSatisfaction(6)).toBeNull();
    expect(parseSatisfaction('8/10')).toBeNull();
    expect(parseSatisfaction(Number.NaN)).toBeNull();
  });

  test.each(['', '-', '感谢，期待更新', '无', null, true])('no score in %p', (input) => {
    expect(parseSatisfaction(input)).toBeNull();
  });

  test('satisfactionInText reads words inside a sentence, not minutes', () => {
    expect(satisfactionInText('客户确认收到，反馈满意')).toBe(4);
    expect(satisfactionInText('客户确认收到，反馈“一般，希望后续避免”')).toBe(3);
    expect(satisfactionInText('在线排队等待20分钟，不满意')).toBe(2);
    expect(parseSatisfaction('等了5分钟')).toBeNull();
  });

  test('any result is a whole number 1–5 or null; integers 1–5 map to themselves', () => {
    fc.assert(
      fc.property(fc.anything(), (v) => {
        const r = parseSatisfaction(v);
        expect(r === null || (Number.isInteger(r) && r >= 1 && r <= 5)).toBe(true);
      }),
    );
    fc.assert(fc.property(fc.integer({ min: 1, max: 5 }), (n) => expect(parseSatisfaction(`${n}分`)).toBe(n)));
  });
});
