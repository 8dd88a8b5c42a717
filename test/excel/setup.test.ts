import { emptyTicket } from '../../src/core/schema/ticket';
import { setup } from './helpers';

describe('setupWorkbook', () => {
  it('creates the Tickets table, config tables, names, validations and conditional formats', async () => {
    const { office, host } = setup();
    await host.setupWorkbook('standard');
    const names = office.model.tables.map((t) => t.name);
    expect(names).toEqual(expect.arrayContaining(['Tickets', 'Ticket_Log', 'Subtasks', 'Config_Lists', 'Config_SLA', 'Stats_Summary', 'Stats_Classification']));
    expect(office.model.names.map((n) => n.name)).toEqual(expect.arrayContaining(['SB_AsOf', 'SB_PeriodStart', 'SB_List_categories']));
    const ticketsSheet = office.table('Tickets').sheet;
    expect(ticketsSheet.name).toBe('工单');
    expect(ticketsSheet.validations.length).toBeGreaterThan(0);
    expect(ticketsSheet.validations.every((v) => /^=SB_List_/.test(String((v.rule as { list: { source: string } }).list.source)))).toBe(true);
    expect(ticketsSheet.conditionalFormats.map((c) => c.props['custom.rule.formula'])).toEqual([expect.stringContaining('SB_AsOf'), expect.stringContaining('SB_WarnHours')]);
    expect(ticketsSheet.freeze.rows).toBe(1);
    expect(office.warnings).toEqual([]);
    const status = await host.status();
    expect(status).toMatchObject({ structured: true, ticketCount: 0, missing: [] });
  });
});

describe('setupWorkbook in other situations', () => {
  it('records the preset and schema version and uses the display language for sheet names', async () => {
    const { office, host } = setup({ displayLanguage: 'zh-TW' });
    await host.setupWorkbook('seed002');
    expect(await host.status()).toMatchObject({ structured: true, preset: 'seed002', schemaVersion: 1 });
    expect(office.table('Tickets').sheet.name).toBe('工單');
    expect((await host.readSettings()).numbering.pattern).toBe('CS{yyyyMMdd}{seq:3}');
  });

  it('refuses to set up over a workbook that already holds tickets', async () => {
    const { host } = setup();
    await host.setupWorkbook('standard');
    await host.addTicket({ ...emptyTicket(), subject: 'x' }, 'a');
    await expect(host.setupWorkbook('standard')).rejects.toMatchObject({ code: 'alreadyStructured' });
  });

  it('refuses an Excel without any ExcelApi, saying what it needs', async () => {
    const { host } = setup({ sets: { DialogApi: '1.1' } });
    expect(host.capabilities().base).toBe(false);
    await expect(host.status()).rejects.toMatchObject({ code: 'needsApi' });
  });
});
