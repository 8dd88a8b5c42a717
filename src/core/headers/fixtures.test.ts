/** End to end on the five seed layouts: find the table, detect the preset, read the tickets. */
import { ticketSchema } from '../schema/ticket';
import { logEntrySchema } from '../schema/log';
import { detectPreset, getPreset } from '../presets';
import { readTickets } from '../parse/readTickets';
import { seedFixtures, TEST_BANK_CARD, TEST_ID_CARD, type SeedFixture } from './fixtures';
import { recognizeTable } from './recognizeTable';

const fixtures = seedFixtures();
const byPreset = (id: string): SeedFixture => fixtures.find((f) => f.preset === id) as SeedFixture;

function read(f: SeedFixture) {
  const guess = recognizeTable(f.grid);
  if (!guess) throw new Error(`no table in ${f.preset}`);
  return { guess, result: readTickets(f.grid, guess, { settings: getPreset(f.preset).settings, source: `${f.preset}.xlsx` }) };
}

describe.each(fixtures.map((f) => [f.preset, f] as const))('%s layout', (_id, f) => {
  test('the header row and the data rows are found', () => {
    const { guess } = read(f);
    expect([guess.headerRow, guess.firstDataRow, guess.lastDataRow]).toEqual([f.headerRow, f.firstDataRow, f.lastDataRow]);
  });

  test('the preset is detected from the headers', () => {
    const headers = read(f).guess.columns.map((c) => c.header);
    expect(detectPreset(headers).id).toBe(f.preset);
  });

  test('every data row becomes a valid ticket and names its sheet row; no secrets survive', () => {
    const { result } = read(f);
    expect(result.sourceRows).toEqual(Array.from({ length: f.lastDataRow - f.firstDataRow + 1 }, (_, i) => f.firstDataRow + i + 1));
    for (const t of result.tickets) expect(ticketSchema.safeParse(t).success).toBe(true);
    for (const l of result.logs) expect(logEntrySchema.safeParse(l).success).toBe(true);
    const json = JSON.stringify(result);
    expect(json).not.toContain(TEST_ID_CARD);
    expect(json).not.toContain(TEST_BANK_CARD);
    expect(json).not.toMatch(/1[3-9]\d{9}/);
    expect(result.problems).toEqual([]);
  });
});

test('seed 000: split date/time joined (text and Excel serials), feedback word read as satisfaction, 处理时限 kept', () => {
  const { result } = read(byPreset('seed000'));
  const [a, b, c] = result.tickets;
  expect([a.receivedAt, b.receivedAt, c.receivedAt]).toEqual(['2023-10-08T14:30', '2023-10-09T09:15', '2023-10-10T16:45']);
  expect([a.category, b.category, c.category]).toEqual(['咨询', '投诉', '建议']);
  expect([a.satisfaction, b.satisfaction, c.satisfaction]).toEqual([4, null, 3]);
  expect([a.contact, c.contact]).toEqual(['138****5678', 'c***@example.com']);
  expect(b.customerId).toBe('');
  expect(a.extra).toEqual({ 序号: 1, 处理时限: '2023-10-09' });
  expect(result.derivedKept).toEqual(['处理时限']);
  expect(result.unmapped).toEqual(['序号']);
});

test('seed 001: urgency words, ratings and their mean, the redacted ID number reported', () => {
  const { result } = read(byPreset('seed001'));
  const [a, b, c] = result.tickets;
  expect([a.urgency, b.urgency, c.urgency]).toEqual(['高', '低', '中']);
  expect(a.ratings).toEqual({ 解决效率: 5, 服务态度: 4, 方案合理性: 4 });
  expect(a.satisfaction).toBe(4);
  expect(c.category).toBe('建议');
  expect(c.notes).toContain('110105********1232');
  expect(result.redactions).toEqual([{ row: 5, field: 'notes', column: '备注', kind: 'idCard', masked: '110105********1232' }]);
  expect(a.extra['联系人*']).toBe('张*');
});

test('seed 002: compound cells become fields and Ticket_Log lines', () => {
  const { result } = read(byPreset('seed002'));
  const [a, b, c] = result.tickets;
  expect(a).toMatchObject({
    id: 'CS20231015001',
    customerName: '王*',
    contact: '138****5678',
    description: '2023-10-15购买的产品无法开机',
    urgency: '高',
    receivedAt: '2023-10-15T10:00',
    firstResponseAt: '2023-10-15T10:15',
    department: '技术部',
    owner: '李工',
    resolvedAt: '2023-10-15T14:00',
    satisfaction: 4,
    archivedAt: '2023-10-16T00:00',
    status: '已关闭',
    lastUpdateAt: '2023-10-15T14:30',
  });
  expect(b).toMatchObject({ category: '建议', subcategory: '功能建议', department: '产品部', owner: '王经理', satisfaction: null });
  expect(c).toMatchObject({ department: '供应链部', owner: '赵协调员', satisfaction: 3, lastUpdateAt: '2023-10-16T10:00' });
  expect(result.logs.filter((l) => l.ticketId === 'CS20231015001').map((l) => l.kind)).toEqual(['受理', '分派', '沟通', '进度', '结果', '沟通']);
  expect(result.splits.map((s) => s.column)).toEqual(['客户信息', '问题详情', '处理过程', '结果与反馈', '归档信息']);
  expect(result.splits[2].into).toEqual(expect.arrayContaining(['receivedAt', 'department', 'owner', 'Ticket_Log']));
});

