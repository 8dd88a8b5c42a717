/**
 * One truth (issue 8), with one LibreOffice run over one workbook of several hundred generated
 * tickets in every state (late answer, paused, reopened, unknown response, finished with and
 * without times):
 * (a) LibreOffice evaluates the conditional-format rules on every row — the very formula of the
 *     red and amber formats, copied into helper cells beside the table — and each row is red
 *     exactly when the engine says 已超时, amber exactly when it says 即将超时;
 * (c) at one time, red rows = 已超时 in 时效状态 = the statistics sheet's 超时未结 after
 *     LibreOffice recalculates = `stats --json` = the 检查 tab's overdue list.
 *
 * The as-of time lies three days ahead of the real clock: the colours follow
 * SB_AsOf = MAX(NOW(), as-of), so LibreOffice colours the rows at exactly that moment.
 */
import * as path from 'path';
import { mkdirSync } from 'fs';
import fc from 'fast-check';
import { localNow } from '../../src/core/calendar/localNow';
import { completeTicket } from '../../src/core/engine/completeTicket';
import { createNumberAllocator } from '../../src/core/numbering/nextTicketNumber';
import { defaultSettings } from '../../src/core/presets';
import { LEVELS, STATUSES, type Status } from '../../src/core/schema/enums';
import type { LogEntry } from '../../src/core/schema/log';
import { emptyTicket, type Ticket } from '../../src/core/schema/ticket';
import { DUE_SOON_RULE, OVERDUE_RULE, ruleFormula, type FormulaRefs } from '../../src/core/sla/overdueRule';
import { fromMinutes, toMinutes } from '../../src/core/time/localDateTime';
import { completeAll, load, planOf, statsOf } from '../../src/cli/pipeline';
import { checkLists } from '../../src/excel/checks';
import { colLetter } from '../../src/workbook/plan/names';
import { colourRefs } from '../../src/workbook/plan/ticketsSheet';
import type { CellsPlan, TablePlan } from '../../src/workbook/types';
import { writePlanFile } from '../../src/xlsx/writeWorkbook';
import { sbJson, tempDir, type StatsReport } from '../cli/helpers';
import { recalcToCsv } from '../libreoffice/libreoffice';

jest.setTimeout(300_000);

const settings = defaultSettings();
// Three days ahead of the real clock, at minute :07 so no due time (whole 5 minutes) sits on it.
const base = Math.floor((toMinutes(localNow(settings.calendar.timeZone)) + 3 * 1440) / 60) * 60 + 7;
const AS_OF = fromMinutes(base);

type Answer = 'none' | 'onTime' | 'late';
interface Shape {
  receivedBefore: number;
  priority: (typeof LEVELS)[number];
  vip: boolean;
  status: Status;
  answer: Answer;
  resolvedAfter: number | null;
  logEvent: number;
}

const five = (lo: number, hi: number) => fc.integer({ min: lo / 5, max: hi / 5 }).map((n) => n * 5);
const shapes = fc.record<Shape>({
  receivedBefore: five(5, 25 * 1440),
  priority: fc.constantFrom(...LEVELS),
  vip: fc.boolean(),
  status: fc.constantFrom(...STATUSES),
  answer: fc.constantFrom<Answer>('none', 'onTime', 'late'),
  resolvedAfter: fc.option(five(60, 12 * 1440), { nil: null }),
  logEvent: five(30, 3 * 1440),
});

/** A ticket of the given shape with its Ticket_Log lines, completed by the engine at AS_OF. */
function generate(shape: Shape, id: string): { ticket: Ticket; log: LogEntry[] } {
  const received = base - shape.receivedBefore;
  const at = (m: number): string => fromMinutes(Math.min(m, base - 5));
  const line = (m: number, status: Status, content: string): LogEntry => ({ ticketId: id, at: at(m), kind: '变更', channel: '', content, nextStep: '', by: '赵*', status });
  const done = shape.status === '已完成' || shape.status === '已关闭';
  const log: LogEntry[] = [];
  if (shape.status === '等待客户') log.push(line(received + shape.logEvent, '等待客户', '等待客户补充资料'));
  if (shape.status === '重新打开') log.push(line(received + shape.logEvent, '已完成', '已处理'), line(received + shape.logEvent + 60, '重新打开', '客户不满意，重新打开'));
  const firstResponseAt = shape.answer === 'none' || shape.status === '待受理' ? null : at(received + (shape.answer === 'onTime' ? 15 : 3 * 1440));
  const raw: Ticket = {
    ...emptyTicket(),
    id,
    receivedAt: fromMinutes(received),
    channel: '电话',
    customerName: '测试客户',
    customerLevel: shape.vip ? 'VIP' : '普通',
    description: '测试工单',
    category: '故障',
    priority: shape.priority,
    status: shape.status,
    owner: '赵*',
    firstResponseAt,
    resolvedAt: done && shape.resolvedAfter !== null ? at(received + shape.resolvedAfter) : null,
  };
  return { ticket: completeTicket(raw, { settings, asOf: AS_OF, log }), log };
}

