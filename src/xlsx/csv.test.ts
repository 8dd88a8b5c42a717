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

/**
 * A reference reader, one character at a time, written as a plain state machine: the slicing
 * reader must give the same rows and notes for any text (quotes anywhere, CR/LF mixes,
 * unbalanced quotes, tabs). A quote that does not close properly is a character: the row is
 * read again from its start with that quote taken literally.
 */
function referenceRead(text: string, d: string): { rows: string[][]; notes: { line: number; kind: 'unbalancedQuote' }[] } {
  const chars = [...text.split('')];
  const literal = new Set<number>();
  const notes: { line: number; kind: 'unbalancedQuote' }[] = [];
  const st = { rows: [] as string[][], row: [] as string[], field: '', inQuote: -1, quoteLine: 0, line: 1, rowStart: 0, rowLine: 1 };
  const retry = (): number => {
    literal.add(st.inQuote);
    notes.push({ line: st.quoteLine, kind: 'unbalancedQuote' });
    Object.assign(st, { row: [], field: '', inQuote: -1, line: st.rowLine });
    return st.rowStart;
  };
  let at = 0;
  while (at < chars.length || st.inQuote >= 0) {
    if (at >= chars.length) {
      at = retry();
      continue;
    }
    const c = chars[at];
    const next = chars[at + 1];
    if (st.inQuote >= 0) {
      if (c !== '"') {
        if (c === '\n') st.line += 1;
        st.field = st.field.concat(c);
        at += 1;
      } else if (next === '"') {
        st.field = st.field.concat('"');
        at += 2;
      } else if (next === undefined || next === d || next === '\r' || next === '\n') {
        st.inQuote = -1;
        at += 1;
      } else at = retry();
      continue;
    }
    switch (c) {
      case d:
        st.row.push(st.field);
        st.field = '';
        at += 1;
        break;
      case '\r':
      case '\n':
        st.rows.push([...st.row, st.field]);
        Object.assign(st, { row: [], field: '', line: st.line + 1 });
        at += c === '\r' && next === '\n' ? 2 : 1;
        Object.assign(st, { rowStart: at, rowLine: st.line });
        break;
      default:
        if (c === '"' && st.field.length === 0 && !literal.has(at)) Object.assign(st, { inQuote: at, quoteLine: st.line });
        else st.field = st.field.concat(c);
        at += 1;
    }
  }
  if (st.field.length > 0 || st.row.length > 0) st.rows.push([...st.row, st.field]);
  return { rows: st.rows, notes };
}

test('the reader gives what reading one character at a time gives, for any text', () => {
  const text = fc.string({ unit: fc.constantFrom('a', 'b', ',', '\t', '"', '""', '\n', '\r', '\r\n', '中', ' '), maxLength: 60 });
  fc.assert(
    fc.property(text, fc.constantFrom(',', '\t'), (t, d) => {
      expect(readCsvText(t, d)).toEqual(referenceRead(t, d));
    }),
    { numRuns: 3000 },
  );
});

test('a note after a quoted field with new lines names the file line of its quote', () => {
  const r = readCsvText('a,b\n1,"x\ny"\n2,"z\n');
  expect(r.rows).toEqual([['a', 'b'], ['1', 'x\ny'], ['2', '"z']]);
  expect(r.notes).toEqual([{ line: 4, kind: 'unbalancedQuote' }]);
});
