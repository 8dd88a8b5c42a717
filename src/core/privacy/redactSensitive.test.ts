import fc from 'fast-check';
import { isBankCard, isIdCard18, luhnValid, redactSensitive } from './redactSensitive';

/** Completes 17 digits with the GB 11643 check character. */
function withIdCheck(d17: string): string {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...d17].reduce((a, c, i) => a + +c * w[i], 0);
  return d17 + '10X98765432'[sum % 11];
}
/** Completes a card prefix with its Luhn digit. */
function withLuhn(prefix: string): string {
  for (let d = 0; d <= 9; d++) if (luhnValid(prefix + d)) return prefix + d;
  throw new Error('unreachable');
}

const ID_X = '11010519491231002X'; // the standard example number with an X check digit
const CARD = withLuhn('622202100112345678'); // 19-digit UnionPay-like

describe('redactSensitive', () => {
  it('knows the examples are valid', () => {
    expect(isIdCard18(ID_X)).toBe(true);
    expect(isIdCard18('11010519491231002x')).toBe(true);
    expect(isIdCard18('110105194912310021')).toBe(false); // wrong checksum
    expect(isBankCard(CARD)).toBe(true);
    expect(luhnValid('4111111111111111')).toBe(true);
  });

  it('masks an 18-digit ID with trailing X, keeping first 6 and last 4', () => {
    const r = redactSensitive(`客户身份证 ${ID_X} 已核实`);
    expect(r.text).toBe('客户身份证 110105********002X 已核实');
    expect(r.found).toEqual([{ kind: 'idCard', masked: '110105********002X' }]);
  });

  it('masks a lower-case x and an ID written in groups', () => {
    expect(redactSensitive('身份证号11010519491231002x。').text).toBe('身份证号110105********002x。');
    expect(redactSensitive('ID 110105 19491231 002X').text).toBe('ID 110105********002X');
  });

  it('masks a 15-digit old ID', () => {
    const r = redactSensitive('旧证号 110105491231002');
    expect(r.found[0].kind).toBe('idCard');
    expect(r.text).toBe('旧证号 110105*****1002');
  });

  it('masks bank cards of 16–19 digits, also grouped', () => {
    expect(redactSensitive('卡号4111111111111111').text).toBe('卡号4111********1111');
    expect(redactSensitive('卡号 4111 1111 1111 1111 退款').text).toBe('卡号 4111********1111 退款');
    expect(redactSensitive('卡号 4111-1111-1111-1111').found).toEqual([
      { kind: 'bankCard', masked: '4111********1111' },
    ]);
    expect(redactSensitive(`退款到${CARD}`).text).toBe(`退款到6222***********${CARD.slice(-4)}`);
  });

  it('leaves order, ticket and phone numbers alone', () => {
    const text = '订单号20231008001，反馈单号CS20231015001，电话 13812345678，座机 010-12345678，+86 138 1234 5678';
    expect(redactSensitive(text)).toEqual({ text, found: [] });
  });

  it('does not redact a Luhn-valid number that is not shaped like a card or an ID', () => {
    const order = withLuhn('202310080012345'); // 16 digits, date-prefixed order number
    expect(redactSensitive(`订单 ${order}`).found).toEqual([]);
    expect(redactSensitive('110105194912310021').found).toEqual([]); // bad ID checksum, not a card prefix
  });

  it('finds an ID next to a phone number in one spaced run', () => {
    const r = redactSensitive(`${ID_X.slice(0, 17)}3 13812345678`);
    // 110105194912310023 has a bad checksum: nothing to redact, the phone stays too
    expect(r.found).toEqual([]);
    const valid = withIdCheck('44030419900101123');
    const r2 = redactSensitive(`${valid} 13812345678`);
    expect(r2.text).toBe(`440304********${valid.slice(-4)} 13812345678`);
    expect(r2.found).toHaveLength(1);
  });

  it('reports several findings in order', () => {
    const r = redactSensitive(`证件${ID_X}，卡4111111111111111`);
    expect(r.found.map((f) => f.kind)).toEqual(['idCard', 'bankCard']);
  });

  it('redacts every valid generated ID and is idempotent (property)', () => {
    const d17 = fc
      .record({
        area: fc.integer({ min: 110000, max: 659999 }),
        day: fc.date({ min: new Date('1930-01-01'), max: new Date('2020-12-31'), noInvalidDate: true }),
        seq: fc.integer({ min: 0, max: 999 }),
      })
      .map(
        ({ area, day, seq }) =>
          `${area}${day.toISOString().slice(0, 10).replace(/-/g, '')}${String(seq).padStart(3, '0')}`,
      );
    fc.assert(
      fc.property(d17, fc.string({ maxLength: 10 }), (d, tail) => {
        const id = withIdCheck(d);
        const once = redactSensitive(`号码：${id}。${tail.replace(/[0-9A-Za-z]/g, '')}`);
        expect(once.text).not.toContain(id);
        expect(once.found[0]).toEqual({ kind: 'idCard', masked: `${id.slice(0, 6)}********${id.slice(-4)}` });
        expect(redactSensitive(once.text).text).toBe(once.text);
      }),
    );
  });

  it('never changes text without 15 consecutive digits (property)', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const t = s.replace(/\d{8,}/g, '1234567');
        expect(redactSensitive(t).text).toBe(t);
      }),
    );
  });
});
