/**
 * Nothing read is lost: every non-blank source row becomes a ticket or a skipped row (with its
 * text, for the report), every non-empty cell lands in a column the reader took (a field or an
 * extra column) or in a skipped row.
 */
import { recognizeTable } from '../headers/recognizeTable';
import { defaultSettings } from '../presets';
import { cellText } from './cell';
import { readTickets } from './readTickets';
import { unaccountedCells } from './conservation';

const H = ['工单编号', '受理时间', '客户名称', '问题描述', '处理状态'];
const row = (n: number): string[] => [`CS${n}`, '2024-01-02 10:00', `客户${n}`, `问题${n}`, '处理中'];

function read(grid: unknown[][]) {
  const guess = recognizeTable(grid);
  if (!guess) throw new Error('no table');
  const result = readTickets(grid, guess, { settings: defaultSettings(), source: 't' });
  return { guess, result, lost: unaccountedCells(grid, guess, result) };
}

test('rows after two blank rows are read', () => {
  const { result, lost } = read([H, row(1), [], [], row(2), row(3)]);
  expect(result.tickets.map((t) => t.id)).toEqual(['CS1', 'CS2', 'CS3']);
  expect(lost).toEqual([]);
});

test('a note-like row inside the data is reported with its text, and the rows after it are read', () => {
  const { result, lost } = read([H, row(1), ['注：客户来电要求加急处理'], row(2)]);
  expect(result.tickets.map((t) => t.id)).toEqual(['CS1', 'CS2']);
  expect(result.skipped).toEqual([{ row: 3, reason: 'note', text: '注：客户来电要求加急处理' }]);
  expect(lost).toEqual([]);
});

test('a row whose cells all say 电话 does not end the table', () => {
  const { result, lost } = read([H, row(1), Array(5).fill('电话'), row(2)]);
  expect(result.tickets.map((t) => t.id)).toContain('CS2');
  expect(result.tickets.length + result.skipped.length).toBe(3);
  expect(lost).toEqual([]);
});

test('a repeated header row is reported, the rows after it read', () => {
  const { result, lost } = read([H, row(1), H, row(2)]);
  expect(result.tickets.map((t) => t.id)).toEqual(['CS1', 'CS2']);
  expect(result.skipped.map((s) => s.reason)).toEqual(['header']);
  expect(lost).toEqual([]);
});

test('title rows above the header and a second table below are reported, not dropped', () => {
  const second = ['反馈类型', '具体问题细分', '责任部门', '处理建议'];
  const { result, lost } = read([['客户服务工单表'], H, row(1), [], second, ['产品功能', '入口难找', '产品部', '优化导航']]);
  expect(result.tickets.map((t) => t.id)).toEqual(['CS1']);
  expect(result.skipped.map((s) => [s.row, s.reason])).toEqual([
    [1, 'above'],
    [5, 'otherTable'],
    [6, 'otherTable'],
  ]);
  expect(result.skipped[2].text).toContain('入口难找');
  expect(lost).toEqual([]);
});

test('a column with data but an empty header is kept under a made-up header', () => {
  const { result, guess, lost } = read([[...H, null], [...row(1), '额外信息']]);
  expect(guess.columns.map((c) => c.header)).toContain('列F');
  expect(result.tickets[0].extra['列F']).toBe('额外信息');
  expect(lost).toEqual([]);
});

test('the second of two adjacent same-header columns (or under a merged header) is kept', () => {
  const { result, lost } = read([
    ['工单编号', '问题描述', '问题描述', '处理状态'],
    ['CS1', '屏幕碎了', '要求换货', '处理中'],
  ]);
  expect(result.tickets[0].description).toBe('屏幕碎了');
  expect(Object.values(result.tickets[0].extra)).toContain('要求换货');
  expect(lost).toEqual([]);
});

test('a merged header over an empty second column adds no column', () => {
  const { guess } = read([
    ['工单编号', '问题描述', '问题描述', '处理状态'],
    ['CS1', '屏幕碎了', null, '处理中'],
  ]);
  expect(guess.columns.map((c) => c.index)).toEqual([0, 1, 3]);
});

test('two unknown columns with one header (or differing only in case) are both kept', () => {
  const { result, lost } = read([
    [...H, '标签', '标签', 'Tag', 'tag'],
    [...row(1), '甲', '乙', 'x', 'y'],
  ]);
  const extra = Object.entries(result.tickets[0].extra);
  expect(extra.map(([, v]) => v)).toEqual(['甲', '乙', 'x', 'y']);
  const keys = extra.map(([k]) => k.toLowerCase());
  expect(new Set(keys).size).toBe(4);
  expect(lost).toEqual([]);
});

test('cells beyond the header width are kept', () => {
  const { result, lost } = read([H, [...row(1), null, '远处的备注']]);
  expect(Object.values(result.tickets[0].extra)).toContain('远处的备注');
  expect(lost).toEqual([]);
});

test('skipped rows keep every cell text', () => {
  const { result } = read([H, row(1), H]);
  expect(result.skipped[0].text.split(' | ')).toEqual(H.map(cellText));
});
