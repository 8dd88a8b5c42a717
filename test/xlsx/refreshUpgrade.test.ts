/**
 * Schema upgrade in place (issue 7: "configuration tables when the schema is upgraded"): a
 * ServiceBook workbook that lacks parts the current version writes — a `Config_…` table a team
 * deleted or an earlier version never wrote, the names SB_HolidayDates / SB_HolidayTypes — gets
 * them back from `refresh`, with the defaults the run used, in the workbook's language, on a new
 * sheet after the last one; one warning line names each addition. Every other part stays byte
 * for byte, the result passes the Open XML SDK validator and LibreOffice reads the new table.
 */
import { readFileSync } from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import { load } from '../../src/cli/pipeline';
import { getPreset } from '../../src/core/presets';
import { CONFIG_TABLES } from '../../src/workbook/configTables';
import { python } from '../support/fixtures';
import { readXlsx } from '../../src/xlsx/readInput';
import { sb, sbIn, sbJson, tempDir } from '../cli/helpers';
import { recalcToCsv } from '../libreoffice/libreoffice';
import { ooxmlErrors } from '../support/ooxmlValidator';
import { withoutNames } from '../support/withoutNames';
import { withoutTable } from '../support/withoutTable';
import { differingParts, zipParts } from '../support/zipParts';

jest.setTimeout(300_000);

const AS_OF = '2026-11-30T10:00';
const dir = tempDir('sb-upgrade-');
const p = (f: string): string => path.join(dir, f);

interface RefreshJson {
  warnings: string[];
  upgraded: { kind: 'table' | 'name'; name: string; sheet: string; ref?: string }[];
}

const refresh = (input: string, out: string): Promise<RefreshJson> => sbJson<RefreshJson>('refresh', input, '-o', out, '--as-of', AS_OF, '--json');
const part = async (file: string, name: string): Promise<string> => (await JSZip.loadAsync(readFileSync(file))).file(name)!.async('string');

