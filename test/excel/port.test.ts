import { readTables } from '../../src/workbook/port';
import { createExcelWorkbookPort } from '../../src/excel/port';
import { setup } from './helpers';

describe('createExcelWorkbookPort', () => {
  it('lists and reads the tables a set-up workbook holds', async () => {
    const { office, host } = setup();
    await host.setupWorkbook('seed004');
    const port = createExcelWorkbookPort({ isSetSupported: (n, v) => office.isSetSupported(n, v) });
    const names = await port.listTables();
    expect(names).toEqual(expect.arrayContaining(['Tickets', 'Config_Meta', 'Config_SLA']));
    const tables = await readTables(port, ['Config_Meta', 'Nope']);
    expect([...tables.keys()]).toEqual(['Config_Meta']);
    expect(tables.get('Config_Meta')!.rows.length).toBeGreaterThan(0);
    expect(await port.readTable('Nope')).toBeNull();
  });
});
