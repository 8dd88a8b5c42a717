/**
 * `servicebook import` on a sheet in each of the five seed layouts (the [PARSE] fixtures, written
 * as .xlsx — seed 003 as a GB18030 CSV in Traditional Chinese), then `export --json` on the
 * structured workbook it wrote.
 */
import { existsSync } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { seedFixtures, TEST_BANK_CARD, TEST_ID_CARD, type SeedFixture } from '../../src/core/headers/fixtures';
import { TICKET_FIELDS } from '../../src/core/schema/ticket';
import { readInput } from '../../src/xlsx/readInput';
import { logFromTable } from '../../src/workbook/readPlan';
import { EXAMPLES, sb, sbJson, tempDir, writeGridGbCsv, writeGridXlsx, type ExportJson, type ImportJson } from './helpers';

jest.setTimeout(60_000);

const AS_OF = '2024-06-01T12:00';
const dir = tempDir();
const fixtures = seedFixtures();
const inputOf = (f: SeedFixture): string => path.join(dir, f.preset === 'seed003' ? `${f.preset}.csv` : `${f.preset}.xlsx`);
const outputOf = (f: SeedFixture): string => path.join(dir, `${f.preset}-out.xlsx`);
const imported = new Map<string, ImportJson>();
const exported = new Map<string, ExportJson>();
const imp = (p: string): ImportJson => imported.get(p)!;
const exp = (p: string): ExportJson => exported.get(p)!;

beforeAll(async () => {
  for (const f of fixtures) {
    if (f.preset === 'seed003') writeGridGbCsv(inputOf(f), f.grid);
    else await writeGridXlsx(inputOf(f), f.grid, f.title.slice(0, 20));
    imported.set(f.preset, await sbJson<ImportJson>('import', inputOf(f), '-o', outputOf(f), '--as-of', AS_OF, '--json'));
    exported.set(f.preset, await sbJson<ExportJson>('export', outputOf(f), '--json'));
  }
});

