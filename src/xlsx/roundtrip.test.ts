/**
 * The file host's round trip: settings, tickets, log lines and subtasks written as a plan to an
 * .xlsx (in memory and streaming) and read back come out unchanged.
 */
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import fc from 'fast-check';
import { redactSecrets } from '../core/privacy/redactSecrets';
import { completeTicket } from '../core/engine/completeTicket';
import { getPreset, PRESET_IDS } from '../core/presets';
import { emptyTicket, type Ticket } from '../core/schema/ticket';
import { computeStats } from '../core/stats/computeStats';
import { periodContaining } from '../core/stats/period';
import { sampleWorkbook } from '../cli/sample';
import { buildWorkbookPlan } from '../workbook/plan';
import { readPlanTables } from '../workbook/readPlan';
import { readXlsx } from './readInput';
import { writePlanFile } from './writeWorkbook';

jest.setTimeout(120_000);

const dir = mkdtempSync(path.join(tmpdir(), 'sb-roundtrip-'));
const AS_OF = '2024-03-31T23:00';
let n = 0;

async function roundTrip(presetId: string, tickets: Ticket[], opts: { streaming?: boolean; logs?: boolean } = {}) {
  const settings = getPreset(presetId).settings;
  const sample = sampleWorkbook(0, settings);
  const logs = opts.logs ? sampleWorkbook(20, settings).logs : sample.logs;
  const subtasks = opts.logs ? sampleWorkbook(20, settings).subtasks : [];
  const stats = computeStats(tickets, { period: periodContaining('month', AS_OF), asOf: AS_OF, settings });
  const plan = buildWorkbookPlan({ settings, locale: 'zh-CN', tickets, logs, subtasks, stats, fixedAsOf: AS_OF });
  const file = path.join(dir, `book-${n++}.xlsx`);
  await writePlanFile(plan, file, undefined, { streaming: opts.streaming ?? false });
  const book = await readXlsx(file);
  return { settings, logs, subtasks, back: readPlanTables(book.tables, (p) => getPreset(p ?? 'standard').settings), book };
}

test.each(PRESET_IDS.map((id) => [id]))('the %s preset’s settings survive Config tables → .xlsx → settings', async (id) => {
  const { settings, back } = await roundTrip(id, []);
  expect(back.configProblems).toEqual([]);
  expect(back.settings).toEqual(settings);
  expect(back.preset).toBe(id);
  expect(back.schemaVersion).toBe(settings.schemaVersion);
});

test.each([[false], [true]])('tickets, log lines and subtasks survive the round trip (streaming writer: %s)', async (streaming) => {
  const settings = getPreset('standard').settings;
  const sample = sampleWorkbook(25, settings);
  const tickets = sample.tickets.map((t) => completeTicket(t, { settings, asOf: AS_OF, log: sample.logs.filter((l) => l.ticketId === t.id) }));
  tickets[0] = { ...tickets[0], coOwners: ['张经理', '王经理'], extra: { 原序号: 7, 处理时限: '2023-10-09' }, ratings: { 响应速度: 5, 沟通效率: 3 } };
  const { back, logs, subtasks, book } = await roundTrip('standard', tickets, { streaming, logs: true });
  expect(back.problems).toEqual([]);
  expect(back.tickets).toEqual(tickets);
  expect(back.logs).toEqual(logs);
  expect(back.subtasks).toEqual(subtasks);
  for (const name of ['Tickets', 'Ticket_Log', 'Subtasks', 'Config_Lists', 'Stats_Summary', 'Stats_Classification']) expect(book.tables.has(name)).toBe(true);
});

test('any text a customer types comes back as the same text (formula-like text included)', async () => {
  const settings = getPreset('standard').settings;
  // Printable text, as cells hold it (XML cannot carry most control characters).
  const text = fc.string({ unit: fc.constantFrom('=', '+', '-', '@', 'a', '1', ' ', '中', '文', '"', "'", '\n', ',', '<', '&', 'Ａ', '\u3000'), maxLength: 20 });
  await fc.assert(
    fc.asyncProperty(fc.array(text, { minLength: 1, maxLength: 5 }), async (texts) => {
      // Text that reads as an e-mail address (`a@中`) or a long number is masked on reading (core/privacy).
      fc.pre(texts.every((s) => redactSecrets(s, { contacts: true }).found.length === 0));
      const tickets = texts.map((s, i) => ({ ...emptyTicket(), id: `T${i}`, description: s.trim(), notes: s.trim() }));
      const stats = computeStats(tickets, { period: periodContaining('month', AS_OF), asOf: AS_OF, settings });
      const plan = buildWorkbookPlan({ settings, locale: 'zh-CN', tickets, logs: [], subtasks: [], stats, fixedAsOf: AS_OF });
      const file = path.join(dir, `text-${n++}.xlsx`);
      await writePlanFile(plan, file);
      const back = readPlanTables((await readXlsx(file)).tables, () => settings);
      expect(back.tickets.map((t) => t.description)).toEqual(tickets.map((t) => t.description));
    }),
    { numRuns: 15 },
  );
});
