/**
 * One Tickets table, two hosts: the command (`servicebook refresh` / `validate --json`, in
 * process) and the add-in host on the fake Excel (建立, rows pasted, 检查) must give the same
 * tickets field by field, the same numbers and the same problems (code, row, column). The table
 * holds several hundred generated rows across the states where the hosts could part: rows
 * without a number, duplicate numbers, impossible dates, statuses past 待受理 without a first
 * response, finished rows without times, unmasked contacts, and a deleted number that
 * Ticket_Log still names. Rules live once in src/core; where the hosts differ, one of them is
 * wrong.
 */
import * as path from 'path';
import { getPreset } from '../../src/core/presets';
import type { Ticket } from '../../src/core/schema/ticket';
import { computeStats } from '../../src/core/stats/computeStats';
import { periodContaining } from '../../src/core/stats/period';
import { toExcelSerial, type LocalDateTime } from '../../src/core/time/localDateTime';
import { planFor } from '../../src/excel/operations/env';
import type { PlanCell, TablePlan } from '../../src/workbook/types';
import { writePlanFile } from '../../src/xlsx/writeWorkbook';
import { sb, sbJson, tempDir, type ExportJson, type ValidateJson } from '../cli/helpers';
import { setup } from '../excel/helpers';

jest.setTimeout(180_000);

/** The add-in's fixed clock (test/excel/helpers): Wed 2024-05-08 16:30 in Asia/Shanghai. */
const AS_OF = '2024-05-08T16:30';
const ROWS = 320;
const settings = getPreset('standard').settings;

/** A small deterministic generator (no time, no Math.random): the same table on every run. */
function prng(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x / 2 ** 32;
  };
}

type Row = Partial<Record<string, PlanCell>>;
const serial = (t: LocalDateTime): number => toExcelSerial(t);
const at = (day: number, minutes: number): LocalDateTime => {
  const d = new Date(Date.UTC(2024, 4, day, 8, 0) + minutes * 60_000);
  return d.toISOString().slice(0, 16) as LocalDateTime;
};
const num = (day: number, seq: number): string => `CS202405${String(day).padStart(2, '0')}${String(seq).padStart(3, '0')}`;

/** Rows by field key, and one Ticket_Log line naming a number whose row was deleted. */
function generate(): { rows: Row[]; deleted: string } {
  const rnd = prng(20240508);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const seqOf = new Map<number, number>();
  const numbered: string[] = [];
  const rows: Row[] = [];
  for (let i = 0; i < ROWS; i++) {
    const day = 1 + Math.floor((i / ROWS) * 8);
    const received = at(day, Math.floor(rnd() * 600));
    const seq = (seqOf.get(day) ?? 0) + 1 + (rnd() < 0.1 ? 1 : 0); // gaps are allowed
    seqOf.set(day, seq);
    const row: Row = {
      id: num(day, seq),
      receivedAt: serial(received),
      channel: pick(['电话', '微信', '邮件', '在线客服']),
      customerName: pick(['王*', '李*', '张*', '赵*']),
      contact: pick(['138****5678', '139****8765', '']),
      subject: pick(['咨询发票', '设备无法开机', '物流延迟', '退款进度', '产品建议']),
      description: pick(['请问发票怎么开', '生产线停摆，要求今天上门', '订单三天未发货', '申请退款一周未到账', '希望增加夜间模式', '没有安全隐患，只是咨询']),
      category: pick(['咨询', '故障', '投诉', '建议', '']),
      status: '待受理',
    };
    switch (i % 10) {
      case 0: // typed by hand: no number, no status
        row.id = '';
        row.status = '';
        break;
      case 1: // two co-authors gave the same number (the later row already being worked on)
        if (numbered.length) row.id = pick(numbered);
        row.status = pick(['待受理', '处理中']);
        break;
      case 2: // impossible dates: a bare time (1899-12-30) or text that is no date
        row.receivedAt = rnd() < 0.5 ? 0.5 : '2024-13-45';
        row.id = rnd() < 0.5 ? '' : row.id;
        break;
      case 3: // past 待受理 without a first response: unknown, not late (some typed without a number)
        row.status = pick(['处理中', '协调中', '等待客户']);
        if (rnd() < 0.5) row.id = '';
        break;
      case 4: // finished without times
        row.status = pick(['已完成', '已关闭']);
        break;
      case 5: // a contact nobody masked
        row.contact = '13812345678';
        break;
      case 6: // finished with its times
        row.status = '已完成';
        row.firstResponseAt = serial(at(day, 620));
        row.resolvedAt = serial(at(day, 900));
        row.satisfaction = pick([1, 3, 5]);
        break;
      case 7: // reopened, with the earlier rating still in the row
        row.status = '重新打开';
        row.firstResponseAt = serial(at(day, 610));
        row.satisfaction = 2;
        break;
      default:
        row.status = pick(['待受理', '处理中', '']);
    }
    if (typeof row.id === 'string' && row.id && !numbered.includes(row.id)) numbered.push(row.id);
    rows.push(row);
  }
  // The last number of the last day was deleted with its row; Ticket_Log still names it.
  const lastDay = 8;
  return { rows, deleted: num(lastDay, (seqOf.get(lastDay) ?? 0) + 1) };
}

/** The cells of a table's rows in its column order. */
const cellsOf = (table: TablePlan, rows: Row[]): PlanCell[][] => rows.map((r) => table.columns.map((c) => r[c.key] ?? null));

