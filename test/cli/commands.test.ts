/**
 * The commands' contract (DESIGN.md): init, refresh (idempotent, reads the workbook's own Config
 * tables), validate exit codes, stats JSON, export JSON, never touching the input.
 */
import { createHash } from 'crypto';
import { readFileSync, writeFileSync, existsSync } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { TICKET_FIELDS } from '../../src/core/schema/ticket';
import { run } from '../../src/cli/main';
import { EXAMPLES, sb, sbJson, tempDir, type ExportJson, type ImportJson, type StatsReport, type ValidateJson } from './helpers';

jest.setTimeout(120_000);

const dir = tempDir();
const p = (f: string): string => path.join(dir, f);
const AS_OF = '2024-03-31T23:00';
const sha = (f: string): string => createHash('sha256').update(readFileSync(f)).digest('hex');

beforeAll(async () => {
  expect((await sb('init', '-o', p('book.xlsx'), '--sample', '60', '--as-of', AS_OF)).code).toBe(0);
});

test('init --sample writes realistic tickets over Feb–Mar 2024, numbered, every key present', async () => {
  const { tickets, problems } = await sbJson<ExportJson>('export', p('book.xlsx'), '--json');
  expect(tickets).toHaveLength(60);
  expect(Array.isArray(problems)).toBe(true);
  for (const t of tickets) {
    expect(Object.keys(t)).toEqual(expect.arrayContaining([...TICKET_FIELDS]));
    expect(t.receivedAt! >= '2024-02-01T00:00' && t.receivedAt! < '2024-04-01T00:00').toBe(true);
    expect(t.id).toMatch(/^CS\d{11}$/);
  }
  const statuses = new Set(tickets.map((t) => t.status));
  expect(statuses.size).toBeGreaterThanOrEqual(4);
});

test('init --sample is deterministic', async () => {
  await sb('init', '-o', p('book2.xlsx'), '--sample', '60', '--as-of', AS_OF);
  const a = await sbJson<ExportJson>('export', p('book.xlsx'));
  const b = await sbJson<ExportJson>('export', p('book2.xlsx'));
  expect(b).toEqual(a);
});

test('stats --json has the issue’s shape, each share is ROUND(count ÷ received × 100, 1), the month has data', async () => {
  const s = await sbJson<StatsReport>('stats', p('book.xlsx'), '--period', 'month', '--as-of', AS_OF, '--json');
  expect(s.period).toEqual({ kind: 'month', start: '2024-03-01T00:00', end: '2024-04-01T00:00' });
  expect(s.received).toBeGreaterThan(0);
  for (const k of ['asOf', 'resolved', 'backlog', 'overdueOpen', 'onTimeResponseRate', 'onTimeResolutionRate', 'resolutionHours', 'csat', 'reopened', 'classification', 'crossTabs', 'previous', 'change'])
    expect(s).toHaveProperty(k);
  for (const c of s.classification) expect(c.share).toBe(Math.round((c.count * 1000) / s.received) / 10);
  const tenths = s.classification.reduce((a, c) => a + Math.round(c.share * 10), 0);
  expect(Math.abs(tenths - 1000)).toBeLessThanOrEqual(s.classification.length / 2);
  expect(s.classification.reduce((a, c) => a + c.count, 0)).toBe(s.received);
});

test('refresh twice changes nothing (export JSON identical) and never touches its input', async () => {
  const before = sha(p('book.xlsx'));
  expect((await sb('refresh', p('book.xlsx'), '-o', p('r1.xlsx'), '--period', 'week', '--as-of', '2024-03-18T12:00')).code).toBe(0);
  expect((await sb('refresh', p('r1.xlsx'), '-o', p('r2.xlsx'), '--period', 'week', '--as-of', '2024-03-18T12:00')).code).toBe(0);
  expect(sha(p('book.xlsx'))).toBe(before);
  const a = await sbJson<ExportJson>('export', p('r1.xlsx'));
  const b = await sbJson<ExportJson>('export', p('r2.xlsx'));
  expect(b).toEqual(a);
  const s1 = await sbJson<StatsReport>('stats', p('r1.xlsx'), '--period', 'week', '--as-of', '2024-03-18T12:00', '--json');
  const s2 = await sbJson<StatsReport>('stats', p('r2.xlsx'), '--period', 'week', '--as-of', '2024-03-18T12:00', '--json');
  expect(s2).toEqual(s1);
});

