import { makeTicket, rulesTestSettings } from '../engine/testSettings';
import type { Ticket } from '../schema/ticket';
import { validateTicket, validateTickets } from './validateTicket';

const s = rulesTestSettings();
const good = makeTicket({
  id: 'CS20231015001',
  receivedAt: '2023-10-15T10:00',
  channel: '电话',
  customerName: '王女士',
  contact: '138****5678',
  description: '购买的产品无法开机',
  category: '故障',
  status: '已完成',
  urgency: '高',
  priority: '高',
  department: '技术部',
  firstResponseAt: '2023-10-15T10:15',
  resolvedAt: '2023-10-15T14:00',
  satisfaction: 5,
});
const codes = (t: Ticket): string[] => validateTicket(t, 5, s).map((p) => p.code);

describe('validateTicket', () => {
  it('finds nothing in a good row', () => {
    expect(validateTicket(good, 5, s)).toEqual([]);
  });

  it('names row, field and column of each problem', () => {
    const [p] = validateTicket(
      { ...good, receivedAt: null, firstResponseAt: null, resolvedAt: '2023-10-15T14:00' },
      9,
      s,
    );
    expect(p).toMatchObject({ row: 9, field: 'receivedAt', column: '受理时间', code: 'missingReceivedAt' });
    expect(p.message).toContain('第 9 行「受理时间」');
  });

  it('flags missing description and customer', () => {
    expect(codes({ ...good, description: '', subject: '' })).toEqual(['missingDescription']);
    expect(codes({ ...good, subject: '查询物流', description: '' })).toEqual([]);
    expect(codes({ ...good, customerName: '', contact: '' })).toEqual(['missingCustomer']);
  });

  it('flags values outside the closed lists (loose data from a sheet)', () => {
    const loose = {
      ...good,
      category: '售后',
      status: '搁置',
      urgency: '紧急',
      customerLevel: '金卡',
    } as unknown as Ticket;
    const ps = validateTicket(loose, 3, s);
    expect(ps.map((p) => [p.code, p.field])).toEqual([
      ['unknownCategory', 'category'],
      ['unknownStatus', 'status'],
      ['unknownLevel', 'urgency'],
      ['unknownCustomerLevel', 'customerLevel'],
    ]);
    expect(ps[0].message).toContain('「售后」');
  });

  it('flags invalid times and ratings', () => {
    const loose = {
      ...good,
      acceptedAt: '2023-02-30T10:00',
      satisfaction: 7,
      ratings: { 服务态度: 0, 解决效率: 4 },
    } as unknown as Ticket;
    expect(validateTicket(loose, 2, s).map((p) => `${p.code}:${p.field}`)).toEqual([
      'invalidDateTime:acceptedAt',
      'invalidRating:satisfaction',
      'invalidRating:ratings',
    ]);
  });

  it('flags times before receipt and done tickets without a resolution time', () => {
    expect(codes({ ...good, resolvedAt: '2023-10-14T09:00' })).toEqual(['resolvedBeforeReceived']);
    expect(codes({ ...good, firstResponseAt: '2023-10-15T09:59' })).toEqual(['respondedBeforeReceived']);
    const p = validateTicket({ ...good, status: '已关闭', resolvedAt: null, lastUpdateAt: '2023-10-15T12:00' }, 4, s)[0];
    expect(p).toMatchObject({ code: 'doneWithoutResolvedAt', field: 'resolvedAt', column: '解决时间' });
    expect(p.message).toBe('第 4 行状态为「已关闭」，但「解决时间」为空。');
    // A paper record that arrived finished, never worked with progress notes: unknown, not a mistake.
    expect(codes({ ...good, resolvedAt: null })).toEqual([]);
  });

  it('accepts numbers of the patterns kept from earlier records, and only those', () => {
    const kept = { ...s, numbering: { pattern: s.numbering.pattern, accepted: ['CW{yyyyMMdd}{seq:4}'] } };
    const ids = (settings: typeof s, id: string): string[] => validateTickets([{ ...good, id }], settings, 2).map((p) => p.code);
    expect(ids(s, 'CW202402200001')).toEqual(['idPatternMismatch']);
    expect(ids(kept, 'CW202402200001')).toEqual([]);
    expect(ids(kept, '202402-0031')).toEqual(['idPatternMismatch']);
  });

  it('flags channel and department outside the lists, accepting Traditional spellings', () => {
    expect(codes({ ...good, channel: '微博' })).toEqual(['unknownListValue']);
    expect(codes({ ...good, channel: '在線客服' })).toEqual([]);
    const p = validateTicket({ ...good, department: '法务部' }, 6, s)[0];
    expect(p.message).toBe('第 6 行「责任部门」的值「法务部」不在责任部门列表中。');
  });

  it('flags unmasked contacts and full ID/bank numbers', () => {
    const p = validateTicket({ ...good, contact: '13812345678' }, 2, s)[0];
    expect(p).toMatchObject({ code: 'contactUnmasked', params: expect.objectContaining({ masked: '138****5678' }) });
    expect(codes({ ...good, contact: '13812345678' }).length).toBe(1);
    expect(
      validateTicket({ ...good, contact: '13812345678' }, 2, rulesTestSettings({ masking: { contacts: false } })),
    ).toEqual([]);
    const id = validateTicket({ ...good, notes: '身份证11010519491231002X' }, 2, s)[0];
    expect(id).toMatchObject({ code: 'sensitiveDataFound', field: 'notes', column: '备注' });
    expect(id.message).toContain('身份证');
  });

  it('flags an unmasked contact or a secret anywhere (检查): any text field, 协办人, extra columns and their headers', () => {
    const t = {
      ...good,
      feedback: '请回电 １３８１２３４５６７８',
      coOwners: ['张三', '4111 1111 1111 1111'],
      extra: { 备用: 'chen@例子.中国', 附加编号: Number('6222021001123456789'), [`证件${'11010519491231002X'}`]: '见表头' },
    };
    const found = validateTicket(t, 7, s).map((p) => `${p.row}|${p.column}|${p.code}`);
    expect(found.sort()).toEqual(
      ['7|客户反馈|contactUnmasked', '7|协办人|sensitiveDataFound', '7|备用|contactUnmasked', '7|附加编号|sensitiveDataFound', '7|证件110105********002X|sensitiveDataFound'].sort(),
    );
    expect(JSON.stringify(validateTicket(t, 7, s))).not.toMatch(/13812345678|4111 1111 1111 1111|11010519491231002X|chen@/);
  });
});