test('seed 003 (Traditional): year borrowed from the next row, subcategory from 問題類型, scores', () => {
  const { result } = read(byPreset('seed003'));
  const [a, b] = result.tickets;
  expect([a.receivedAt, b.receivedAt]).toEqual(['2024-03-15T14:30', '2024-03-15T15:20']);
  expect([a.channel, b.channel]).toEqual(['在线客服', '电话']);
  expect([a.subcategory, b.subcategory]).toEqual(['产品功能', '物流服务']);
  expect([a.satisfaction, b.satisfaction]).toEqual([3, 2]);
  expect(b.contact).toBe('139****5678');
  expect(a.extra['溝通話術摘要']).toContain('數據導出');
  expect(result.unmapped).toEqual(['序號', '溝通話術摘要']);
});

test('seed 004: Dates from exceljs, customer level, co-owners, four rating dimensions, redacted card', () => {
  const { result } = read(byPreset('seed004'));
  const [a, b, c] = result.tickets;
  expect(a).toMatchObject({ receivedAt: '2024-05-08T16:30', acceptedAt: '2024-05-08T16:50', customerLevel: 'VIP', category: '故障', subcategory: '故障维修', coOwners: ['张经理', '王经理'] });
  expect(b).toMatchObject({ customerLevel: '普通', category: '咨询', status: '已完成', satisfaction: 5, contact: '0755-****1234' });
  expect(b.ratings).toEqual({ 响应速度: 5, 处理结果: 4, 服务态度: 5, 沟通效率: 4 });
  expect(c).toMatchObject({ status: '待受理', urgency: '高', customerLevel: 'VIP', satisfaction: 3 });
  expect(result.redactions.map((r) => r.kind)).toEqual(['bankCard']);
});

test('seed 004: 沟通记录 becomes Ticket_Log lines; the sheet’s own times and fields stay', () => {
  const { guess, result } = read(byPreset('seed004'));
  expect(guess.columns.find((c) => c.header === '沟通记录')).toMatchObject({ field: null, compound: '沟通记录' });
  expect(result.splits).toEqual([{ column: '沟通记录', into: ['progress', 'lastUpdateAt', 'Ticket_Log'] }]);
  expect(result.logs.map((l) => [l.ticketId, l.at, l.kind, l.channel, l.nextStep])).toEqual([
    ['202405-0013', '2024-05-08T16:50', '沟通', '电话', '更换备件'],
    ['202405-0013', '2024-05-08T17:30', '沟通', '邮件', ''],
    // A time-only note takes the row's own received date.
    ['202405-0014', '2024-05-09T10:20', '沟通', '电话', ''],
  ]);
  const [a, b, c] = result.tickets;
  // The received times are 创建时间's, not the first note's.
  expect([a.receivedAt, b.receivedAt]).toEqual(['2024-05-08T16:30', '2024-05-09T10:00']);
  expect(a).toMatchObject({ progress: '邮件告知客户备件预计5月9日到货，客户反馈可以接受', lastUpdateAt: '2024-05-08T17:30' });
  // The next step of an earlier note is not the ticket's follow-up once a later note exists.
  expect(a.followUp).toBe('');
  expect(b).toMatchObject({ progress: '电话告知客户开启路径', lastUpdateAt: '2024-05-09T10:20' });
  expect([c.progress, c.lastUpdateAt]).toEqual(['', null]);
});

test('沟通记录 fills only what the row left empty, and an early note never becomes the received time', () => {
  const grid = [
    ['服务单号', '创建时间', '问题描述', '处理进度', '最后更新时间', '沟通记录'],
    ['202405-0001', '2024-05-08 16:30', '设备无法启动', '等待备件', '2024-05-08 18:00', '2024-05-08 09:00 电话联系客户；17:00 上门检测'],
    ['202405-0002', '', '设备异响', '', '', '2024-05-08 09:00 电话联系客户'],
  ];
  const guess = recognizeTable(grid)!;
  const { tickets, logs } = readTickets(grid, guess, { settings: getPreset('seed004').settings, source: 't.xlsx' });
  expect(tickets[0]).toMatchObject({ receivedAt: '2024-05-08T16:30', progress: '等待备件', lastUpdateAt: '2024-05-08T18:00' });
  expect(tickets[1]).toMatchObject({ receivedAt: null, progress: '电话联系客户', lastUpdateAt: '2024-05-08T09:00' });
  expect(logs.map((l) => [l.ticketId, l.at, l.kind])).toEqual([
    ['202405-0001', '2024-05-08T09:00', '沟通'],
    ['202405-0001', '2024-05-08T17:00', '进度'],
    ['202405-0002', '2024-05-08T09:00', '沟通'],
  ]);
});
