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
import { sb, sbJson, tempDir, writeGridGbCsv, writeGridXlsx, type ExportJson, type ImportJson } from './helpers';

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
