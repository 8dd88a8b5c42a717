/**
 * Reading scattered rows (the log lines of the tickets a paste touched) stays under Excel on the
 * web's 5 MB request limit however many rows there are.
 */
import { Session } from '../../src/excel/session';
import { readRows } from '../../src/excel/workbookState';
import { headersOf } from '../fake-excel/table';
import { setup } from './helpers';

const LIMIT = 5 * 1024 * 1024;

test('readRows of 30,000 rows is split into requests well under 5 MB', async () => {
  const { office, host } = setup();
  await host.setupWorkbook('standard');
  const t = office.table('Ticket_Log');
  const n = 30_000;
  office.appendTableRows('Ticket_Log', Array.from({ length: n }, (_, i) => Array.from({ length: t.cols }, (_, c) => (c === 0 ? `CS20240508${String(i).padStart(5, '0')}` : `内容${c}`))));
  const shape = { name: 'Ticket_Log', sheet: t.sheet.name, headerRow: t.r0 + 1, firstColumn: t.c0 + 1, headers: headersOf(t), bodyRows: n };
  office.resetCounters();
  const rows = await Excel.run(async (context) => readRows(new Session(context), shape, Array.from({ length: n }, (_, i) => i)));
  expect(rows.size).toBe(n);
  expect(rows.get(n - 1)?.[0]).toBe(`CS20240508${String(n - 1).padStart(5, '0')}`);
  expect(office.requests.every((r) => r.failed === '')).toBe(true);
  expect(office.maxRequestBytes).toBeLessThan(LIMIT / 2);
});