test('refresh refuses to write onto its input, even with --force', async () => {
  const r = await sb('refresh', p('book.xlsx'), '-o', p('book.xlsx'), '--force');
  expect(r.code).toBe(2);
});

/** Edits cells of a workbook with exceljs (as a supervisor would in Excel). */
async function edit(src: string, dst: string, change: (wb: ExcelJS.Workbook) => void): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(src);
  change(wb);
  await wb.xlsx.writeFile(dst);
}

/** The cell of `table` under `header` in the first body row whose first table cell is `first`. */
function findTableCell(wb: ExcelJS.Workbook, table: string, header: string, first: string): ExcelJS.Cell {
  for (const ws of wb.worksheets) {
    const t = (ws as unknown as { tables?: Record<string, { table: { tableRef: string } }> }).tables?.[table];
    if (!t) continue;
    const [tl, br] = String(t.table.tableRef).split(':');
    const top = Number(ws.getCell(tl).row);
    const left = Number(ws.getCell(tl).col);
    const bottom = Number(ws.getCell(br).row);
    const right = Number(ws.getCell(br).col);
    let col = -1;
    for (let c = left; c <= right; c++) if (ws.getCell(top, c).value === header) col = c;
    for (let r = top + 1; r <= bottom; r++) if (ws.getCell(r, left).value === first) return ws.getCell(r, col);
  }
  throw new Error(`no ${table}[${header}]`);
}

test('export never prints a contact typed unmasked into a structured workbook', async () => {
  const first = (await sbJson<ExportJson>('export', p('book.xlsx'))).tickets[0];
  await edit(p('book.xlsx'), p('typed-contact.xlsx'), (wb) => {
    findTableCell(wb, 'Tickets', '联系方式', first.id).value = '13812345678';
  });
  const { tickets, problems } = await sbJson<ExportJson>('export', p('typed-contact.xlsx'));
  expect(tickets[0].contact).toBe('138****5678');
  expect(JSON.stringify(tickets)).not.toContain('13812345678');
  // validate still names the row, so the workbook itself gets fixed.
  expect(problems.some((x) => x.code === 'contactUnmasked')).toBe(true);
});

test('a supervisor’s edit of Config_SLA changes the due times on the next refresh', async () => {
  await edit(p('book.xlsx'), p('edited.xlsx'), (wb) => {
    // 高 priority, all customers: resolution 24 h → 48 h.
    const cell = findTableCell(wb, 'Config_SLA', '解决时限', '高');
    expect(cell.value).toBe(24);
    cell.value = 48;
  });
  await sb('refresh', p('edited.xlsx'), '-o', p('edited-r.xlsx'), '--as-of', AS_OF);
  await sb('refresh', p('book.xlsx'), '-o', p('plain-r.xlsx'), '--as-of', AS_OF);
  const edited = (await sbJson<ExportJson>('export', p('edited-r.xlsx'))).tickets;
  const plain = (await sbJson<ExportJson>('export', p('plain-r.xlsx'))).tickets;
  const high = plain.map((t, i) => [t, edited[i]] as const).filter(([t]) => t.priority === '高' && t.receivedAt && !['等待客户', '重新打开'].includes(t.status ?? ''));
  // (A paused or reopened ticket's due time also moves by its pause, so it is left out.)
  expect(high.length).toBeGreaterThan(0);
  for (const [a, b] of high) {
    const h = (Date.parse(`${b.resolveDue}Z`) - Date.parse(`${a.resolveDue}Z`)) / 3_600_000;
    expect(h).toBe(24);
  }
});

test('an invalid Config entry is reported with sheet, row and column; the preset value is used', async () => {
  await edit(p('book.xlsx'), p('badcfg.xlsx'), (wb) => {
    const cell = findTableCell(wb, 'Config_SLA', '响应单位', '中');
    cell.value = '天';
  });
  const r = await sb('validate', p('badcfg.xlsx'), '--json');
  expect(r.code).toBe(1);
  const bad = (JSON.parse(r.out) as ValidateJson).problems.find((x) => x.field === 'Config_SLA')!;
  expect(bad.sheet).toBe('配置');
  expect(bad.column).toBe('响应单位');
  expect(bad.row).toBeGreaterThan(2);
});

