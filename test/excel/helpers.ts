/** Shared set-up for host tests: a fake Office with a fixed clock. */
import { installFakeOffice, type FakeOffice, type FakeOfficeOptions } from '../fake-excel';
import { emptyTicket } from '../../src/core/schema/ticket';
import { createExcelHost, type ExcelHost } from '../../src/excel/host';

/** Wed 2024-05-08 16:30 in Asia/Shanghai (08:30 UTC). */
export const FIXED_NOW = new Date(Date.UTC(2024, 4, 8, 8, 30));

export function setup(options: FakeOfficeOptions = {}): { office: FakeOffice; host: ExcelHost } {
  const office = installFakeOffice(globalThis as unknown as Record<string, unknown>, options);
  const host = createExcelHost({ now: () => FIXED_NOW, language: options.displayLanguage ?? 'zh-CN', isSetSupported: (n, v) => office.isSetSupported(n, v) });
  return { office, host };
}

/** Takes a table and its cells (the caption row above it included) out of the workbook, as if an earlier ServiceBook had never written it. */
export function removeTable(office: FakeOffice, name: string): void {
  const t = office.table(name);
  for (let r = t.r0 - 1; r <= t.r0 + t.dataRows; r++) {
    const row = t.sheet.rows[r];
    if (row) for (let c = t.c0; c < t.c0 + t.cols; c++) row[c] = '';
  }
  office.model.tables = office.model.tables.filter((x) => x !== t);
}

/** The holiday names an earlier ServiceBook did not write. */
export const HOLIDAY_NAMES = ['SB_HolidayDates', 'SB_HolidayTypes'];

/**
 * A workbook as an earlier ServiceBook left it: set up with `preset`, one ticket, no
 * Config_Holidays table and no holiday names.
 */
export async function olderWorkbook(preset = 'seed004', options: FakeOfficeOptions = {}): Promise<{ office: FakeOffice; host: ExcelHost }> {
  const env = setup(options);
  await env.host.setupWorkbook(preset);
  await env.host.addTicket({ ...emptyTicket(), receivedAt: '2024-05-08T09:00', subject: '无法登录', category: '故障' }, 'a');
  removeTable(env.office, 'Config_Holidays');
  env.office.model.names = env.office.model.names.filter((n) => !HOLIDAY_NAMES.includes(n.name));
  return env;
}
