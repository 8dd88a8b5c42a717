import { csvField, tableCsvChunks } from './csvExport';

describe('CSV for Excel', () => {
  it('starts with a byte-order mark, ends lines with CRLF, quotes what needs it', () => {
    const csv = [
      ...tableCsvChunks({
      name: 'subtasks',
      columns: [{ name: 'ticketId', type: 'string' }, { name: 'title', type: 'string' }, { name: 'due', type: 'timestamp' }, { name: 'n', type: 'int' }, { name: 'ok', type: 'bool' }],
      rows: [['CS20240304001', '核查, "日志"\n第二行', '2024-03-04T09:00', 3, true], ['CS20240304002', null, null, null, false]],
      }),
    ].join('');
    expect(csv.startsWith('\uFEFFticketId,title,due,n,ok\r\n')).toBe(true);
    expect(csv).toContain('CS20240304001,"核查, ""日志""\n第二行",2024-03-04 09:00,3,TRUE\r\n');
    expect(csv.endsWith('CS20240304002,,,,FALSE\r\n')).toBe(true);
  });

  it.each([
    ['=1+1', "'=1+1"],
    ['+86 138', "'+86 138"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['-A1', "'-A1"],
    ['＝HYPERLINK("x")', '"\'＝HYPERLINK(""x"")"'],
    ['-5', '-5'],
    ['正常文本', '正常文本'],
  ])('text %j is written as %s, never as a formula', (v, out) => expect(csvField(v, 'string')).toBe(out));
});
