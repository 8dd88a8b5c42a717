import fc from 'fast-check';
import { idCheckChar, isBankCard, isIdCard18, luhnValid } from './cardChecks';
import { maskNumber, mayHoldSecret, redactCell, redactDeep, redactSecrets, redactText } from './redactSecrets';
import { mayHoldPhone } from './maskContact';
import { mayHoldDigits } from './scanText';

/** Completes a card prefix with its Luhn digit. */
function withLuhn(prefix: string): string {
  for (let d = 0; d <= 9; d++) if (luhnValid(prefix + d)) return prefix + d;
  throw new Error('unreachable');
}

const ID_X = '11010519491231002X'; // the standard example number with an X check digit
const CARD = withLuhn('622202100112345678'); // 19-digit UnionPay-like
const FW = (s: string): string => s.replace(/[0-9X]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

describe('card checks', () => {
  it('knows the examples are valid', () => {
    expect(isIdCard18(ID_X)).toBe(true);
    expect(isIdCard18('11010519491231002x')).toBe(true);
    expect(isIdCard18('110105194912310021')).toBe(false); // wrong checksum
    expect(idCheckChar('11010519491231002')).toBe('X');
    expect(isBankCard(CARD)).toBe(true);
    expect(luhnValid('4111111111111111')).toBe(true);
    expect(isBankCard('6222021001123456780')).toBe(false);
  });
});

describe('redactSecrets', () => {
  it('masks an 18-digit ID with trailing X, keeping first 6 and last 4', () => {
    const r = redactSecrets(`客户身份证 ${ID_X} 已核实`);
    expect(r.text).toBe('客户身份证 110105********002X 已核实');
    expect(r.found).toEqual([{ kind: 'idCard', masked: '110105********002X' }]);
  });

  it('masks a lower-case x and an ID written in groups', () => {
    expect(redactText('身份证号11010519491231002x。')).toBe('身份证号110105********002x。');
    expect(redactText('ID 110105 19491231 002X')).toBe('ID 110105********002X');
  });

  it('masks a 15-digit old ID', () => {
    const r = redactSecrets('旧证号 110105491231002');
    expect(r.found[0].kind).toBe('idCard');
    expect(r.text).toBe('旧证号 110105*****1002');
  });

  it('masks bank cards of 16–19 digits, also grouped', () => {
    expect(redactText('卡号4111111111111111')).toBe('卡号4111********1111');
    expect(redactText('卡号 4111 1111 1111 1111 退款')).toBe('卡号 4111********1111 退款');
    expect(redactSecrets('卡号 4111-1111-1111-1111').found).toEqual([{ kind: 'bankCard', masked: '4111********1111' }]);
    expect(redactText(`退款到${CARD}`)).toBe(`退款到6222***********${CARD.slice(-4)}`);
  });

  // The 20 variants of the issue, each with the ID and the card.
  const variants: [string, (n: string) => string][] = [
    ['full-width digits', FW],
    ['letters glued before', (n) => `ID${n}`],
    ['letters glued after', (n) => `卡号${n}ABC`],
    ['dots', (n) => n.replace(/(\d{4})(?=.)/g, '$1.')],
    ['underscores', (n) => n.replace(/(\d{4})(?=.)/g, '$1_')],
    ['slashes', (n) => n.replace(/(\d{4})(?=.)/g, '$1/')],
    ['dashes', (n) => n.replace(/(\d{4})(?=.)/g, '$1-')],
    ['two spaces', (n) => n.replace(/(\d{4})(?=.)/g, '$1  ')],
    ['a tab', (n) => n.replace(/(\d{6})/, '$1\t')],
    ['NBSP', (n) => n.replace(/(\d{4})(?=.)/g, '$1\u00a0')],
    ['U+3000', (n) => n.replace(/(\d{4})(?=.)/g, '$1\u3000')],
    ['en dash', (n) => n.replace(/(\d{4})(?=.)/g, '$1\u2013')],
    ['em dash', (n) => n.replace(/(\d{4})(?=.)/g, '$1\u2014')],
    ['minus sign', (n) => n.replace(/(\d{4})(?=.)/g, '$1\u2212')],
    ['full-width hyphen', (n) => n.replace(/(\d{4})(?=.)/g, '$1\uff0d')],
    ['katakana long mark', (n) => n.replace(/(\d{4})(?=.)/g, '$1\u30fc')],
    ['a line break', (n) => n.replace(/(\d{8})/, '$1\n')],
    ['CRLF', (n) => n.replace(/(\d{8})/, '$1\r\n')],
    ['zero-width space', (n) => n.replace(/(\d{5})/, '$1\u200b')],
    ['full-width and spaced', (n) => FW(n).replace(/(.{3})(?=.)/g, '$1 ')],
  ];
  it.each(variants)('masks the ID and the card written with %s', (_name, variant) => {
    for (const n of [ID_X, CARD]) {
      const r = redactSecrets(`客户说：${variant(n)}，请处理`);
      expect(r.found).toHaveLength(1);
      expect(r.found[0].masked).toBe(maskNumber(n, n === ID_X ? 'idCard' : 'bankCard'));
      expect(r.text).toContain(r.found[0].masked);
      expect(r.text.startsWith('客户说：')).toBe(true);
      expect(r.text.endsWith('，请处理')).toBe(true);
    }
  });

  it('leaves order, ticket, phone numbers and dates alone', () => {
    const text = '订单号20231008001，反馈单号CS20231015001，电话 13812345678，座机 010-12345678，+86 138 1234 5678，2023-10-15 2023-10-16';
    expect(redactSecrets(text)).toEqual({ text, found: [] });
  });

  it('redacts a long digit run that fails both checks (safe default), and reports it', () => {
    const order = withLuhn('202310080012345'); // 16 digits, date-prefixed: not a card
    expect(redactSecrets(`订单 ${order}`).found).toEqual([{ kind: 'longNumber', masked: `2023********${order.slice(-4)}` }]);
    // bad ID checksum
    expect(redactSecrets('110105194912310021').found).toEqual([{ kind: 'longNumber', masked: '1101**********0021' }]);
    // groups joined by separators are judged by the checks only
    expect(redactSecrets('1101 0519 4912 3100 21').found).toEqual([]);
  });

  it('finds an ID next to a phone number in one spaced run', () => {
    // a bad checksum: a long number, the phone stays
    expect(redactSecrets(`${ID_X.slice(0, 17)}3 13812345678`)).toEqual({
      text: '1101**********0023 13812345678',
      found: [{ kind: 'longNumber', masked: '1101**********0023' }],
    });
    const valid = '44030419900101123' + idCheckChar('44030419900101123');
    const r2 = redactSecrets(`${valid} 13812345678`);
    expect(r2.text).toBe(`440304********${valid.slice(-4)} 13812345678`);
    expect(r2.found).toHaveLength(1);
  });

  it('reports several findings in order', () => {
    const r = redactSecrets(`证件${ID_X}，卡4111111111111111`);
    expect(r.found.map((f) => f.kind)).toEqual(['idCard', 'bankCard']);
  });

  it('masks contacts too when asked', () => {
    const r = redactSecrets(`卡4111111111111111，电话１３８１２３４５６７８，chen@例子.中国`, { contacts: true });
    expect(r.text).toBe('卡4111********1111，电话138****5678，c***@例子.中国');
    expect(r.found.map((f) => f.kind)).toEqual(['bankCard', 'contact', 'contact']);
  });

  it('reads number cells as text: a card that lost digits to a float is a long number', () => {
    expect(redactCell(4111111111111111)).toEqual({ value: '4111********1111', found: [{ kind: 'bankCard', masked: '4111********1111' }] });
    // 6222021001123456789 as a double keeps 16 digits and fails Luhn
    expect(redactCell(Number(CARD)).found[0].kind).toBe('longNumber');
    expect(redactCell(Number(CARD)).value).not.toContain(CARD.slice(4, 12));
    expect(redactCell(12345)).toEqual({ value: 12345, found: [] });
    expect(redactCell(1e25).found[0].kind).toBe('longNumber');
  });

  it('redactDeep masks every string and key of a JSON value', () => {
    expect(redactDeep({ [`卡${CARD}`]: [`ID${ID_X}`, 3, null, { n: Number(CARD) }] })).toEqual({
      [`卡6222***********${CARD.slice(-4)}`]: ['ID110105********002X', 3, null, { n: expect.stringMatching(/^6222\*+\d{4}$/) }],
    });
  });

  it('redacts every valid generated ID and is idempotent (property)', () => {
    const d17 = fc
      .record({
        area: fc.integer({ min: 110000, max: 659999 }),
        day: fc.date({ min: new Date('1930-01-01'), max: new Date('2020-12-31'), noInvalidDate: true }),
        seq: fc.integer({ min: 0, max: 999 }),
      })
      .map(({ area, day, seq }) => `${area}${day.toISOString().slice(0, 10).replace(/-/g, '')}${String(seq).padStart(3, '0')}`);
    fc.assert(
      fc.property(d17, fc.string({ maxLength: 10 }), (d, tail) => {
        const id = d + idCheckChar(d);
        const once = redactSecrets(`号码：${id}。${tail.replace(/[0-9A-Za-z]/g, '')}`);
        expect(once.text).not.toContain(id);
        expect(once.found[0]).toEqual({ kind: 'idCard', masked: `${id.slice(0, 6)}********${id.slice(-4)}` });
        expect(redactText(once.text)).toBe(once.text);
      }),
    );
  });

  it('never changes a text with fewer than 15 digits (property)', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const t = s.replace(/[0-9\uff10-\uff19\u00b2-\u00b9\u2070-\u24ff\u2776-\u2793\u3220-\u32bf\ud835]/g, '');
        const u = t + '12345678901234'.slice(0, Math.min(14, s.length));
        expect(redactText(u)).toBe(u);
      }),
    );
  });

  it('is idempotent with contacts on (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...'0123456789０１２ -.@*Xx＠ab中\n'.split('')), { maxLength: 60 }), (a) => {
        const once = redactSecrets(a.join(''), { contacts: true }).text;
        expect(redactSecrets(once, { contacts: true }).text).toBe(once);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('contact cells', () => {
  it('redacts numbers before masking the contact, so no piece of an ID is taken for a phone', () => {
    expect(redactSecrets(`110105 19491231002X`, { contacts: true, contactCell: true }).text).toBe('110105********002X');
    expect(redactSecrets('13812345678', { contacts: true, contactCell: true })).toEqual({ text: '138****5678', found: [{ kind: 'contact', masked: '138****5678' }] });
    expect(redactSecrets('12345678', { contacts: true, contactCell: true }).text).toBe('****5678');
  });
  it('masks a phone number typed into a number cell', () => {
    expect(redactCell(13812345678, { contacts: true, contactCell: true }).value).toBe('138****5678');
    expect(redactCell(13812345678, { contacts: true }).value).toBe('138****5678');
    expect(redactCell(13812345678).value).toBe(13812345678);
  });
});

describe('mayHoldSecret (the one-pass guard of redactSecrets)', () => {
  test('is exactly the guards of redactNumbers and maskContactsInText together', () => {
    // Mostly digit-like characters, so texts reach both thresholds (7 in a run, 15 in all) often.
    const ch = fc.oneof(
      { arbitrary: fc.constantFrom('1', '8', '１', '⑩', '²'), weight: 4 },
      { arbitrary: fc.constantFrom('*', 'a', 'X', '王', '，', '@', '＠', '﹫', ' ', '-', '(', '+'), weight: 1 },
    );
    fc.assert(
      fc.property(fc.array(ch, { maxLength: 30 }), fc.boolean(), (chars, contacts) => {
        const s = chars.join('');
        const separately = mayHoldDigits(s, 15) || (contacts && (/[@\uff20\ufe6b]/.test(s) || mayHoldPhone(s)));
        expect(mayHoldSecret(s, contacts)).toBe(separately);
      }),
      { numRuns: 3000 },
    );
  });
});
