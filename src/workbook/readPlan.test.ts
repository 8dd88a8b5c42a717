import { knownTickets, logFromTable, subtasksFromTable } from './readPlan';
import type { ConfigProblem } from './configTables';
import { configProblemMessage } from './configMessages';
import type { TableData } from './types';

const logTable = (rows: TableData['rows']): TableData => ({
  name: 'Ticket_Log',
  sheet: '处理记录',
  headerRow: 1,
  headers: ['工单编号', '时间', '类型', '渠道', '内容', '下一步', '记录人', '状态'],
  rows,
});

describe('logFromTable', () => {
  it('reads good rows, skips blank ones, and names sheet, row and column of a bad one', () => {
    const problems: ConfigProblem[] = [];
    const log = logFromTable(
      logTable([
        ['CS20240508001', '2024-05-08T16:30', '受理', '电话', '客户来电', '', '王*', '待受理'],
        [null, null, null, null, null, null, null, null],
        ['CS20240508001', '2024-05-08T17:00', '闲聊', '电话', '', '', '', ''],
        ['', '2024-05-08T17:00', '进度', '', '', '', '', ''],
      ]),
      problems,
    );
    expect(log).toEqual([
      { ticketId: 'CS20240508001', at: '2024-05-08T16:30', kind: '受理', channel: '电话', content: '客户来电', nextStep: '', by: '王*', status: '待受理' },
    ]);
    expect(problems).toEqual([
      expect.objectContaining({ table: 'Ticket_Log', sheet: '处理记录', row: 4, column: '类型', value: '闲聊', code: 'logKind', message: '应为 受理、分派、进度、沟通、变更、升级、回访、结果 之一' }),
      expect.objectContaining({ row: 5, column: '工单编号', message: '缺少工单编号', code: 'missingTicketId' }),
    ]);
    expect(problems.map((p) => configProblemMessage(p.code!, 'en-US', p.params))).toEqual([
      'Should be one of Intake, Assignment, Progress, Contact, Change, Escalation, Revisit, Result',
      'The ticket number is missing',
    ]);
  });
});

describe('subtasksFromTable', () => {
  it('defaults the status and rejects an unknown one', () => {
    const problems: ConfigProblem[] = [];
    const table: TableData = {
      name: 'Subtasks',
      sheet: '子任务',
      headerRow: 3,
      headers: ['工单编号', '子任务', '负责人', '状态', '截止时间', '依赖', '协调需求'],
      rows: [
        ['202405-0013', '核查数据接口日志', '李工', '', null, '', '需跨部门协调'],
        ['202405-0013', '协调技术部修复数据', '', '搁置', null, '', ''],
      ],
    };
    const subtasks = subtasksFromTable(table, problems);
    expect(subtasks).toHaveLength(1);
    expect(subtasks[0]).toMatchObject({ title: '核查数据接口日志', status: '待处理', needs: '需跨部门协调' });
    expect(problems).toEqual([expect.objectContaining({ row: 5, column: '状态', value: '搁置', code: 'subtaskStatus', message: '应为 待处理、进行中、已完成 之一' })]);
    expect(configProblemMessage(problems[0].code!, 'en-US', problems[0].params)).toBe('Should be one of To do, Doing, Resolved');
    expect(configProblemMessage(problems[0].code!, 'zh-TW', problems[0].params)).toBe('應為 待處理、進行中、已完成 之一');
  });
});

