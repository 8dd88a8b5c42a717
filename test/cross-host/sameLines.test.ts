/**
 * The same Ticket_Log and Subtasks lines, two hosts: `servicebook refresh` (in process, on an
 * .xlsx) and the add-in's 检查 on the fake Excel complete them by one rule (src/workbook/refreshEdit
 * `completedLines`): a time typed as text becomes a date cell, a list word in another accepted
 * spelling the workbook's own, an unreadable time and a line naming no ticket stay as typed.
 * After both, every cell of both tables holds the same value (a date compared as the local time
 * it stands for) and the same kind: a date where the other host has a date, text where it has text.
 */
import * as path from 'path';
import { getPreset } from '../../src/core/presets';
import { computeStats } from '../../src/core/stats/computeStats';
import { periodContaining } from '../../src/core/stats/period';
import { toExcelSerial, type LocalDateTime } from '../../src/core/time/localDateTime';
import { planFor } from '../../src/excel/operations/env';
import { cellToLocal } from '../../src/workbook/cells';
import type { PlanCell, RawCell, TablePlan } from '../../src/workbook/types';
import { readXlsx } from '../../src/xlsx/readInput';
import { writePlanFile } from '../../src/xlsx/writeWorkbook';
import { sb, tempDir } from '../cli/helpers';
import { setup } from '../excel/helpers';

jest.setTimeout(120_000);

const AS_OF = '2024-05-08T16:30';
const settings = getPreset('standard').settings;
const serial = (t: LocalDateTime): number => toExcelSerial(t);

type Row = Partial<Record<string, PlanCell>>;
const A = 'CS20240508001';
const B = 'CS20240508002';
const tickets: Row[] = [
  { id: A, receivedAt: serial('2024-05-08T09:00'), channel: '电话', customerName: '王*', subject: '设备无法开机', description: '无法开机', category: '故障', status: '处理中', firstResponseAt: serial('2024-05-08T09:20') },
  { id: B, receivedAt: serial('2024-05-08T10:00'), channel: '邮件', customerName: '李*', subject: '咨询发票', description: '发票怎么开', category: '咨询', status: '待受理' },
];
const logLines: Row[] = [
  { ticketId: A, at: '2024/3/5 14:30', kind: 'Contact', channel: '線上客服', content: '文本时间的记录', by: '张三', status: 'In progress' },
  { ticketId: A, at: 'next Monday morning', kind: '沟通', channel: '电话', content: '读不懂的时间', by: '张三', status: '处理中' },
  { ticketId: B, at: serial('2024-05-08T10:05'), kind: 'Intake', channel: 'Email', content: '英文的类型和渠道', by: '李四', status: '待受理' },
  { ticketId: 'CS20240101999', at: '2024/3/6 09:00', kind: 'Contact', channel: '电话', content: '无主的记录', by: '张三', status: '处理中' },
];
const subtaskLines: Row[] = [
  { ticketId: A, title: '英文状态的子任务', owner: '李*', status: 'Doing', due: '2024/3/7 18:00', needs: '需跨部門協調' },
  { ticketId: B, title: '读不懂的期限', owner: '王*', status: '待處理', due: '下周一上午' },
  { ticketId: 'CS20240101999', title: '无主的子任务', owner: '王*', status: 'Doing', due: '2024/3/8 18:00' },
];

function emptyPlan() {
  const stats = computeStats([], { period: periodContaining('week', AS_OF), asOf: AS_OF, settings });
  const plan = planFor(settings, 'zh-CN', [], [], [], stats);
  const table = (name: string): TablePlan => plan.sheets.flatMap((s) => s.blocks).find((b): b is TablePlan => b.kind === 'table' && b.name === name)!;
  return { plan, tickets: table('Tickets'), log: table('Ticket_Log'), subtasks: table('Subtasks') };
}
const cellsOf = (table: TablePlan, rows: Row[]): PlanCell[][] => rows.map((r) => table.columns.map((c) => r[c.key] ?? null));

/** A cell as compared: a date (Date or serial) as `date:` and the local time, text as itself, empty as ''. */
function norm(v: unknown): string {
  if (v instanceof Date || typeof v === 'number') return `date:${cellToLocal(v as RawCell)}`;
  return v === null || v === undefined ? '' : String(v);
}
type Lines = Record<'Ticket_Log' | 'Subtasks', string[][]>;

async function throughCommand(): Promise<Lines> {
  const dir = tempDir('sb-lines-');
  const input = path.join(dir, 'in.xlsx');
  const output = path.join(dir, 'out.xlsx');
  const { plan, tickets: t, log, subtasks } = emptyPlan();
  t.rows = cellsOf(t, tickets);
  log.rows = cellsOf(log, logLines);
  subtasks.rows = cellsOf(subtasks, subtaskLines);
  await writePlanFile(plan, input);
  const r = await sb('refresh', input, '-o', output, '--as-of', AS_OF);
  if (r.code !== 0) throw new Error(`refresh exited ${r.code}: ${r.err}`);
  const book = await readXlsx(output);
  const rows = (name: 'Ticket_Log' | 'Subtasks'): string[][] => book.tables.get(name)!.rows.map((row) => row.map(norm));
  return { Ticket_Log: rows('Ticket_Log'), Subtasks: rows('Subtasks') };
}

async function throughAddIn(): Promise<Lines> {
  const { office, host } = setup();
  await host.setupWorkbook('standard');
  const { tickets: t, log, subtasks } = emptyPlan();
  office.appendTableRows('Tickets', cellsOf(t, tickets));
  office.appendTableRows('Ticket_Log', cellsOf(log, logLines));
  office.appendTableRows('Subtasks', cellsOf(subtasks, subtaskLines));
  await host.checkRows();
  const rows = (name: 'Ticket_Log' | 'Subtasks'): string[][] => office.tableRows(name).map((row) => Object.values(row).map(norm));
  return { Ticket_Log: rows('Ticket_Log'), Subtasks: rows('Subtasks') };
}

describe('the same Ticket_Log and Subtasks lines through refresh and through 检查', () => {
  let cmd: Lines;
  let addin: Lines;
  beforeAll(async () => {
    cmd = await throughCommand();
    addin = await throughAddIn();
  });

  it('completes what it is meant to and keeps the rest as typed', () => {
    const line = (content: string): string[] => cmd.Ticket_Log.find((r) => r.includes(content))!;
    expect(line('文本时间的记录')).toEqual(expect.arrayContaining(['date:2024-03-05T14:30', '沟通', '在线客服', '处理中']));
    expect(line('读不懂的时间')).toContain('next Monday morning');
    expect(line('无主的记录')).toEqual(expect.arrayContaining(['2024/3/6 09:00', 'Contact']));
    const sub = cmd.Subtasks.find((r) => r.includes('英文状态的子任务'))!;
    expect(sub).toEqual(expect.arrayContaining(['进行中', 'date:2024-03-07T18:00', '需跨部门协调']));
  });

  it('gives the same cells in both tables', () => {
    // The add-in appends the log lines 检查 records (status changes) after the typed ones; those are the engine's, compared elsewhere.
    expect(addin.Ticket_Log.slice(0, logLines.length)).toEqual(cmd.Ticket_Log.slice(0, logLines.length));
    expect(addin.Subtasks).toEqual(cmd.Subtasks);
  });
});
