/**
 * 补齐配置: the add-in makes the schema upgrade `servicebook refresh` makes in place — the Config
 * tables and names the workbook lacks, on a new sheet, from the same pure plan
 * (src/workbook/schemaUpgrade) — and writes nothing else.
 */
import { getPreset } from '../../src/core/presets';
import { configTables } from '../../src/workbook/configTables';
import { olderWorkbook, setup } from './helpers';

type Env = ReturnType<typeof setup>;

/** Every cell of every sheet, to prove what was not written. */
const cellsOf = (env: Env, sheets: string[]): string => JSON.stringify(env.office.model.sheets.filter((s) => sheets.includes(s.name)).map((s) => [s.name, s.rows, [...s.formulas]]));

describe('补齐配置 in the add-in', () => {
  it('status says what is missing; the upgrade adds it on a new sheet, names included, and nothing else changes', async () => {
    const env = await olderWorkbook();
    const { host, office } = env;
    const status = await host.status();
    expect(status.upgrade).toEqual({ sheet: '配置 (2)', tables: ['Config_Holidays'], names: ['SB_HolidayDates', 'SB_HolidayTypes'] });
    const before = office.model.sheets.map((s) => s.name);
    const untouched = cellsOf(env, before);
    const tablesBefore = office.model.tables.map((t) => [t.name, t.sheet.name, t.r0, t.c0, t.cols, t.dataRows]);

    expect(await host.upgradeWorkbook!()).toEqual(status.upgrade);

    expect(office.model.sheets.map((s) => s.name)).toEqual([...before, '配置 (2)']);
    expect(cellsOf(env, before)).toBe(untouched);
    expect(office.model.tables.map((t) => [t.name, t.sheet.name, t.r0, t.c0, t.cols, t.dataRows]).slice(0, tablesBefore.length)).toEqual(tablesBefore);
    // The table holds the preset's holidays, as the command's upgrade writes them.
    const planned = configTables(getPreset('seed004').settings, 'zh-CN').find((t) => t.name === 'Config_Holidays')!;
    const added = office.table('Config_Holidays');
    expect(added.sheet.name).toBe('配置 (2)');
    expect(office.tableRows('Config_Holidays')).toHaveLength(planned.rows.length);
    expect(Object.keys(office.tableRows('Config_Holidays')[0])).toEqual(planned.columns.map((c) => c.header));
    // The names point into it, so the due-soon colour counts business time again.
    const dates = office.model.names.find((n) => n.name === 'SB_HolidayDates')!;
    expect(dates.formula).toBe(`='配置 (2)'!$A$${added.r0 + 2}:$A$${added.r0 + 1 + planned.rows.length}`);

    // Up to date now: status offers nothing, 检查 names no missing table, a second upgrade writes nothing.
    expect((await host.status()).upgrade).toBeUndefined();
    expect((await host.checkRows()).configProblems.filter((p) => p.code === 'tablesMissing')).toEqual([]);
    const after = cellsOf(env, office.model.sheets.map((s) => s.name));
    expect(await host.upgradeWorkbook!()).toEqual({ sheet: null, tables: [], names: [] });
    expect(cellsOf(env, office.model.sheets.map((s) => s.name))).toBe(after);
  });

  it('an up-to-date workbook needs none, and a sheet that is not a ServiceBook is never upgraded', async () => {
    const { host } = setup();
    expect((await host.status()).upgrade).toBeUndefined();
    expect(await host.upgradeWorkbook!()).toEqual({ sheet: null, tables: [], names: [] });
    await host.setupWorkbook('standard');
    expect((await host.status()).upgrade).toBeUndefined();
  });

  it('a deleted name alone is set again over its table, where the table is', async () => {
    const env = setup();
    await env.host.setupWorkbook('seed004');
    const before = env.office.model.names.find((n) => n.name === 'SB_WarnHours')!.formula;
    env.office.model.names = env.office.model.names.filter((n) => n.name !== 'SB_WarnHours');
    expect((await env.host.status()).upgrade).toEqual({ sheet: null, tables: [], names: ['SB_WarnHours'] });
    await env.host.upgradeWorkbook!();
    expect(env.office.model.names.find((n) => n.name === 'SB_WarnHours')!.formula).toBe(before);
  });
});

describe('补齐配置 on older Excel', () => {
  it('at ExcelApi 1.6 (no NamedItem.formula) it still offers and adds what is missing', async () => {
    const env = await olderWorkbook('seed004', { sets: { ExcelApi: '1.6' } });
    expect((await env.host.status()).upgrade).toEqual({ sheet: '配置 (2)', tables: ['Config_Holidays'], names: ['SB_HolidayDates', 'SB_HolidayTypes'] });
    await env.host.upgradeWorkbook!();
    expect((await env.host.status()).upgrade).toBeUndefined();
  });

  it('at ExcelApi 1.3 (no names to add) nothing is offered', async () => {
    const env = setup({ sets: { ExcelApi: '1.3' } });
    expect((await env.host.status()).upgrade).toBeUndefined();
  });
});

describe('补齐配置 costs the pane’s start-up no request', () => {
  it('status takes as many syncs with the upgrade check as loadState alone (an Excel without names, where there is none)', async () => {
    const env = await olderWorkbook();
    await env.host.status();
    const withCheck = env.host.lastSyncs().syncs;
    const old = setup({ sets: { ExcelApi: '1.3' } });
    await old.host.status();
    expect(withCheck).toBe(old.host.lastSyncs().syncs);
    expect(withCheck).toBe(2);
  });
});
