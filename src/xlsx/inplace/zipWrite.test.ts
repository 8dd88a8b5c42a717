/**
 * The in-place editor's zip writer and its rewritten sheets in pieces: many entries written under
 * back-pressure leave no listener behind; a part given in pieces is one entry reading back whole.
 */
import { mkdtempSync, rmSync, type WriteStream } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { randomBytes } from 'crypto';
import { openZip } from '../read/zip';
import { parseSheetXml, PIECE_CHARS, piecesText, rewriteRows } from './sheetXml';
import { ZipWriter } from './zipWrite';

const dir = mkdtempSync(path.join(tmpdir(), 'sb-zipwrite-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const stamp = { time: 0, date: 33 };

test('writing many large entries under back-pressure leaves no listener behind per wait', async () => {
  const w = new ZipWriter(path.join(dir, 'many.zip'));
  const out = (w as unknown as { out: WriteStream }).out;
  const before = out.listenerCount('error');
  // Incompressible data, far above the stream's buffer: every write waits for 'drain'.
  for (let i = 0; i < 30; i++) await w.add(`part${i}.bin`, randomBytes(256 * 1024), stamp);
  expect(out.listenerCount('error')).toBe(before);
  expect(out.listenerCount('drain')).toBe(0);
  await w.finish();
});

test('a part given in pieces is written as one entry that reads back whole', async () => {
  const file = path.join(dir, 'pieces.zip');
  const pieces = [Buffer.from('<a>'), Buffer.from('工单'.repeat(1000)), Buffer.from('</a>')];
  const w = new ZipWriter(file);
  await w.add('x.xml', pieces, stamp);
  await w.add('y.xml', Buffer.from('<y/>'), stamp);
  await w.finish();
  const zip = await openZip(file);
  try {
    expect(await zip.text('x.xml')).toBe(`<a>${'工单'.repeat(1000)}</a>`);
    expect(await zip.text('y.xml')).toBe('<y/>');
  } finally {
    zip.close();
  }
});

test('a large rewritten sheet comes in pieces of about PIECE_CHARS, cut at row ends, together the whole text', () => {
  const rows = Array.from({ length: 30_000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="s"><v>${i}</v></c><c r="B${i + 1}" t="inlineStr"><is><t>描述 ${'x'.repeat(40)}</t></is></c></row>`);
  const xml = `<worksheet><sheetData>${rows.join('')}</sheetData><tableParts count="0"/></worksheet>`;
  const sheet = parseSheetXml(xml);
  // Rows 10,001–20,000 rebuilt (the same cells), the rows before and after copied.
  const pieces = rewriteRows(sheet, 10_001, 20_000, (r) => ({ attrs: '', cells: [/<c .*<\/c>/.exec(sheet.byRow.get(r)!.inner)![0]] }));
  expect(piecesText(pieces)).toBe(xml);
  expect(pieces.length).toBeGreaterThan(2);
  for (const p of pieces) {
    const text = p.toString('utf8');
    expect(text.length).toBeLessThan(PIECE_CHARS + 200);
    if (p !== pieces[pieces.length - 1]) expect(text.endsWith('</row>')).toBe(true);
  }
});