describe('lines naming no ticket of the workbook', () => {
  it('are read, and reported with sheet, row, column and the number typed', () => {
    const problems: ConfigProblem[] = [];
    const log = logFromTable(
      logTable([
        ['CS1', '2024-05-08T16:30', '受理', '', '', '', '', ''],
        [' CS-NOPE ', '2024-05-08T17:00', '进度', '', '', '', '', ''],
      ]),
      problems,
      knownTickets([{ id: ' CS1 ' }, { id: '' }]),
    );
    expect(log.map((l) => l.ticketId)).toEqual(['CS1', 'CS-NOPE']);
    expect(problems).toEqual([expect.objectContaining({ table: 'Ticket_Log', sheet: '处理记录', row: 3, column: '工单编号', value: 'CS-NOPE', code: 'unknownTicket' })]);
    expect(configProblemMessage('unknownTicket', 'en-US')).toMatch(/^No ticket of the workbook has this number/);
    expect(configProblemMessage('unknownTicket', 'zh-TW')).toContain('活頁簿中沒有');
  });

  it('are not reported when the number is an archived ticket’s (at or below the reserved number of its day)', () => {
    const problems: ConfigProblem[] = [];
    const numbering = { pattern: 'CS{yyyyMMdd}{seq:3}', reserved: ['CS20240102009', 'OLD-7'] };
    logFromTable(
      logTable([
        ['CS20240102004', '2024-05-08T16:30', '回访', '', '', '', '', ''],
        ['OLD-7', '2024-05-08T16:40', '回访', '', '', '', '', ''],
        ['CS20240102010', '2024-05-08T17:00', '进度', '', '', '', '', ''],
        ['CS20240103001', '2024-05-08T17:10', '进度', '', '', '', '', ''],
      ]),
      problems,
      knownTickets([{ id: 'CS1' }], numbering),
    );
    expect(problems.map((p) => p.value)).toEqual(['CS20240102010', 'CS20240103001']);
  });

  it('are not checked when the workbook’s tickets are not known (the add-in reads one ticket’s lines)', () => {
    const problems: ConfigProblem[] = [];
    subtasksFromTable({ name: 'Subtasks', sheet: '子任务', headerRow: 1, headers: ['工单编号', '子任务', '负责人', '状态', '截止时间', '依赖', '协调需求'], rows: [['CS9', '核查', '', '', null, '', '']] }, problems);
    expect(problems).toEqual([]);
  });
});

describe('a line with several cells nobody can read', () => {
  it('names each of them (the line is kept as typed)', () => {
    const problems: ConfigProblem[] = [];
    const log = logFromTable(logTable([['CS1', '下周一上午', '闲聊', '', '', '', '', '搁置']]), problems);
    expect(log).toEqual([]);
    expect(problems.map((p) => [p.column, p.value, p.code])).toEqual([
      ['时间', '下周一上午', 'invalidDateTime'],
      ['类型', '闲聊', 'logKind'],
      ['状态', '搁置', 'invalidStatus'],
    ]);
    const subs: ConfigProblem[] = [];
    subtasksFromTable({ name: 'Subtasks', sheet: '子任务', headerRow: 1, headers: ['工单编号', '子任务', '负责人', '状态', '截止时间', '依赖', '协调需求'], rows: [['CS1', '核查', '', '搁置', '月底', '', '']] }, subs);
    expect(subs.map((p) => [p.column, p.code])).toEqual([
      ['状态', 'subtaskStatus'],
      ['截止时间', 'invalidDateTime'],
    ]);
  });
});

describe('a column deleted from Ticket_Log or Subtasks', () => {
  it('reads every other column by its header (not the neighbour’s), reads the missing one as blank, and names it once', () => {
    const problems: ConfigProblem[] = [];
    const t: TableData = {
      name: 'Ticket_Log',
      sheet: '处理记录',
      headerRow: 1,
      headers: ['工单编号', '时间', '类型', '内容', '下一步', '记录人', '状态'],
      rows: [
        ['CS20240508001', '2024-05-08T16:30', '受理', '客户来电', '回电', '王*', '待受理'],
        ['CS20240508001', '2024-05-08T17:00', '进度', '已回电', '', '王*', '处理中'],
      ],
    };
    const log = logFromTable(t, problems);
    expect(log.map((l) => [l.channel, l.content, l.nextStep, l.by, l.status])).toEqual([
      ['', '客户来电', '回电', '王*', '待受理'],
      ['', '已回电', '', '王*', '处理中'],
    ]);
    expect(problems.map((p) => [p.code, p.table, p.row, p.column])).toEqual([['columnMissing', 'Ticket_Log', 1, '渠道']]);
  });

  it('a Subtasks table in English without its Needs column names “Needs”', () => {
    const problems: ConfigProblem[] = [];
    const t: TableData = { name: 'Subtasks', sheet: 'Subtasks', headerRow: 1, headers: ['Ticket No.', 'Subtask', 'Owner', 'Status', 'Due', 'Depends on'], rows: [['CS1', 'Call back', 'Li', '待处理', '2024-05-09T10:00', '']] };
    expect(subtasksFromTable(t, problems).map((s) => [s.title, s.dependsOn, s.needs])).toEqual([['Call back', '', '']]);
    expect(problems.map((p) => [p.code, p.column])).toEqual([['columnMissing', 'Needs']]);
  });
});