const dir = tempDir('sb-one-truth-');

test('every row is red or amber exactly when the engine says so, and every overdue count agrees', async () => {
  const allocator = createNumberAllocator(settings.numbering.pattern, []);
  const made = fc.sample(shapes, { seed: 8, numRuns: 420 }).map((s) => {
    const id = allocator.next(fromMinutes(base - s.receivedBefore));
    return generate(s, id);
  });
  const tickets = made.map((m) => m.ticket);
  const logs = made.flatMap((m) => m.log);
  const states = new Set(tickets.map((t) => t.slaState));
  // Every state is represented, and every status.
  for (const s of ['正常', '即将超时', '已超时', '按时完成', '超时完成']) expect(states).toContain(s);
  for (const s of STATUSES) expect(tickets.some((t) => t.status === s)).toBe(true);

  const report = statsOf(tickets, logs, settings, 'month', AS_OF);
  const plan = planOf({ settings, locale: 'zh-CN', tickets, logs, subtasks: [], stats: report, fixedAsOf: AS_OF });
  const sheet = plan.sheets.find((s) => s.key === 'tickets')!;
  const table = sheet.blocks.find((b): b is TablePlan => b.kind === 'table' && b.name === 'Tickets')!;
  const letter = (k: string): string => colLetter(table.columns.findIndex((c) => c.key === k) + 1);
  const refs = (row: number): FormulaRefs => ({ ...colourRefs(settings, 'zh-CN', letter), row });
  // The helper cells hold the formats' own formulas (row 2's, moved to each row as Excel does).
  const [red, amber] = plan.conditionalFormats;
  expect(red.formula).toBe(ruleFormula(OVERDUE_RULE, refs(2)));
  expect(amber.formula).toBe(ruleFormula(DUE_SOON_RULE, refs(2)));
  const probeLeft = table.columns.length + 2;
  const probe: CellsPlan = {
    kind: 'cells',
    id: 'probe',
    top: 2,
    left: probeLeft,
    style: 'note',
    rows: tickets.map((_, i) => [{ formula: ruleFormula(OVERDUE_RULE, refs(i + 2)) }, { formula: ruleFormula(DUE_SOON_RULE, refs(i + 2)) }]),
  };
  sheet.blocks.push(probe);
  const book = path.join(dir, 'one-truth.xlsx');
  await writePlanFile(plan, book);

  const csvDir = path.join(dir, 'csv');
  mkdirSync(csvDir);
  const sheets = recalcToCsv(book, csvDir);
  const ticketsCsv = sheets.get(sheet.name)!;
  const statsCsv = sheets.get(plan.sheets.find((s) => s.key === 'stats')!.name)!;
  const header = ticketsCsv[0];
  const stateCol = header.indexOf('时效状态');
  const idCol = header.indexOf('工单编号');
  expect(stateCol).toBeGreaterThanOrEqual(0);

  // (a) Row by row.
  const mismatches: string[] = [];
  tickets.forEach((t, i) => {
    const row = ticketsCsv[i + 1];
    const isRed = row[probeLeft - 1] === 'TRUE';
    const isAmber = !isRed && row[probeLeft] === 'TRUE';
    expect(row[idCol]).toBe(t.id);
    if (isRed !== (t.slaState === '已超时') || isAmber !== (t.slaState === '即将超时'))
      mismatches.push(`${t.id} ${t.status} engine=${t.slaState} red=${isRed} amber=${isAmber} due=${t.responseDue}/${t.resolveDue} fr=${t.firstResponseAt}`);
  });
  expect(mismatches).toEqual([]);

  // (c) One number of overdue tickets, wherever it is read.
  const redIds = tickets.filter((_, i) => ticketsCsv[i + 1][probeLeft - 1] === 'TRUE').map((t) => t.id);
  const stateIds = ticketsCsv.slice(1, tickets.length + 1).filter((r) => r[stateCol] === '已超时').map((r) => r[idCol]);
  const sheetOverdue = Number(statsCsv.find((r) => r[0] === 'overdueOpen')![2]);
  const json = await sbJson<StatsReport>('stats', book, '--period', 'month', '--as-of', AS_OF, '--json');
  const loaded = await load(book);
  const again = completeAll(loaded, AS_OF, true);
  const checkTab = checkLists(again.tickets, again.logs, loaded.settings, AS_OF).overdue.map((t) => t.id);
  expect(redIds.length).toBeGreaterThan(20);
  expect(stateIds).toEqual(redIds);
  expect(sheetOverdue).toBe(redIds.length);
  expect(json.overdueOpen).toBe(redIds.length);
  expect(checkTab).toEqual(redIds);
});