describe('validateTickets', () => {
  it('numbers rows from firstRow and finds duplicate ids and pattern mismatches', () => {
    const ts = [
      good,
      { ...good, id: 'CS20231015002' },
      { ...good },
      { ...good, id: 'CW202310150001' },
      { ...good, id: '' },
    ];
    const ps = validateTickets(ts, s);
    expect(ps.map((p) => [p.row, p.code])).toEqual([
      [4, 'duplicateId'],
      [5, 'idPatternMismatch'],
    ]);
    expect(ps[0].message).toBe('第 4 行「工单编号」的编号「CS20231015001」与第 2 行重复。');
    expect(ps[1].message).toContain('CS{yyyyMMdd}{seq:3}');
    expect(validateTickets(ts, s, 10).map((p) => p.row)).toEqual([12, 13]);
  });

  it('sorts problems by row and tolerates a broken pattern', () => {
    const ps = validateTickets(
      [
        { ...good, description: '' },
        { ...good, id: 'junk', receivedAt: null, firstResponseAt: null },
      ],
      rulesTestSettings({ numbering: { pattern: 'CS' } }),
    );
    expect(ps.map((p) => [p.row, p.code])).toEqual([
      [2, 'missingDescription'],
      [3, 'missingReceivedAt'],
    ]);
  });
});

describe('validateTicket flags a status the evidence contradicts', () => {
  it('reports 待受理 with a resolution time', () => {
    expect(codes({ ...good, status: '待受理', resolvedAt: '2024-05-09T10:00' })).toContain('pendingWithResolvedAt');
    expect(codes({ ...good, status: '处理中', resolvedAt: null })).not.toContain('pendingWithResolvedAt');
  });
});
