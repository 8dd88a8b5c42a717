import { recognizeTable } from './recognizeTable';

const H = ['工单编号', '受理时间', '客户名称', '问题描述', '处理状态'];

describe('recognizeTable', () => {
  test('a plain table starting at A1', () => {
    const g = recognizeTable([H, ['A1', '2024-01-02 10:00', '王*', '无法登录', '处理中']]);
    expect(g).toMatchObject({ headerRow: 0, firstDataRow: 1, lastDataRow: 1 });
    expect(g?.columns.map((c) => c.field)).toEqual(['id', 'receivedAt', 'customerName', 'description', 'status']);
  });

  test('skips title rows, repeated merged titles and blank rows above the header', () => {
    const grid = [Array(5).fill('客户服务工单表'), ['制表：客服部', null, null, null, null], [], H, [], ['A1', '2024-01-02', '王*', '无法登录', '处理中']];
    expect(recognizeTable(grid)).toMatchObject({ headerRow: 3, firstDataRow: 5, lastDataRow: 5 });
  });

  test('reads past blank rows, however many', () => {
    const row = ['A', '2024-01-02', 'x', 'y', '处理中'];
    const grid = [H, row, [], row, [], [], row];
    expect(recognizeTable(grid)).toMatchObject({ firstDataRow: 1, lastDataRow: 6, skipped: [] });
  });

  test('a notes row (note words, or a merged note repeated across the row) is skipped with its reason', () => {
    const row = ['A', '2024-01-02', 'x', 'y', '处理中'];
    expect(recognizeTable([H, row, ['注：状态请从下拉列表选择']])).toMatchObject({ lastDataRow: 1, skipped: [{ index: 2, reason: 'note' }] });
    expect(recognizeTable([H, row, row, Array(5).fill('以上数据仅供内部使用')])).toMatchObject({ lastDataRow: 2, skipped: [{ index: 3, reason: 'note' }] });
    expect(recognizeTable([H, row, ['（二）客户反馈分类统计表'], row])).toMatchObject({ lastDataRow: 3, skipped: [{ index: 2, reason: 'note' }] });
  });

  test('a second table with its own header after a gap is skipped as another table, row by row', () => {
    const row = ['A', '2024-01-02', 'x', 'y', '处理中'];
    const second = ['反馈类型', '具体问题细分', '责任部门', '处理建议'];
    expect(recognizeTable([H, row, [], second, ['产品功能', '入口难找', '产品部', '优化导航']])).toMatchObject({
      lastDataRow: 1,
      skipped: [
        { index: 3, reason: 'otherTable' },
        { index: 4, reason: 'otherTable' },
      ],
    });
    expect(recognizeTable([H, row, [], row])?.lastDataRow).toBe(3);
  });

  test('a row of dashes is not a note and not data', () => {
    const row = ['A', '2024-01-02', 'x', 'y', '处理中'];
    expect(recognizeTable([H, row, Array(5).fill('-'), row])?.lastDataRow).toBe(3);
  });

  test('unknown columns are kept with field null', () => {
    const g = recognizeTable([['序号', ...H, '内部标签']]);
    expect(g?.columns.map((c) => [c.header, c.field])).toEqual([
      ['序号', null],
      ['工单编号', 'id'],
      ['受理时间', 'receivedAt'],
      ['客户名称', 'customerName'],
      ['问题描述', 'description'],
      ['处理状态', 'status'],
      ['内部标签', null],
    ]);
    expect(g).toMatchObject({ firstDataRow: 1, lastDataRow: 0 });
  });

  test('two columns claiming one field: the label wins, the alias stays as an unknown column', () => {
    const g = recognizeTable([['客户名称', '联系人', '联系方式', '问题描述']]);
    expect(g?.columns.map((c) => c.field)).toEqual(['customerName', null, 'contact', 'description']);
  });

  test('a merged header repeated by the reader counts once when the second column is empty', () => {
    const g = recognizeTable([['工单编号', '问题描述', '问题描述', '处理状态']]);
    expect(g?.columns.map((c) => c.index)).toEqual([0, 1, 3]);
  });

  test('no table: empty grids, prose, a single known word', () => {
    expect(recognizeTable([])).toBeNull();
    expect(recognizeTable([['本表用于记录客户沟通'], ['请认真填写']])).toBeNull();
    expect(recognizeTable([['备注']])).toBeNull();
    expect(recognizeTable(null as unknown as unknown[][])).toBeNull();
  });
});
