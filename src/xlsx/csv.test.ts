import fc from 'fast-check';
import iconv from 'iconv-lite';
import { decodeCsvBytes, encodeGb18030, parseCsv, toCsv } from './csv';

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
