/**
 * Text columns are text in files the command writes, as in the add-in: a customer id typed later
 * as 00123 stays 00123 (the column carries the text format, not only the rows written).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { getPreset } from '../core/presets';
import { emptyTicket } from '../core/schema/ticket';
import { computeStats } from '../core/stats/computeStats';
import { periodContaining } from '../core/stats/period';
import { buildWorkbookPlan } from '../workbook/plan';
import { writePlanFile } from './writeWorkbook';

jest.setTimeout(60_000);

async function written(streaming: boolean): Promise<ExcelJS.Worksheet> {
  const settings = getPreset('standard').settings;
  const asOf = '2024-05-08T16:30';
  const tickets = [{ ...emptyTicket(), id: 'CS20240508001', receivedAt: '2024-05-08T09:00', customerId: '00042', subject: 'a' }];
  const stats = computeStats(tickets, { period: periodContaining('week', asOf), asOf, settings });
  const plan = buildWorkbookPlan({ settings, locale: 'zh-CN', tickets, logs: [], subtasks: [], stats, fixedAsOf: asOf });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sb-text-'));
  const file = path.join(dir, 'book.xlsx');
  await writePlanFile(plan, file, undefined, { streaming });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  fs.rmSync(dir, { recursive: true, force: true });
  return wb.getWorksheet('工单')!;
}

describe.each([false, true])('text columns in a written workbook (streaming %s)', (streaming) => {
  it('carry the text format on the column, for rows typed later too', async () => {
    const ws = await written(streaming);
    const header = (ws.getRow(1).values as unknown[]).map(String);
    const col = header.indexOf('客户编号');
    expect(col).toBeGreaterThan(0);
    expect(ws.getCell(2, col).value).toBe('00042');
    expect(ws.getCell(2, col).numFmt).toBe('@');
    expect(ws.getColumn(col).numFmt).toBe('@');
    expect(ws.getCell(300, col).numFmt).toBe('@');
    // Dates keep their own format.
    expect(ws.getColumn(header.indexOf('受理时间')).numFmt).not.toBe('@');
  });
});