/** The defined names of the workbook part: name → formula text. */
async function definedNames(file: string): Promise<Map<string, string>> {
  const xml = await part(file, 'xl/workbook.xml');
  return new Map([...xml.matchAll(/<definedName\b[^>]*?\sname="([^"]+)"[^>]*>([^<]*)<\/definedName>/g)].map((m) => [m[1], m[2].replace(/&apos;/g, "'")]));
}

/** The amber (due-soon) rule's formula on the Tickets sheet. */
async function amberFormula(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  for (const n of Object.keys(zip.files).filter((x) => /^xl\/worksheets\/sheet\d+\.xml$/.test(x))) {
    const x = await zip.file(n)!.async('string');
    const f = [...x.matchAll(/<formula>([\s\S]*?)<\/formula>/g)].map((m) => m[1]).find((s) => s.includes('SB_WarnHours'));
    if (f) return f;
  }
  throw new Error('no amber rule');
}

/**
 * The workbook part with the named sheets' entries and the named defined names taken out, the
 * other names sorted (the upgrade appends names; init wrote them in another order).
 */
async function workbookWithout(file: string, sheets: readonly string[], names: readonly string[]): Promise<string> {
  // Either spelling of the quote is the same XML.
  let xml = (await part(file, 'xl/workbook.xml')).replace(/&apos;/g, "'");
  for (const s of sheets) xml = xml.replace(new RegExp(`<sheet name="${s.replace(/[()]/g, '\\$&')}"[^>]*/>`), '');
  const all = [...xml.matchAll(/<definedName\b[^>]*>[^<]*<\/definedName>/g)].map((m) => m[0]);
  const kept = all.filter((d) => !names.some((n) => d.includes(`name="${n}"`))).sort();
  return xml.replace(/<definedNames>[\s\S]*<\/definedNames>/, `<definedNames>${kept.join('')}</definedNames>`);
}

/** Parts a refresh of the untouched workbook changes anyway (Tickets cells, statistics, summary, …). */
let refreshOwns: Set<string>;
const base = p('base.xlsx');

beforeAll(async () => {
  expect((await sb('init', '-o', base, '--sample', '40', '--as-of', AS_OF)).code).toBe(0);
  await refresh(base, p('base-out.xlsx'));
  refreshOwns = new Set(differingParts(await zipParts(base), await zipParts(p('base-out.xlsx'))));
});

test('an up-to-date workbook is not upgraded: no warning, no new part', async () => {
  const json = await refresh(base, p('plain-out.xlsx'));
  expect(json.upgraded).toEqual([]);
  expect(json.warnings.filter((w) => w.includes('Config_') || w.includes('SB_'))).toEqual([]);
  expect(differingParts(await zipParts(p('base-out.xlsx')), await zipParts(p('plain-out.xlsx')))).toEqual([]);
});

describe('a deleted Config_Holidays table and its names', () => {
  const edited = p('no-holidays.xlsx');
  const out = p('no-holidays-out.xlsx');
  let json: RefreshJson;

  beforeAll(async () => {
    await withoutTable(base, p('no-holidays-table.xlsx'), 'Config_Holidays');
    await withoutNames(p('no-holidays-table.xlsx'), edited, ['SB_HolidayDates', 'SB_HolidayTypes']);
    expect((await readXlsx(edited)).tables.has('Config_Holidays')).toBe(false);
    json = await refresh(edited, out);
  });

  test('the table comes back on a new sheet after the last, named as init names it or a free name, with the defaults the run used', async () => {
    const book = await readXlsx(out);
    const hol = book.tables.get('Config_Holidays')!;
    // 配置 is still there (it holds the other Config tables): the new sheet takes the next free name.
    expect(hol.sheet).toBe('配置 (2)');
    expect(book.sheets.map((s) => s.name).at(-1)).toBe('配置 (2)');
    expect(hol.headers).toEqual(['日期', '类型', '名称']);
    const loaded = await load(out);
    expect(loaded.configProblems.filter((x) => x.code !== 'calendarYearMissing')).toEqual([]);
    const preset = getPreset('standard').settings.calendar;
    expect(loaded.settings.calendar.holidays).toEqual(preset.holidays);
    expect(loaded.settings.calendar.makeupDays).toEqual(preset.makeupDays);
    expect(hol.rows.length).toBe(preset.holidays.length + preset.makeupDays.length);
  });

  test('the names point at its date and type columns, and the amber colour counts business time again', async () => {
    const names = await definedNames(out);
    const rows = getPreset('standard').settings.calendar.holidays.length + getPreset('standard').settings.calendar.makeupDays.length;
    expect(names.get('SB_HolidayDates')).toBe(`'配置 (2)'!$A$3:$A$${2 + rows}`);
    expect(names.get('SB_HolidayTypes')).toBe(`'配置 (2)'!$B$3:$B$${2 + rows}`);
    expect(await amberFormula(edited)).toContain('SB_HolidayDates');
    expect(await amberFormula(out)).toContain('SB_HolidayDates');
  });

  test('one warning line per addition, and the additions in --json', () => {
    expect(json.upgraded).toEqual([
      { kind: 'table', name: 'Config_Holidays', sheet: '配置 (2)' },
      { kind: 'name', name: 'SB_HolidayDates', sheet: '配置 (2)', ref: expect.stringMatching(/^\$A\$3:\$A\$\d+$/) },
      { kind: 'name', name: 'SB_HolidayTypes', sheet: '配置 (2)', ref: expect.stringMatching(/^\$B\$3:\$B\$\d+$/) },
    ]);
    for (const x of ['Config_Holidays', 'SB_HolidayDates', 'SB_HolidayTypes']) expect(json.warnings.filter((w) => w.includes(x) && w.includes('配置 (2)'))).toHaveLength(1);
    // The "defaults used" line of the read is replaced by the line saying the table was added with them.
    expect(json.warnings.filter((w) => w.includes('Config_Holidays'))).toHaveLength(1);
  });

  test('every other part is byte for byte, and the result is valid', async () => {
    const before = await zipParts(edited);
    const after = await zipParts(out);
    // Beyond what any refresh rewrites, only the new sheet's parts are written: none of them existed.
    const changed = differingParts(before, after).filter((n) => !refreshOwns.has(n));
    expect(changed.sort()).toEqual(['xl/tables/table18.xml', 'xl/worksheets/_rels/sheet8.xml.rels', 'xl/worksheets/sheet8.xml']);
    expect(changed.filter((n) => before.has(n))).toEqual([]);
    // The workbook part is the one a refresh of the untouched workbook writes, plus the new sheet and the names.
    expect(await workbookWithout(out, ['配置 (2)'], ['SB_HolidayDates', 'SB_HolidayTypes'])).toBe(await workbookWithout(p('base-out.xlsx'), [], ['SB_HolidayDates', 'SB_HolidayTypes']));
    // The styles already had a yyyy-mm-dd format: the dates use it, the part is not touched.
    expect(after.get('xl/styles.xml')!.equals(before.get('xl/styles.xml')!)).toBe(true);
    expect(ooxmlErrors(out)).toEqual([]);
  });

  test('a second refresh has nothing left to add', async () => {
    const again = await refresh(out, p('again.xlsx'));
    expect(again.upgraded).toEqual([]);
    expect(again.warnings.filter((w) => w.includes('Config_') || w.includes('SB_'))).toEqual([]);
  });

  test('LibreOffice opens it and reads the new table (dates as dates)', () => {
    const csv = recalcToCsv(out, tempDir('sb-upgrade-lo-'));
    const sheet = csv.get('配置 (2)')!;
    expect(sheet[0][0]).toBe('Config_Holidays');
    expect(sheet[1].slice(0, 3)).toEqual(['日期', '类型', '名称']);
    expect(sheet.some((r) => r[0] === '2025-10-01')).toBe(true);
    const tickets = csv.get('工单')!;
    expect(tickets.flat().filter((c) => /^(Err:|#NAME\?|#REF!|#VALUE!)/.test(c))).toEqual([]);
  });
});

test('names removed by a script are added over the existing Config_Holidays, as init wrote them', async () => {
  const edited = p('no-names.xlsx');
  const out = p('no-names-out.xlsx');
  await withoutNames(base, edited, ['SB_HolidayDates', 'SB_HolidayTypes']);
  const json = await refresh(edited, out);
  const original = await definedNames(base);
  const names = await definedNames(out);
  expect(names.get('SB_HolidayDates')).toBe(original.get('SB_HolidayDates'));
  expect(names.get('SB_HolidayTypes')).toBe(original.get('SB_HolidayTypes'));
  expect(json.upgraded.map((u) => u.name)).toEqual(['SB_HolidayDates', 'SB_HolidayTypes']);
  // One line for the names set on a sheet, naming each.
  expect(json.warnings.filter((w) => w.includes('SB_HolidayDates') && w.includes('SB_HolidayTypes'))).toHaveLength(1);
  expect(json.warnings.filter((w) => w.includes('SB_Holiday'))).toHaveLength(1);
  // Without the names refresh would keep the clock-hours amber; with them it is the business-time one.
  expect(await amberFormula(out)).toContain('SB_HolidayDates');
  expect(differingParts(await zipParts(edited), await zipParts(out)).filter((n) => !refreshOwns.has(n))).toEqual([]);
  // The workbook part is the one a refresh of the untouched workbook writes (the names in another order).
  expect(await workbookWithout(out, [], [])).toBe(await workbookWithout(p('base-out.xlsx'), [], []));
  // The Tickets sheet, its business-time amber included, is the untouched workbook's.
  expect(differingParts(await zipParts(p('base-out.xlsx')), await zipParts(out)).filter((n) => !/workbook\.xml$/.test(n))).toEqual([]);
  expect(ooxmlErrors(out)).toEqual([]);
});

test('an English workbook without Config_FollowUp and Config_Reserved gets both on one new sheet, in English; warnings in the run language', async () => {
  const en = p('en.xlsx');
  expect((await sb('init', '-o', en, '--sample', '20', '--as-of', AS_OF, '--locale', 'en-US')).code).toBe(0);
  await withoutTable(en, p('en-1.xlsx'), 'Config_FollowUp');
  await withoutTable(p('en-1.xlsx'), p('en-2.xlsx'), 'Config_Reserved');
  const out = p('en-out.xlsx');
  const r = await sbIn({ LANG: 'en_US.UTF-8' }, 'refresh', p('en-2.xlsx'), '-o', out, '--as-of', AS_OF, '--json');
  expect(r.code).toBe(0);
  const json = JSON.parse(r.out) as RefreshJson;
  const book = await readXlsx(out);
  const fu = book.tables.get('Config_FollowUp')!;
  const reserved = book.tables.get('Config_Reserved')!;
  expect(fu.sheet).toBe('Settings (2)');
  expect(reserved.sheet).toBe('Settings (2)');
  expect(fu.headers).toEqual(['Key', 'Item', 'Value']);
  const loaded = await load(out);
  expect(loaded.settings.followUp).toEqual(getPreset('standard').settings.followUp);
  // SB_WarnHours pointed into the deleted table: it now points at the warning hours of the new one.
  const names = await definedNames(out);
  const warnRow = fu.headerRow + 1 + fu.rows.findIndex((row) => row[0] === 'warningHours');
  expect(names.get('SB_WarnHours')).toBe(`'Settings (2)'!$C$${warnRow}`);
  expect(json.upgraded.filter((u) => u.kind === 'table').map((u) => u.name)).toEqual(['Config_FollowUp', 'Config_Reserved']);
  // One line for the tables added, naming each.
  expect(json.warnings.filter((w) => w.includes('Config_FollowUp') && w.includes('Config_Reserved'))).toHaveLength(1);
  expect(json.warnings.filter((w) => /Config_FollowUp|Config_Reserved/.test(w))).toHaveLength(1);
  expect(json.warnings.find((w) => w.includes('Config_FollowUp'))).toMatch(/added/i);
  expect(ooxmlErrors(out)).toEqual([]);
});

test('the whole configuration sheet deleted with openpyxl: every table comes back on a sheet named as init names it, the names that pointed at it follow', async () => {
  const edited = p('no-config.xlsx');
  python(
    `
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
del wb['配置']
wb.save(sys.argv[2])
`,
    base,
    edited,
  );
  expect([...(await readXlsx(edited)).tables.keys()].filter((n) => n.startsWith('Config_'))).toEqual([]);
  const out = p('no-config-out.xlsx');
  const json = await refresh(edited, out);
  const book = await readXlsx(out);
  for (const n of CONFIG_TABLES) expect(book.tables.get(n)?.sheet).toBe('配置');
  expect(json.upgraded.filter((u) => u.kind === 'table').map((u) => u.name).sort()).toEqual([...CONFIG_TABLES].sort());
  // The names openpyxl kept pointing at the deleted sheet now point at the new one (the Tickets validations use SB_List_*).
  const names = await definedNames(out);
  for (const n of ['SB_HolidayDates', 'SB_HolidayTypes', 'SB_WarnHours', 'SB_List_levels']) expect(names.get(n)).toMatch(/^'配置'!\$/);
  // A whole deleted sheet is told in two lines, not one per table and name (27 here).
  expect(json.warnings.filter((w) => w.includes('Config_') || w.includes('SB_'))).toHaveLength(2);
  for (const u of json.upgraded) expect(json.warnings.some((w) => w.includes(u.name))).toBe(true);
  const loaded = await load(out);
  expect(loaded.configProblems.filter((x) => x.code !== 'calendarYearMissing')).toEqual([]);
  expect(loaded.settings).toEqual((await load(base)).settings);
  expect(await amberFormula(out)).toContain('SB_HolidayDates');
  expect(ooxmlErrors(out)).toEqual([]);
});
