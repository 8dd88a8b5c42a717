import { archiveColumn, carryAnnotations, fieldOfHeader, rowsByTicket } from './carryAnnotations';
import type { TableData, TablePlan, WorkbookPlan } from '../../workbook/types';

const table = (name: string, headers: string[], rows: (string | null)[][]): TableData => ({ name, sheet: name, headerRow: 1, headers, rows }) as TableData;
const plan = (name: string, columns: [string, string][], rows: (string | null)[][]): TablePlan => ({
  kind: 'table',
  name,
  top: 1,
  left: 1,
  columns: columns.map(([key, header]) => ({ key, header, type: 'text', width: 10 })),
  rows,
  style: 'TableStyleMedium2',
});
const book = (...tables: TablePlan[]): WorkbookPlan => ({ sheets: [{ name: 'S', blocks: tables }] }) as unknown as WorkbookPlan;

describe('the notes and links of moving rows, placed in the archive', () => {
  it('each ticket’s rows, in order', () => {
    expect([...rowsByTicket(['A', 'B', 'A', ''])]).toEqual([
      ['A', [0, 2]],
      ['B', [1]],
      ['', [3]],
    ]);
  });

  it('a column is found by its field, whatever the language of either header, or (a team’s own) by the same header', () => {
    const cols = [
      { key: 'id', header: '工单编号' },
      { key: 'description', header: '问题描述' },
      { key: 'extra:回访人', header: '回访人' },
    ];
    expect(fieldOfHeader('Tickets', 'Description')).toBe('description');
    expect(fieldOfHeader('Ticket_Log', 'Content')).toBe('content');
    expect(fieldOfHeader('Tickets', '回访人')).toBeNull();
    expect(archiveColumn('Tickets', cols, 'Description')).toBe(1);
    expect(archiveColumn('Tickets', cols, ' 問題描述 ')).toBe(1);
    expect(archiveColumn('Tickets', cols, '回访人')).toBe(2);
    expect(archiveColumn('Tickets', cols, '另一列')).toBe(-1);
  });

  it('by ticket number and order: a log line’s note lands on the same line, whatever the rows around it', () => {
    const working = new Map([
      ['Tickets', table('Tickets', ['Description', '工单编号'], [['x', 'CS1'], ['y', 'CS2']])],
      ['Ticket_Log', table('Ticket_Log', ['工单编号', '内容'], [['CS2', 'a'], ['CS1', 'b'], ['CS2', 'c']])],
    ]);
    const archived = book(
      plan('Tickets', [['id', '工单编号'], ['description', '问题描述']], [['CS2', 'y']]),
      plan('Ticket_Log', [['ticketId', '工单编号'], ['content', '内容']], [['CS2', 'a'], ['CS2', 'c']]),
    );
    const found = new Map([
      ['Tickets', [{ row: 1, col: 0, note: '客户另有录音' }, { row: 0, col: 0, note: '留在工作簿' }]],
      ['Ticket_Log', [{ row: 2, col: 1, link: { target: 'https://crm.example.com/r/3' } }]],
    ]);
    const removal = { Tickets: [1], Ticket_Log: [0, 2], Subtasks: [], reserved: [] };
    expect(carryAnnotations(working, found, removal, archived)).toEqual({ carried: { notes: 1, links: 1 }, left: { notes: 0, links: 0 } });
    const [tickets, log] = archived.sheets[0].blocks as TablePlan[];
    expect(tickets.annotations).toEqual([{ row: 0, col: 1, note: '客户另有录音' }]);
    expect(log.annotations).toEqual([{ row: 1, col: 1, link: { target: 'https://crm.example.com/r/3' } }]);
  });

  it('a note on a column the archive does not have is counted as left behind', () => {
    const working = new Map([['Tickets', table('Tickets', ['工单编号', '内部备注'], [['CS1', 'x']])]]);
    const archived = book(plan('Tickets', [['id', '工单编号']], [['CS1']]));
    const found = new Map([['Tickets', [{ row: 0, col: 1, note: '只在工作簿' }]]]);
    expect(carryAnnotations(working, found, { Tickets: [0], Ticket_Log: [], Subtasks: [], reserved: [] }, archived)).toEqual({ carried: { notes: 0, links: 0 }, left: { notes: 1, links: 0 } });
  });
});
