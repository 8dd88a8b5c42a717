import fc from 'fast-check';
import iconv from 'iconv-lite';
import { decodeCsv, decodeCsvBytes, encodeGb18030, parseCsv, readCsvText, toCsv } from './csv';

test('quoted fields keep commas, doubled quotes and new lines', () => {
  expect(parseCsv('a,"b,c","say ""hi""","line1\nline2"\r\n1,2,3,4\r\n')).toEqual([
    ['a', 'b,c', 'say "hi"', 'line1\nline2'],
    ['1', '2', '3', '4'],
  ]);
});

test('formula-like text stays text', () => {
  expect(parseCsv('=1+1,@SUM(A1),-2+3\n')).toEqual([['=1+1', '@SUM(A1)', '-2+3']]);
});

test('UTF-8 with and without BOM, and GB18030 as Chinese Excel writes it', () => {
  const text = '工單編號,溝通時間\n1,03-15 14:30\n';
  expect(decodeCsvBytes(Buffer.from(`\ufeff${text}`, 'utf8'))).toBe(text);
  expect(decodeCsvBytes(Buffer.from(text, 'utf8'))).toBe(text);
  expect(decodeCsvBytes(iconv.encode(text, 'gb18030'))).toBe(text);
  expect(decodeCsvBytes(iconv.encode('客户服务沟通记录表,满意度\n', 'gbk'))).toBe('客户服务沟通记录表,满意度\n');
});

test('toCsv then parseCsv gives the rows back, in UTF-8 and in GB18030', () => {
  const cell = fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', '\r\n', '中', '繁', '體', ' ', '=') });
  fc.assert(
    fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (rows) => {
      const normal = rows.map((r) => r.map((c) => c.replace(/\r\n/g, '\n')));
      // A lone empty row serialises as an empty line, which reads back as one empty field.
      const csv = toCsv(normal);
      expect(parseCsv(csv, ',')).toEqual(normal);
      expect(parseCsv(decodeCsvBytes(encodeGb18030(csv)), ',')).toEqual(normal);
    }),
  );
});

test('one unbalanced quote does not swallow the next rows: the quote is read as a character and reported', () => {
  const text = 'id,desc,status\r\nCS1,"屏幕碎了,处理中\r\nCS2,正常,处理中\r\nCS3,"带""引号",处理中\r\nCS4,x,处理中\r\nCS5,y,已完成\r\n';
  const r = readCsvText(text);
  expect(r.rows.map((row) => row[0])).toEqual(['id', 'CS1', 'CS2', 'CS3', 'CS4', 'CS5']);
  expect(r.rows[1]).toEqual(['CS1', '"屏幕碎了', '处理中']);
  expect(r.rows[3]).toEqual(['CS3', '带"引号', '处理中']);
  expect(r.notes).toEqual([{ line: 2, kind: 'unbalancedQuote' }]);
});

test('an unclosed quote at the end of the file is read as a character and reported', () => {
  const r = readCsvText('a,b\n1,"x\n2,y\n');
  expect(r.rows).toEqual([['a', 'b'], ['1', '"x'], ['2', 'y']]);
  expect(r.notes).toEqual([{ line: 2, kind: 'unbalancedQuote' }]);
});

test('legitimate quoted new lines stay one field, with no note', () => {
  const r = readCsvText('a,b\n1,"line1\nline2"\n2,y\n');
  expect(r.rows).toEqual([['a', 'b'], ['1', 'line1\nline2'], ['2', 'y']]);
  expect(r.notes).toEqual([]);
});

test('a GB18030 line in a UTF-8 file is decoded as GB18030 and reported, the rest as UTF-8', () => {
  const bytes = Buffer.concat([Buffer.from('工单编号,问题描述\n1,屏幕碎了\n', 'utf8'), iconv.encode('2,无法开机\n', 'gb18030'), Buffer.from('3,正常\n', 'utf8')]);
  const d = decodeCsv(bytes);
  expect(d.text).toBe('工单编号,问题描述\n1,屏幕碎了\n2,无法开机\n3,正常\n');
  expect(d.gbLines).toEqual([3]);
  expect(d.text).not.toContain('\uFFFD');
});

test('a file wholly in GB18030 is decoded as GB18030 with no note', () => {
  const d = decodeCsv(iconv.encode('工单编号,问题描述\n1,屏幕碎了\n', 'gb18030'));
  expect(d).toEqual({ text: '工单编号,问题描述\n1,屏幕碎了\n', gbLines: [] });
});