describe.each(fixtures.map((f) => [f.preset, f] as const))('import of the %s layout', (preset, f) => {
  test('detects the template and the header row, and writes every data row', () => {
    const r = imp(preset);
    expect(r.preset).toBe(preset);
    expect(r.headerRow).toBe(f.headerRow + 1);
    expect(r.tickets).toBe(f.lastDataRow - f.firstDataRow + 1);
    expect(existsSync(outputOf(f))).toBe(true);
    expect(exp(preset).tickets).toHaveLength(r.tickets);
  });

  test('every exported ticket has every canonical key, a unique number, priority, status and due times', () => {
    const { tickets } = exp(preset);
    for (const t of tickets) {
      for (const k of TICKET_FIELDS) expect(t).toHaveProperty(k);
      expect(t.id).not.toBe('');
      expect(t.priority).not.toBeNull();
      expect(t.status).not.toBeNull();
      if (t.receivedAt) {
        expect(t.receivedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
        expect(t.resolveDue).not.toBeNull();
      }
    }
    expect(new Set(tickets.map((t) => t.id)).size).toBe(tickets.length);
  });

  test('no ID-card or bank-card number survives anywhere in the workbook', () => {
    const all = JSON.stringify(exp(preset));
    expect(all).not.toContain(TEST_ID_CARD);
    expect(all).not.toContain(TEST_BANK_CARD);
  });
});

test('seed 000: split date + time become one received time, contacts are masked', () => {
  const t = exp('seed000').tickets;
  expect(t[0].receivedAt).toBe('2023-10-08T14:30');
  expect(t[1].receivedAt).toBe('2023-10-09T09:15');
  expect(t[0].contact).toBe('138****5678');
  expect(t[0].category).toBe('咨询');
});

test('seed 001: existing CW numbers are kept; the ID card in 备注 is redacted and reported', () => {
  const t = exp('seed001').tickets;
  expect(t.map((x) => x.id)).toEqual(['CW202403150001', 'CW202403150002', 'CW202403160001']);
  const r = imp('seed001');
  expect(r.numberPattern).toBe('CW{yyyyMMdd}{seq:4}');
  expect(r.redactions.some((x) => x.field === 'notes' && /身份证/.test(x.detail))).toBe(true);
});

test('seed 002: the compound 处理过程 becomes Ticket_Log lines with their times', async () => {
  const r = imp('seed002');
  expect(r.splits.map((s) => s.column)).toEqual(expect.arrayContaining(['客户信息', '问题详情', '处理过程']));
  const book = await readInput(outputOf(fixtures[2]));
  const log = logFromTable(book.tables.get('Ticket_Log')!, []);
  const first = log.filter((l) => l.ticketId === 'CS20231015001');
  expect(first.length).toBeGreaterThanOrEqual(4);
  expect(first[0].at).toBe('2023-10-15T10:00');
  const t = exp('seed002').tickets[0];
  // refresh-style latest progress: the last log line of the ticket.
  expect(t.lastUpdateAt).toBe(first[first.length - 1].at);
});

test('seed 003 (GB18030, Traditional): decoded, year-less times take the year of a neighbour', () => {
  const t = exp('seed003').tickets;
  expect(t[0].receivedAt).toBe('2024-03-15T14:30');
  expect(t[1].contact).toBe('139****5678');
  expect(t[0].satisfaction).toBe(3);
});

test('seed 004: yyyyMM-NNNN numbers kept, VIP and co-owners read, the bank card redacted', () => {
  const t = exp('seed004').tickets;
  expect(t[0].id).toBe('202405-0013');
  expect(t[0].customerLevel).toBe('VIP');
  expect(t[0].coOwners).toEqual(['张经理', '王经理']);
  expect(t[2].description).not.toContain(TEST_BANK_CARD);
  expect(imp('seed004').redactions.some((x) => /银行卡/.test(x.detail))).toBe(true);
});

test('seed 004: 沟通记录 becomes Ticket_Log lines (time, kind, channel, next step); 创建时间 stays the received time', async () => {
  const r = imp('seed004');
  expect(r.splits).toEqual(expect.arrayContaining([{ column: '沟通记录', into: expect.arrayContaining(['Ticket_Log']) }]));
  expect(r.logLines).toBe(3);
  const book = await readInput(outputOf(fixtures[4]));
  const log = logFromTable(book.tables.get('Ticket_Log')!, []);
  expect(log.map((l) => [l.ticketId, l.at, l.kind, l.channel, l.nextStep])).toEqual([
    ['202405-0013', '2024-05-08T16:50', '沟通', '电话', '更换备件'],
    ['202405-0013', '2024-05-08T17:30', '沟通', '邮件', ''],
    ['202405-0014', '2024-05-09T10:20', '沟通', '电话', ''],
  ]);
  const [a, b] = exp('seed004').tickets;
  expect([a.receivedAt, a.lastUpdateAt, a.progress]).toEqual(['2024-05-08T16:30', '2024-05-08T17:30', '邮件告知客户备件预计5月9日到货，客户反馈可以接受']);
  expect([b.receivedAt, b.lastUpdateAt]).toEqual(['2024-05-09T10:00', '2024-05-09T10:20']);
});

test('the seed 004 example file imports with its 沟通记录 split into Ticket_Log lines', async () => {
  const out = path.join(dir, 'example-seed004.xlsx');
  const r = await sbJson<ImportJson>('import', path.join(EXAMPLES, 'seed004-售后服务单跟踪.xlsx'), '-o', out, '--as-of', AS_OF, '--json');
  expect(r.preset).toBe('seed004');
  expect(r.splits.find((s) => s.column === '沟通记录')?.into).toContain('Ticket_Log');
  const book = await readInput(out);
  const log = logFromTable(book.tables.get('Ticket_Log')!, []);
  // `2024-02-27 11:00 电话确认故障；14:00 更换电源模块`: two lines, the second takes the first's date.
  expect(log.filter((l) => l.ticketId === '202402-0031').map((l) => [l.at, l.kind, l.content])).toEqual([
    ['2024-02-27T11:00', '沟通', '电话确认故障'],
    ['2024-02-27T14:00', '进度', '更换电源模块'],
  ]);
  expect(log.find((l) => l.ticketId === '202403-0007')).toMatchObject({ at: null, kind: '沟通', channel: '电话', content: '电话远程指导' });
  const { tickets } = await sbJson<ExportJson>('export', out, '--json');
  expect(tickets[0]).toMatchObject({ id: '202402-0031', receivedAt: '2024-02-27T10:00', lastUpdateAt: '2024-02-27T14:00', progress: '更换电源模块' });
});

test('the import report sheet lists problems, unmapped, split columns and redactions', async () => {
  const book = await readInput(outputOf(fixtures[1]));
  const report = book.tables.get('Import_Report');
  expect(report).toBeDefined();
  const kinds = new Set(report!.rows.map((r) => r[0]));
  expect(kinds.has('脱敏')).toBe(true);
  for (const row of report!.rows) expect(String(row[4] ?? '')).not.toBe('');
});

test('the written workbook has the fixed tables and the list names of the contract', async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(outputOf(fixtures[0]));
  const tables = wb.worksheets.flatMap((ws) => Object.keys((ws as unknown as { tables?: object }).tables ?? {}));
  for (const name of ['Tickets', 'Ticket_Log', 'Subtasks', 'Config_Lists', 'Config_SLA', 'Config_Hours', 'Config_Holidays', 'Config_Numbering', 'Config_Routing', 'Config_Keywords', 'Config_Suggestions', 'Config_Scripts', 'Config_FollowUp', 'Config_Meta', 'Stats_Classification', 'Stats_Summary', 'Import_Report'])
    expect(tables).toContain(name);
  const names = (wb.definedNames as unknown as { model: { name: string }[] }).model.map((n) => n.name);
  for (const n of ['SB_AsOf', 'SB_PeriodStart', 'SB_PeriodEnd', 'SB_WarnHours', 'SB_List_categories', 'SB_List_channels', 'SB_List_statuses']) expect(names).toContain(n);
});

test('import refuses an existing output without --force and accepts it with --force', async () => {
  const f = fixtures[0];
  const again = await sb('import', inputOf(f), '-o', outputOf(f), '--as-of', AS_OF);
  expect(again.code).toBe(2);
  expect(again.err.trim().split('\n')).toHaveLength(1);
  const forced = await sb('import', inputOf(f), '-o', outputOf(f), '--as-of', AS_OF, '--force');
  expect(forced.code).toBe(0);
});
