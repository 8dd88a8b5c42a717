/**
 * One schema upgrade, two hosts: a workbook an earlier ServiceBook saved (no Config_Holidays, no
 * holiday names) upgraded by `servicebook refresh` and by the pane's 补齐配置 gets the same table
 * on the same new sheet and the same names over the same cells — both come from schemaUpgrade.
 */
import * as path from 'path';
import { sb, sbJson, tempDir } from '../cli/helpers';
import { HOLIDAY_NAMES, olderWorkbook } from '../excel/helpers';
import { withoutNames } from '../support/withoutNames';
import { withoutTable } from '../support/withoutTable';

jest.setTimeout(180_000);

/** The add-in's fixed clock (test/excel/helpers). */
const AS_OF = '2024-05-08T16:30';
const GONE = HOLIDAY_NAMES;

interface RefreshJson {
  upgraded: { kind: 'table' | 'name'; name: string; sheet: string; ref?: string }[];
}

test('refresh and 补齐配置 add the same table on the same sheet, and the same names over the same cells', async () => {
  const dir = tempDir('sb-same-upgrade-');
  const p = (f: string): string => path.join(dir, f);
  expect((await sb('init', '-o', p('new.xlsx'), '--preset', 'seed004', '--as-of', AS_OF)).code).toBe(0);
  await withoutTable(p('new.xlsx'), p('no-table.xlsx'), 'Config_Holidays');
  await withoutNames(p('no-table.xlsx'), p('older.xlsx'), GONE);
  const file = await sbJson<RefreshJson>('refresh', p('older.xlsx'), '-o', p('out.xlsx'), '--as-of', AS_OF, '--json');

  const { office, host } = await olderWorkbook();
  const pane = await host.upgradeWorkbook!();

  const fileTables = file.upgraded.filter((u) => u.kind === 'table').map((u) => [u.name, u.sheet]);
  expect(fileTables).toEqual([['Config_Holidays', '配置 (2)']]);
  expect(pane.tables.map((n) => [n, pane.sheet])).toEqual(fileTables);
  const fileNames = file.upgraded.filter((u) => u.kind === 'name').map((u) => [u.name, `='${u.sheet}'!${u.ref}`]);
  expect(fileNames.map(([n]) => n)).toEqual(GONE);
  expect(pane.names.map((n) => [n, office.model.names.find((x) => x.name === n)!.formula])).toEqual(fileNames);
  // The same place on the sheet: the table's header row and first column.
  const added = office.table('Config_Holidays');
  expect(fileNames[0][1]).toBe(`='配置 (2)'!$A$${added.r0 + 2}:$A$${added.r0 + 1 + added.dataRows}`);
});
