/** refreshEdit: what refresh writes into a team's Tickets row. */
import { redactCell } from '../core/privacy/redactSecrets';
import { emptyTicket } from '../core/schema/ticket';
import { completedLines, fieldCell, lineCell, refreshEdit, ticketRowCells } from './refreshEdit';
import { DATETIME_FORMAT } from './ticketTable';
import type { TableData } from './types';

describe('ticketRowCells', () => {
  const headers = ['工单编号', '受理时间', '解决时间'];
  const ticket = { ...emptyTicket(), id: 'CS20240315001', receivedAt: '2024-03-15T10:00' };

  it('keeps a cell it cannot read exactly as typed', () => {
    const raw = ['CS20240315001', new Date(Date.UTC(2024, 2, 15, 10)), '下周一上午'];
    const cells = ticketRowCells(headers, raw, raw, ticket, 2, new Set(['2|解决时间']), 'zh-CN');
    expect(cells[2]).toBeUndefined();
  });

  it('still redacts a secret inside a cell it cannot read (the rest kept as typed)', () => {
    const typed = '下周一上午 客户身份证11010519491231002X';
    const raw = ['CS20240315001', new Date(Date.UTC(2024, 2, 15, 10)), typed];
    const clean = [raw[0], raw[1], redactCell(typed).value];
    const cells = ticketRowCells(headers, raw, clean, ticket, 2, new Set(['2|解决时间']), 'zh-CN');
    expect(cells[2]).toBe('下周一上午 客户身份证110105********002X');
  });
});

describe('fieldCell', () => {
  it('makes a time typed as text a date cell, marked typed (kept as text where no date style can show it)', () => {
    expect(fieldCell('receivedAt', '2024/3/15 10:00', '2024-03-15T10:00')).toEqual({ datetime: '2024-03-15T10:00', numFmt: DATETIME_FORMAT, typed: true });
    expect(fieldCell('receivedAt', new Date(Date.UTC(2024, 2, 15, 10)), '2024-03-15T10:00')).toBeUndefined();
    expect(fieldCell('resolveDue', '2024/3/15 10:00', '2024-03-16T10:00')).toEqual({ datetime: '2024-03-16T10:00', numFmt: DATETIME_FORMAT });
  });
});

describe('completedLines', () => {
  it('completes the lines naming a known ticket and leaves the others as typed', () => {
    const t: TableData = { name: 'Subtasks', sheet: '子任务', headerRow: 1, headers: ['工单编号', '子任务', '负责人', '状态'], rows: [['CS1', 'a', '李*', 'Doing'], ['CS9', 'b', '王*', 'Doing']] };
    expect(completedLines(t, t, new Set(['CS1']), 'zh-CN')).toEqual([
      [undefined, undefined, undefined, '进行中'],
      [undefined, undefined, undefined, undefined],
    ]);
  });
});

describe('lineCell', () => {
  it('completes a log line’s or subtask’s time and list words in the workbook’s language', () => {
    expect(lineCell('datetime', '2024/3/5 14:30', 'zh-CN')).toEqual({ datetime: '2024-03-05T14:30', numFmt: DATETIME_FORMAT, typed: true });
    expect(lineCell('logKind', 'Contact', 'zh-CN')).toBe('沟通');
    expect(lineCell('logKind', '沟通', 'zh-TW')).toBe('溝通');
    expect(lineCell('channel', '線上客服', 'en-US')).toBe('Online chat');
    expect(lineCell('subtaskStatus', 'Doing', 'zh-CN')).toBe('进行中');
    expect(lineCell('subtaskNeeds', '需跨部門協調', 'zh-CN')).toBe('需跨部门协调');
  });

  it('leaves what is right, a real date and what it cannot read as typed', () => {
    expect(lineCell('logKind', '沟通', 'zh-CN')).toBeUndefined();
    expect(lineCell('datetime', new Date(Date.UTC(2024, 2, 5)), 'zh-CN')).toBeUndefined();
    expect(lineCell('datetime', '下周一上午', 'zh-CN')).toBeUndefined();
    expect(lineCell('channel', '微信群', 'zh-CN')).toBeUndefined();
    expect(lineCell('logKind', '', 'zh-CN')).toBeUndefined();
  });
});

describe('refreshEdit of Ticket_Log', () => {
  const raw: TableData = {
    name: 'Ticket_Log',
    sheet: '处理记录',
    headerRow: 1,
    headers: ['工单编号', '时间', '类型', '渠道', '内容', '下一步', '记录人', '状态'],
    rows: [
      ['CS1', '2024/3/5 14:30', 'Contact', '', '来电', '', '', ''],
      ['CS-NOPE', '2024/3/5 14:30', 'Contact', '', '来电 13912345678', '', '', ''],
    ],
  };
  const clean: TableData = { ...raw, rows: [raw.rows[0], ['CS-NOPE', '2024/3/5 14:30', 'Contact', '', '来电 139****5678', '', '', '']] };
  const tickets: TableData = { name: 'Tickets', sheet: '工单', headerRow: 1, headers: ['工单编号'], rows: [] };

  it('completes a line naming a known ticket, keeps one naming none as typed (masks still written)', () => {
    const edit = refreshEdit({ tickets, cleanTickets: tickets, ticketsIsRange: false, completed: [], rows: [], unreadable: new Set(), others: [{ raw, clean, refRows: 0 }], knownTickets: new Set(['CS1']), owned: [] });
    const log = edit.tables!.find((t) => t.table === 'Ticket_Log')!;
    expect(log.rows[0].cells).toEqual([undefined, { datetime: '2024-03-05T14:30', numFmt: DATETIME_FORMAT, typed: true }, '沟通', undefined, undefined, undefined, undefined, undefined]);
    expect(log.rows[1].cells).toEqual([undefined, undefined, undefined, undefined, '来电 139****5678', undefined, undefined, undefined]);
  });
});
