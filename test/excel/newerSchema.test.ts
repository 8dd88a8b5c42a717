/**
 * A workbook made by a newer ServiceBook (Config_Meta's schema version above this build's): the
 * add-in rewrites nothing, and says so in one line, the command's words, in the pane's language.
 */
import { emptyTicket } from '../../src/core/schema/ticket';
import { SCHEMA_VERSION } from '../../src/core/settings/settings';
import { periodContaining } from '../../src/core/stats/period';
import { isHostError } from '../../src/excel/errors';
import { describeError, newerSchemaLine } from '../../src/taskpane/i18n/hostErrors';
import { makeTranslator } from '../../src/taskpane/i18n';
import { failedMessage } from '../../src/commands/messages';
import { configProblemMessage } from '../../src/workbook/configMessages';
import { setup } from './helpers';

/** Every cell of every sheet, to prove nothing was written. */
const snapshot = (office: ReturnType<typeof setup>['office']): string => JSON.stringify(office.model.sheets.map((s) => [s.name, s.rows]));

async function newerWorkbook() {
  const env = setup();
  await env.host.setupWorkbook('standard');
  const t = await env.host.addTicket({ ...emptyTicket(), receivedAt: '2024-05-08T09:00', subject: '故障', category: '故障' }, 'a');
  // A later ServiceBook saved it: schema version 999 in Config_Meta.
  const meta = env.office.table('Config_Meta');
  const rows = env.office.tableRows('Config_Meta');
  const heads = Object.keys(rows[0]);
  const r = rows.findIndex((row) => Object.values(row).some((v) => String(v).includes('schemaVersion') || String(v) === '结构版本'));
  expect(r).toBeGreaterThanOrEqual(0);
  const c = heads.findIndex((h, i) => i > 0 && rows[r][h] === SCHEMA_VERSION);
  (meta.sheet.rows[meta.r0 + 1 + r] ??= [])[meta.c0 + c] = 999;
  return { ...env, t };
}

describe('the add-in refuses a workbook of a newer schema', () => {
  it('reports the version, and every writing operation refuses without changing a cell', async () => {
    const { office, host, t } = await newerWorkbook();
    expect((await host.status()).schemaVersion).toBe(999);
    const before = snapshot(office);
    const writes: [string, () => Promise<unknown>][] = [
      ['add', () => host.addTicket({ ...emptyTicket(), receivedAt: '2024-05-08T10:00', subject: 'b' }, 'a')],
      ['update', () => host.updateTicket(t, { fields: { status: '处理中' } }, 'a')],
      ['check', () => host.checkRows()],
      ['subtasks', () => host.saveSubtasks(t.id, [{ ticketId: t.id, title: 'x', owner: '', status: '待处理', due: null, dependsOn: '', needs: '' }])],
      ['stats', () => host.refreshStats(periodContaining('week', '2024-05-08T16:30'))],
    ];
    for (const [name, run] of writes) {
      const e = await run().then(
        () => null,
        (x: unknown) => x,
      );
      expect({ name, code: isHostError(e) ? e.code : String(e) }).toEqual({ name, code: 'schemaTooNew' });
      expect(isHostError(e) && e.params).toEqual({ found: 999, supported: SCHEMA_VERSION });
    }
    expect(snapshot(office)).toBe(before);
    // Reading still works: the agent can look, not write.
    expect((await host.listTickets()).map((x) => x.id)).toEqual([t.id]);
  });

  it('a grid edit is not completed either', async () => {
    const { office, host } = await newerWorkbook();
    const stop = await host.watchTickets();
    await office.editTableRow('Tickets', 1, { 受理时间: 45420.5, 沟通事由: '本地录入' }, 'Local');
    expect(office.tableRows('Tickets')[1]['工单编号']).toBe('');
    await stop();
  });

  it('words the refusal as the command does, in each language, in the pane and on the ribbon', () => {
    const e = { name: 'HostError', code: 'schemaTooNew', params: { found: 999, supported: SCHEMA_VERSION } };
    for (const locale of ['zh-CN', 'zh-TW', 'en-US'] as const) {
      const line = configProblemMessage('schemaTooNew', locale, { found: 999, supported: SCHEMA_VERSION });
      expect(describeError(e, makeTranslator(locale))).toBe(line);
      expect(failedMessage(e, locale)).toContain(line);
      // The pane's status line, from the version status() reports.
      expect(newerSchemaLine(999, makeTranslator(locale))).toBe(line);
      expect(newerSchemaLine(SCHEMA_VERSION, makeTranslator(locale))).toBeNull();
    }
    expect(describeError(e, makeTranslator('en-US'))).toContain('999');
  });
});