function emptyPlan() {
  const stats = computeStats([], { period: periodContaining('week', AS_OF), asOf: AS_OF, settings });
  const plan = planFor(settings, 'zh-CN', [], [], [], stats);
  const table = (name: string): TablePlan => plan.sheets.flatMap((s) => s.blocks).find((b): b is TablePlan => b.kind === 'table' && b.name === name)!;
  return { plan, tickets: table('Tickets'), log: table('Ticket_Log') };
}

const { rows, deleted } = generate();
const logRow: Row = { ticketId: deleted, at: serial(at(8, 30)), kind: '受理', channel: '电话', content: '已删除的工单', nextStep: '', by: '小李', status: '待受理' };

type P = { code: string; row: number; field: string; column?: string };
interface Side {
  tickets: Ticket[];
  problems: P[];
}
const problemKey = (p: P): string => `${p.row}|${p.column || p.field}|${p.code}`;
const keys = (ps: P[]): string[] => ps.map(problemKey).sort();

async function throughCommand(): Promise<Side & { after: Side['problems'] }> {
  const dir = tempDir('sb-cross-');
  const input = path.join(dir, 'in.xlsx');
  const output = path.join(dir, 'out.xlsx');
  const { plan, tickets, log } = emptyPlan();
  tickets.rows = cellsOf(tickets, rows);
  log.rows = cellsOf(log, [logRow]);
  await writePlanFile(plan, input);
  const r = await sb('refresh', input, '-o', output, '--as-of', AS_OF, '--json');
  if (r.code !== 0) throw new Error(`refresh exited ${r.code}: ${r.err}`);
  const summary = JSON.parse(r.out) as { problems: Side['problems'] };
  const { tickets: out } = await sbJson<ExportJson>('export', output, '--as-of', AS_OF);
  const v = JSON.parse((await sb('validate', output, '--json')).out) as ValidateJson;
  return { tickets: out, problems: summary.problems, after: v.problems };
}

async function throughAddIn(): Promise<Side & { after: Side['problems'] }> {
  const { office, host } = setup();
  await host.setupWorkbook('standard');
  const { tickets, log } = emptyPlan();
  office.appendTableRows('Tickets', cellsOf(tickets, rows));
  office.appendTableRows('Ticket_Log', cellsOf(log, [logRow]));
  const report = await host.checkRows();
  const again = await host.checkRows();
  // The command lists the problems of Config, Ticket_Log and Subtasks lines among its problems (code invalidConfig).
  const all = (r: typeof report): P[] => [...r.problems, ...r.configProblems.map((p) => ({ row: p.row, field: p.table, column: p.column, code: 'invalidConfig' }))];
  return { tickets: await host.listTickets(), problems: all(report), after: all(again) };
}

describe('the same Tickets table through the command and through the add-in', () => {
  let cmd: Awaited<ReturnType<typeof throughCommand>>;
  let addin: Awaited<ReturnType<typeof throughAddIn>>;
  beforeAll(async () => {
    cmd = await throughCommand();
    addin = await throughAddIn();
  });

  it('covers the states it is meant to', () => {
    expect(rows).toHaveLength(ROWS);
    const codes = new Set(cmd.problems.map((p) => p.code));
    expect([...codes]).toEqual(expect.arrayContaining(['contactUnmasked', 'invalidDateTime', 'missingReceivedAt']));
    // The log line of the deleted ticket names no ticket: kept, and reported on its row and column.
    expect(keys(cmd.problems)).toContain('2|工单编号|invalidConfig');
    const ts = cmd.tickets;
    // Later duplicates renumbered, unnumbered rows numbered (rows with an impossible date stay without one).
    expect(ts.filter((t, i) => rows[i].id && t.id !== rows[i].id).length).toBeGreaterThan(0);
    expect(ts.filter((t, i) => !rows[i].id && t.id).length).toBeGreaterThan(0);
    // Unknown first response and finished without a time stay unknown: no host invents one.
    expect(ts.filter((t) => t.status === '处理中' && t.firstResponseAt === null).length).toBeGreaterThan(0);
    expect(ts.filter((t) => t.status === '已完成' && t.resolvedAt === null).length).toBeGreaterThan(0);
    expect(ts.every((t) => !/\d{11}/.test(t.contact))).toBe(true);
  });

  it('gives the same numbers, never the deleted one, none twice', () => {
    const ids = cmd.tickets.map((t) => t.id);
    expect(addin.tickets.map((t) => t.id)).toEqual(ids);
    expect(ids).not.toContain(deleted);
    expect(new Set(ids.filter(Boolean)).size).toBe(ids.filter(Boolean).length);
  });

  it('gives the same tickets, field by field', () => {
    expect(addin.tickets).toHaveLength(cmd.tickets.length);
    const diffs: string[] = [];
    cmd.tickets.forEach((c, i) => {
      const a = addin.tickets[i] as unknown as Record<string, unknown>;
      for (const [k, v] of Object.entries(c)) if (JSON.stringify(a[k]) !== JSON.stringify(v)) diffs.push(`row ${i + 2} ${k}: command ${JSON.stringify(v)} add-in ${JSON.stringify(a[k])}`);
    });
    expect(diffs.slice(0, 20)).toEqual([]);
  });

  it('finds the same problems (code, row, column), before and after completing', () => {
    expect(keys(addin.problems)).toEqual(keys(cmd.problems));
    expect(keys(addin.after)).toEqual(keys(cmd.after));
  });
});
