import fc from 'fast-check';
import { ticketSchema } from '../schema/ticket';
import { recognizeTable } from '../headers/recognizeTable';
import { defaultSettings, getPreset } from '../presets';
import type { Settings } from '../settings/settings';
import { completeTable } from '../engine/completeTable';
import { readTickets } from './readTickets';

const settings = defaultSettings();
const read = (grid: unknown[][], s: Settings = settings, extra: { firstRowNumber?: number; defaultYear?: number } = {}) => {
  const guess = recognizeTable(grid);
  if (!guess) throw new Error('no table');
  return readTickets(grid, guess, { settings: s, source: 'test.xlsx', ...extra });
};

describe('readTickets', () => {
  test('values that do not parse become problems naming row, field and column; the raw text is kept', () => {
    const r = read([
      ['工单编号', '受理时间', '处理状态', '紧急程度', '满意度', '客户等级'],
      ['A1', '昨天下午', '搁置', '很急', '十分', '钻石'],
    ]);
    expect(r.problems.map((p) => [p.row, p.field, p.column, p.code])).toEqual([
      [2, 'status', '处理状态', 'unknownStatus'],
      [2, 'urgency', '紧急程度', 'unknownLevel'],
      [2, 'satisfaction', '满意度', 'invalidRating'],
      [2, 'customerLevel', '客户等级', 'unknownCustomerLevel'],
      [2, 'receivedAt', '受理时间', 'invalidDateTime'],
    ]);
    expect(r.problems[0].message).toContain('2');
    expect(r.tickets[0].extra).toEqual({ 受理时间: '昨天下午', 处理状态: '搁置', 紧急程度: '很急', 满意度: '十分', 客户等级: '钻石' });
    expect(r.tickets[0].status).toBeNull();
  });

  test('unknown categories keep their text as the subcategory and are reported', () => {
    const r = read([['问题描述', '需求类型'], ['门店排队太久', '排队']]);
    expect(r.tickets[0]).toMatchObject({ category: null, subcategory: '排队' });
    expect(r.problems.map((p) => p.code)).toEqual(['unknownCategory']);
  });

  test('Excel serials lend their year to year-less neighbours; rows of dashes are skipped', () => {
    const r = read([['工单编号', '受理时间'], ['A1', 45208.5], ['-', '-'], ['A2', '10-10 09:00']]);
    expect(r.tickets.map((t) => t.receivedAt)).toEqual(['2023-10-09T12:00', '2023-10-10T09:00']);
    expect(r.sourceRows).toEqual([2, 4]);
  });

  test('time-only cells (exceljs day-zero Dates, Office.js fractions) join the date column', () => {
    const dayZero = new Date(Date.UTC(1899, 11, 30, 14, 30));
    const r = read([['工单编号', '沟通日期', '沟通时间'], ['A1', new Date(Date.UTC(2023, 9, 8)), dayZero], ['A2', 45208, 0.75]]);
    expect(r.tickets.map((t) => t.receivedAt)).toEqual(['2023-10-08T14:30', '2023-10-09T18:00']);
    expect(read([['工单编号', '受理时间'], ['A1', dayZero]]).problems.map((p) => p.code)).toEqual(['invalidDateTime']);
  });

  test('entirely empty rows are skipped; sourceRows name sheet rows, offset by firstRowNumber', () => {
    const grid = [['工单编号', '问题描述'], ['A1', 'x'], [null, '  '], ['A2', 'y']];
    expect(read(grid).sourceRows).toEqual([2, 4]);
    expect(read(grid, settings, { firstRowNumber: 10 }).sourceRows).toEqual([11, 13]);
  });

  test('placeholders (-, 无, N/A) are empty, not problems', () => {
    const r = read([['工单编号', '处理状态', '满意度', '受理时间'], ['A1', '-', '无', 'N/A']]);
    expect(r.problems).toEqual([]);
    expect(r.tickets[0]).toMatchObject({ status: null, satisfaction: null, receivedAt: null });
  });

  test('a year-less date borrows the year of the row above, else below, else defaultYear', () => {
    const grid = [['工单编号', '受理时间'], ['A1', '03-15 14:30'], ['A2', '2023-12-30 10:00'], ['A3', '01-02 09:00']];
    expect(read(grid).tickets.map((t) => t.receivedAt)).toEqual(['2023-03-15T14:30', '2023-12-30T10:00', '2023-01-02T09:00']);
    const noYear = [['工单编号', '受理时间'], ['A1', '3月15日']];
    expect(read(noYear).problems.map((p) => p.code)).toEqual(['invalidDateTime']);
    expect(read(noYear, settings, { defaultYear: 2025 }).tickets[0].receivedAt).toBe('2025-03-15T00:00');
  });

  test('contacts are masked when masking is on and kept when it is off; ID numbers always go', () => {
    const grid = [['客户名称', '联系方式', '问题描述'], ['王女士', '13812345678', '身份证110105199001011232丢失']];
    expect(read(grid).tickets[0]).toMatchObject({ contact: '138****5678', description: '身份证110105********1232丢失' });
    const off = { ...settings, masking: { contacts: false } };
    expect(read(grid, off).tickets[0]).toMatchObject({ contact: '13812345678', description: '身份证110105********1232丢失' });
  });

  test('unknown columns are kept under their header, sensitive numbers redacted there too', () => {
    const r = read([['工单编号', '问题描述', '银行卡'], ['A1', 'x', '6222021001123456789']]);
    expect(r.unmapped).toEqual(['银行卡']);
    expect(r.tickets[0].extra).toEqual({ 银行卡: '6222***********6789' });
    expect(r.redactions).toEqual([{ row: 2, field: '银行卡', column: '银行卡', kind: 'bankCard', masked: '6222***********6789' }]);
  });

  test('derived columns (时效状态, 处理时限) are kept as extra and listed', () => {
    const r = read([['工单编号', '处理时限', '时效状态'], ['A1', '2024-01-01', '已超时']]);
    expect(r.derivedKept).toEqual(['处理时限', '时效状态']);
    expect(r.tickets[0]).toMatchObject({ resolveDue: null, slaState: null, extra: { 处理时限: '2024-01-01', 时效状态: '已超时' } });
  });

  test('list values meet their listed spelling; unlisted ones stay as written', () => {
    const r = read([['工单编号', '沟通渠道', '客户情绪'], ['A1', '在線客服', '焦急'], ['A2', '微信群', '很烦']]);
    expect(r.tickets.map((t) => [t.channel, t.emotion])).toEqual([
      ['在线客服', '焦急'],
      ['微信群', '很烦'],
    ]);
  });

  test('logs of a ticket without a number point at its row', () => {
    const r = read([['问题详情', '处理过程'], ['无法开机', '2024-01-02 10:00客服专员接收记录;10:20分派至技术部李工']]);
    expect(r.logs.map((l) => [l.ticketId, l.at, l.kind])).toEqual([
      ['row:2', '2024-01-02T10:00', '受理'],
      ['row:2', '2024-01-02T10:20', '分派'],
    ]);
    expect(r.tickets[0]).toMatchObject({ receivedAt: '2024-01-02T10:00', department: '技术部', owner: '李工', description: '无法开机' });
  });

  test('lines of a row whose number an earlier row without lines has point at their row', () => {
    const grid = [
      ['工单编号', '处理过程'],
      ['CS20240102001', ''],
      ['CS20240102002', ''],
      ['CS20240102001', '2024-01-02 11:00客服专员接收投诉'],
      ['CS20240102003', '2024-01-02 12:00客服专员接收记录'],
      ['CS20240102003', '2024-01-02 13:00客服专员接收记录'],
    ];
    expect(read(grid).logs.map((l) => [l.ticketId, l.at])).toEqual([
      ['row:4', '2024-01-02T11:00'],
      ['CS20240102003', '2024-01-02T12:00'],
      ['row:6', '2024-01-02T13:00'],
    ]);
  });

  test('lines of a row whose number an earlier row has point at their row, and follow it when it is renumbered', () => {
    const grid = [
      ['工单编号', '处理过程'],
      ['CS20240102001', '2024-01-02 10:00客服专员接收记录;10:20分派至技术部李工'],
      [' CS20240102001 ', '2024-01-02 11:00客服专员接收投诉;11:30联系客户致歉'],
      ['CS20240102002', '2024-01-02 12:00客服专员接收记录'],
    ];
    const r = read(grid);
    expect(r.logs.map((l) => [l.ticketId, l.at])).toEqual([
      ['CS20240102001', '2024-01-02T10:00'],
      ['CS20240102001', '2024-01-02T10:20'],
      ['row:3', '2024-01-02T11:00'],
      ['row:3', '2024-01-02T11:30'],
      ['CS20240102002', '2024-01-02T12:00'],
    ]);
    // The engine's table rule renumbers the later duplicate; its lines go with it.
    const rows = r.tickets.map((ticket, index) => ({ index, row: r.sourceRows[index], ticket }));
    const done = completeTable(rows, r.logs, { settings, asOf: '2024-01-03T09:00' });
    const ids = done.completed.map((c) => c.ticket.id);
    expect(ids[1]).not.toBe('CS20240102001');
    expect(done.renumbered).toEqual([{ row: 3, from: 'CS20240102001', to: ids[1] }]);
    expect(done.logs.map((l) => [l.ticketId, l.content])).toEqual([
      [ids[0], '客服专员接收记录'],
      [ids[0], '分派至技术部李工'],
      [ids[1], '客服专员接收投诉'],
      [ids[1], '联系客户致歉'],
      [ids[2], '客服专员接收记录'],
    ]);
  });

  test('plain columns win over values split out of compounds', () => {
    const r = read([['工单编号', '负责人', '处理过程'], ['A1', '孙*', '2024-01-02 10:00接收;10:20分派至技术部李工']]);
    expect(r.tickets[0]).toMatchObject({ owner: '孙*', department: '技术部' });
  });

  test('seed 003 read with the standard preset still yields valid tickets', () => {
    const grid = [
      ['序號', '客戶姓名（可匿名）', '溝通時間', '問題類型（產品/服務/物流/售後等）', '滿意度評分（1-5分）'],
      [1, '*先生', '03-15 14:30', '物流服務', '3分'],
      [2, '*女士', '2024-03-15 15:20', '投訴', '2分'],
    ];
    const r = read(grid, getPreset('standard').settings);
    expect(r.tickets.map((t) => [t.receivedAt, t.category, t.satisfaction])).toEqual([
      ['2024-03-15T14:30', '投诉', 3],
      ['2024-03-15T15:20', '投诉', 2],
    ]);
  });

  test('never throws and always yields schema-valid tickets, for any grid under a known header', () => {
    const cell = fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.constant(null), fc.date({ noInvalidDate: false }));
    const header = ['工单编号', '受理时间', '沟通日期', '客户信息', '问题详情', '处理过程', '沟通记录', '结果与反馈', '归档信息', '满意度', '服务态度', '协办人', '处理状态', '需求类型', '联系方式', '自定义'];
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: header.length, maxLength: header.length }), { maxLength: 6 }), (rows) => {
        const grid = [header, ...rows];
        const guess = recognizeTable(grid);
        expect(guess).not.toBeNull();
        const r = readTickets(grid, guess!, { settings, source: 'fuzz' });
        expect(r.tickets.length).toBe(r.sourceRows.length);
        for (const t of r.tickets) expect(ticketSchema.safeParse(t).success).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