test('validate: 0 on a clean workbook, 1 with a bad cell naming row and column, 2 on junk', async () => {
  const clean = await sb('validate', p('book.xlsx'), '--json');
  expect([0, 1]).toContain(clean.code);
  await edit(p('book.xlsx'), p('bad.xlsx'), (wb) => {
    const ws = wb.getWorksheet('工单')!;
    const statusCol = (ws.getRow(1).values as ExcelJS.CellValue[]).indexOf('处理状态');
    ws.getCell(5, statusCol).value = '搞定了';
  });
  const bad = await sb('validate', p('bad.xlsx'), '--json');
  expect(bad.code).toBe(1);
  const problem = (JSON.parse(bad.out) as ValidateJson).problems.find((x) => x.field === 'status');
  expect(problem).toMatchObject({ row: 5, column: '处理状态', code: 'unknownStatus' });
  writeFileSync(p('junk.xlsx'), 'not a workbook\n');
  const junk = await sb('validate', p('junk.xlsx'));
  expect(junk.code).toBe(2);
  expect(junk.err.trim().split('\n')).toHaveLength(1);
  expect(junk.err).not.toMatch(/\n\s+at /);
});

test('import of a non-workbook exits 2 and writes nothing', async () => {
  writeFileSync(p('junk2.xlsx'), 'PK but not a zip');
  const r = await sb('import', p('junk2.xlsx'), '-o', p('junk2-out.xlsx'));
  expect(r.code).toBe(2);
  expect(existsSync(p('junk2-out.xlsx'))).toBe(false);
  const csv = path.join(dir, 'nothing.csv');
  writeFileSync(csv, 'a,b\n1,2\n');
  const r2 = await sb('import', csv, '-o', p('nothing.xlsx'));
  expect(r2.code).toBe(2);
  expect(r2.err).toMatch(/没有找到工单表/);
});

test('import continues the source’s numbering for rows without a number', async () => {
  const r = await sbJson<ImportJson>('import', path.join(EXAMPLES, 'seed001-客户服务需求记录表.xlsx'), '-o', p('ex1.xlsx'), '--as-of', AS_OF, '--json');
  expect(r.numbered).toBe(2);
  const ids = (await sbJson<ExportJson>('export', p('ex1.xlsx'))).tickets.map((t) => t.id);
  expect(ids).toContain('CW202402200001');
  expect(ids).toContain('CW202403120001');
  expect(ids).toContain('CW202403260001');
  expect(new Set(ids).size).toBe(ids.length);
});

test('text starting with = is written as text, never as a formula', async () => {
  await sb('import', path.join(EXAMPLES, 'seed000-客户服务沟通记录表.xlsx'), '-o', p('ex0.xlsx'), '--as-of', AS_OF);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(p('ex0.xlsx'));
  const ws = wb.getWorksheet('工单')!;
  let found = 0;
  ws.eachRow((row) =>
    row.eachCell((c) => {
      if (typeof c.value === 'string' && c.value.startsWith('=')) found++;
      expect(c.type).not.toBe(ExcelJS.ValueType.Formula);
    }),
  );
  expect(found).toBe(1);
});

test('unknown options and bad values exit 2 with one line', async () => {
  expect((await sb('stats', p('book.xlsx'), '--period', 'decade')).code).toBe(2);
  expect((await sb('stats', p('book.xlsx'), '--as-of', 'yesterday')).code).toBe(2);
  expect((await sb('frobnicate')).code).toBe(2);
});

test('progress goes to stderr only when stderr is a terminal; stdout stays clean JSON', async () => {
  const capture = async (isTTY: boolean, out: string) => {
    let o = '';
    let e = '';
    const code = await run(['node', 'servicebook', 'refresh', p('book.xlsx'), '-o', p(out), '--as-of', AS_OF, '--json'], { out: (s) => (o += s), err: (s) => (e += s), isTTY });
    return { code, o, e };
  };
  const quiet = await capture(false, 'quiet.xlsx');
  const tty = await capture(true, 'tty.xlsx');
  expect([quiet.code, tty.code]).toEqual([0, 0]);
  expect(quiet.e).toBe('');
  expect(tty.e).toMatch(/读取/);
  expect(JSON.parse(tty.o).tickets).toBe(60);
});
