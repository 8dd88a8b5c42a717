/**
 * 检查 completes Ticket_Log and Subtasks lines as `servicebook refresh` does (the rule of
 * src/workbook/refreshEdit `lineCell`): a time typed as text becomes a date serial with the
 * table's date format, a list word in another accepted spelling the workbook's own; an
 * unreadable cell stays as typed and is reported; a line naming no ticket is never touched;
 * and completing costs no sync beyond the one masking the lines already costs.
 */
import { emptyTicket, type Ticket } from '../../src/core/schema/ticket';
import { toExcelSerial } from '../../src/core/time/localDateTime';
import { sideRowEdits } from '../../src/excel/operations/maskSideTables';
import { DATETIME_FORMAT } from '../../src/workbook/ticketTable';
import { numberFormatAt } from '../fake-excel/model';
import { setup } from './helpers';

const draft = (fields: Partial<Ticket>): Ticket => ({ ...emptyTicket(), ...fields });

async function withLines(log: (id: string) => unknown[][], subtasks: (id: string) => unknown[][]) {
  const env = setup();
  await env.host.setupWorkbook('standard');
  const a = await env.host.addTicket(draft({ receivedAt: '2024-05-08T10:00', subject: 'a' }), 'x');
  env.office.appendTableRows('Ticket_Log', log(a.id));
  env.office.appendTableRows('Subtasks', subtasks(a.id));
  // Text stays text in Excel only where the cell is formatted as text: the typed times were.
  for (const name of ['Ticket_Log', 'Subtasks']) {
    const t = env.office.table(name);
    t.sheet.numberFormats.push({ rect: { r0: t.r0 + 1, c0: t.c0, r1: t.r0 + t.dataRows, c1: t.c0 + t.cols - 1 }, props: { numberFormat: '@' } });
  }
  return env;
}

/** The cell of body row `bodyRow` in column `column` (both 0-based), and its number format. */
function cellOf(office: ReturnType<typeof setup>['office'], table: string, bodyRow: number, column: number): { value: unknown; format: string } {
  const t = office.table(table);
  return { value: t.sheet.rows[t.r0 + 1 + bodyRow]?.[t.c0 + column], format: numberFormatAt(t.sheet, t.r0 + 1 + bodyRow, t.c0 + column) };
}

const lineIndex = (office: ReturnType<typeof setup>['office'], table: string, content: string): number => office.tableRows(table).findIndex((r) => Object.values(r).includes(content));

describe('sideRowEdits', () => {
  it('gives the changed rows as Office.js writes them: a date as its serial, with the date format', () => {
    const t = { name: 'Subtasks', sheet: '子任务', headerRow: 1, headers: ['工单编号', '子任务', '负责人', '状态', '截止时间'], rows: [['CS1', 'ok', '李*', '进行中', null], ['CS1', 'a', '李*', 'Doing', '2024/3/7 18:00']] };
    expect(sideRowEdits(t, { contacts: true }, { known: new Set(['CS1']), locale: 'zh-CN' })).toEqual([
      { index: 1, prev: t.rows[1], next: ['CS1', 'a', '李*', '进行中', toExcelSerial('2024-03-07T18:00')], formats: [undefined, undefined, undefined, undefined, DATETIME_FORMAT] },
    ]);
  });
});

describe('检查 completes Ticket_Log and Subtasks lines', () => {
  it('writes a typed time as a date serial with the date format and list words in the workbook language; keeps what it cannot read, reports it, and leaves lines naming no ticket alone', async () => {
    const { office, host } = await withLines(
      (a) => [
        [a, '2024/3/5 14:30', 'Contact', '線上客服', '文本时间的记录', '', '张三', 'In progress'],
        [a, 'next Monday morning', '沟通', '电话', '读不懂的时间', '', '张三', '处理中'],
        ['CS-NOBODY', '2024/3/6 09:00', 'Contact', '电话', '无主的记录', '', '张三', '处理中'],
      ],
      (a) => [[a, '英文状态的子任务', '李*', 'Doing', '2024/3/7 18:00', '', '']],
    );
    const report = await host.checkRows();
    const log = lineIndex(office, 'Ticket_Log', '文本时间的记录');
    expect(cellOf(office, 'Ticket_Log', log, 1)).toEqual({ value: toExcelSerial('2024-03-05T14:30'), format: DATETIME_FORMAT });
    expect(cellOf(office, 'Ticket_Log', log, 2).value).toBe('沟通');
    expect(cellOf(office, 'Ticket_Log', log, 3).value).toBe('在线客服');
    expect(cellOf(office, 'Ticket_Log', log, 7).value).toBe('处理中');
    const sub = lineIndex(office, 'Subtasks', '英文状态的子任务');
    expect(cellOf(office, 'Subtasks', sub, 3).value).toBe('进行中');
    expect(cellOf(office, 'Subtasks', sub, 4)).toEqual({ value: toExcelSerial('2024-03-07T18:00'), format: DATETIME_FORMAT });
    // Unreadable: kept as typed, reported on its row.
    const bad = lineIndex(office, 'Ticket_Log', '读不懂的时间');
    expect(cellOf(office, 'Ticket_Log', bad, 1).value).toBe('next Monday morning');
    expect(report.configProblems.filter((p) => p.table === 'Ticket_Log').map((p) => p.row)).toContain(office.table('Ticket_Log').r0 + 2 + bad);
    // A line naming no ticket: every cell as typed.
    const stray = lineIndex(office, 'Ticket_Log', '无主的记录');
    expect(Object.values(office.tableRows('Ticket_Log')[stray]).slice(0, 3)).toEqual(['CS-NOBODY', '2024/3/6 09:00', 'Contact']);
    // Completed once: a second check writes nothing more in these tables.
    const before = JSON.stringify([office.tableRows('Ticket_Log'), office.tableRows('Subtasks')]);
    await host.checkRows();
    expect(JSON.stringify([office.tableRows('Ticket_Log'), office.tableRows('Subtasks')])).toBe(before);
  });

  it('completes lines in the same request as it masks them: no sync beyond masking', async () => {
    const masked = (a: string) => [[a, toExcelSerial('2024-05-08T11:00'), '跟进', '电话', '卡号 6222021234567890128', '', '张三', '处理中']];
    const count = async (log: (id: string) => unknown[][]) => {
      const { office, host } = await withLines(log, (a) => [[a, '核对 110105194912310029', '李*', 'Doing', '2024/3/7 18:00', '', '']]);
      office.resetCounters();
      await host.checkRows();
      const kinds = office.tableRows('Ticket_Log').map((r) => Object.values(r)[2]);
      return { syncs: office.syncCount, host: host.lastSyncs(), typedKindLeft: kinds.includes('Contact') };
    };
    const onlyMasks = await count((a) => masked(a));
    const withCompletion = await count((a) => [...masked(a), [a, '2024/3/5 14:30', 'Contact', '線上客服', '文本时间', '', '张三', 'In progress']]);
    expect(withCompletion).toEqual(onlyMasks);
    expect(withCompletion.typedKindLeft).toBe(false);
  });
});
