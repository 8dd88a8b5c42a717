import fc from 'fast-check';
import { hasUnmaskedContact, isContactUnmasked, maskContact, maskContactsInText, mayHoldPhone } from './maskContact';

describe('maskContact', () => {
  it.each([
    ['13812345678', '138****5678'],
    ['+86 138 1234 5678', '138****5678'],
    ['+8613812345678', '138****5678'],
    ['0086-13812345678', '138****5678'],
    ['138-1234-5678', '138****5678'],
    ['  13912345678 ', '139****5678'],
    ['010-12345678', '010-****5678'],
    ['(0755)1234567', '0755-****4567'],
    ['0755 8765 4321', '0755-****4321'],
    ['12345678', '****5678'],
    ['chen.li@x.com', 'c***@x.com'],
    ['Chen@example.com.cn', 'C***@example.com.cn'],
    ['微信：chenli_88', '微信：c***'],
    ['QQ 12345678', 'QQ 1***'],
    ['wxid_abc123', 'w***'],
    ['123456789', '1***'],
    ['400-050-0827', '****0827'],
    ['852 9123 4567 890', '852****7890'],
  ])('masks %s → %s', (input, expected) => {
    expect(maskContact(input)).toBe(expected);
  });

  it('masks each contact of a cell with several', () => {
    expect(maskContact('13812345678 / chen@x.com')).toBe('138****5678 / c***@x.com');
  });

  it.each(['5678', '*,5678', '138****5678', 'chen*xx', 'c***@x.com', '', '-', '王女士', '*,1398765'])(
    'leaves already masked or short value %j unchanged',
    (v) => {
      expect(maskContact(v)).toBe(v);
    },
  );

  it('tells unmasked from masked contacts', () => {
    expect(isContactUnmasked('13812345678')).toBe(true);
    expect(isContactUnmasked('138****5678')).toBe(false);
  });

  const contactLike = fc.oneof(
    fc.string(),
    fc.stringMatching(/^(\+86 ?)?1[3-9]\d[ -]?\d{4}[ -]?\d{4}$/),
    fc.stringMatching(/^0\d{2,3}-\d{7,8}$/),
    fc.emailAddress(),
    fc.array(fc.constantFrom(...'0123456789 -+@.*abcxX：QQ微信/'.split('')), { maxLength: 30 }).map((a) => a.join('')),
  );

  it('is idempotent (property)', () => {
    fc.assert(
      fc.property(contactLike, (s) => {
        const once = maskContact(s);
        expect(maskContact(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it('never leaves an 11-digit mobile number visible (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^1[3-9]\d{9}$/), (m) => {
        const out = maskContact(m);
        expect(out).not.toContain(m.slice(3, 7));
        expect(out.endsWith(m.slice(-4))).toBe(true);
      }),
    );
  });
});

describe('a contact cell with a `*` is already masked', () => {
  // Each value is masked by one of the whole-value rules (landline without area code, labelled
  // WeChat/QQ id, number with separators, bare id); with a `*` in it none of them applies.
  test.each([
    ['12345678', '1234*678'],
    ['微信：chenli_88', '微信：chen*i_88'],
    ['wx: abcdef', 'wx: abc*ef'],
    ['QQ 123456', 'QQ 12*456'],
    ['400-050-0827', '400-050-*827'],
    ['chenli_88', 'chen*i_88'],
  ])('%s is masked, %s stays as typed', (plain, starred) => {
    expect(maskContact(plain)).not.toBe(plain);
    expect(maskContact(starred)).toBe(starred);
    expect(maskContact(` ${starred} `)).toBe(` ${starred} `);
  });

  test('a full phone number next to a `*` is still masked', () => {
    expect(maskContact('13812345678 *')).toBe('138****5678 *');
  });
});

describe('masking whatever else is in the cell (issue 9)', () => {
  it.each([
    ['13812345678（客户要求*加急）', '138****5678（客户要求*加急）'],
    ['王* 13812345678', '王* 138****5678'],
    ['１３８１２３４５６７８', '138****5678'],
    ['１３８－１２３４－５６７８', '138****5678'],
    ['chen@例子.中国', 'c***@例子.中国'],
    ['张三@例子.中国', '张***@例子.中国'],
    ['邮箱：用户.name@qq.com', '邮箱：用***@qq.com'],
    ['mail josé.garcía@correo.es please', 'mail j***@correo.es please'],
    ['请联系王小明zhang@x.com', '请***@x.com'],
    ['admin@localhost', 'a***@localhost'],
    ['ｃｈｅｎ＠ｘ．ｃｏｍ', 'c***＠ｘ．ｃｏｍ'],
    ['+852 9123 4567', '+852 ****4567'],
    ['+886 912 345 678', '+886 ****5678'],
    ['00853 6612 3456', '+853 ****3456'],
    ['+86 10 1234 5678', '010-****5678'],
    ['(+86)13812345678', '138****5678'],
    ['8613812345678', '138****5678'],
    ['电话：021 1234 5678 转 8', '电话：021-****5678 转 8'],
  ])('masks %j → %j', (input, expected) => {
    expect(maskContact(input)).toBe(expected);
    expect(isContactUnmasked(expected)).toBe(false);
  });

  it('leaves @-mentions and masked addresses alone (non-ASCII local parts need a dotted domain)', () => {
    for (const s of ['请@李四 处理', '已转@客服主管', '张***@例子.中国', '用***@qq.com']) expect(maskContactsInText(s)).toEqual({ text: s, masked: [] });
  });

  it('masks every contact of a free text, leaving other numbers', () => {
    const r = maskContactsInText('客户 13812345678 邮件 a.b@qq.com，订单 20231008001，工单 CS20231015001，400-050-0827');
    expect(r.text).toBe('客户 138****5678 邮件 a***@qq.com，订单 20231008001，工单 CS20231015001，400-050-0827');
    expect(r.masked).toEqual(['138****5678', 'a***']);
    expect(hasUnmaskedContact(r.text)).toBe(false);
    expect(hasUnmaskedContact('请回电13812345678')).toBe(true);
  });
});

describe('mayHoldPhone (the quick test before the phone rules run)', () => {
  test.each([
    ['138 1234 5678', true],
    ['(0755)1234567', true],
    ['+86 10 1234 5678', true],
    ['１３８１２３４５６７８', true],
    ['电话:13812345678', true],
    ['138****5678', false],
    ['王* 138****5678，010-****5678', false],
    ['订单A123B456C789', false],
    ['客户来电', false],
  ])('%s → %s', (s, expected) => {
    expect(mayHoldPhone(s)).toBe(expected);
  });

  test('never skips a text in which maskContactsInText finds a phone number', () => {
    let phones = 0;
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'09１ 王a*，') }),
        fc.constantFrom('', '+86 ', '0086', '(+86)', '+852 ', '(', '（', '13', '１５', '+86 1 8', '(010)', '0755-'),
        fc.array(fc.tuple(fc.constantFrom(...'0123456789０１２３４５６７８９'), fc.constantFrom('', '', '', '', '', '', ' ', '-', '.', '\u3000', ')', '）', '－', 'ー')), { minLength: 7, maxLength: 13 }),
        fc.string({ unit: fc.constantFrom(...'09１ 王a*，') }),
        (before, prefix, digits, after) => {
          const s = before + prefix + digits.map(([d, sep]) => d + sep).join('') + after;
          if (maskContactsInText(s).masked.length === 0) return;
          phones++;
          expect(mayHoldPhone(s)).toBe(true);
        },
      ),
      { numRuns: 6000 },
    );
    // About one text in forty reaches a phone rule: enough for the property to say something.
    expect(phones).toBeGreaterThan(60);
  });
});

describe('maskContactsInText on long text', () => {
  // A description of 200,000 letters next to a phone number: the address rule once scanned the
  // rest of the run from every position (quadratic: about 4·10¹⁰ steps here, minutes); it must
  // stay linear, well inside the test's default time.
  it('masks a phone in a 200,000-character description, and an address in any script after it', () => {
    const long = `客户手机13812345678反映屏幕${'长'.repeat(200_000)} 联系 张三@例子.中国`;
    const r = maskContactsInText(long);
    expect(r.masked).toEqual(['138****5678', '张***']);
    expect(r.text.endsWith('联系 张***@例子.中国')).toBe(true);
    const run = `${'长'.repeat(200_000)}@例子.中国`;
    expect(maskContactsInText(run).text).toBe('长***@例子.中国');
  });
});
