/**
 * Exports larger than one JavaScript string (about 536 million characters) are written piece by
 * piece: a year or two of several teams' tickets with SLA outcomes passes that size as JSON.
 * Here six rows share one 100-million-character text (one string in memory, six times in the file).
 */
import { closeSync, openSync, readSync, rmSync, statSync } from 'fs';
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import type { ExportTable } from '../core/export/exportTables';
import { writeExport } from './writeExport';

jest.setTimeout(120_000);

const big = 'x'.repeat(100_000_000);
const table = (name: ExportTable['name'], rows: number): ExportTable => ({ name, columns: [{ name: 'id', type: 'string' }, { name: 'text', type: 'string' }], rows: Array.from({ length: rows }, (_, i) => [`CS${i}`, big]) });
const dir = mkdtempSync(path.join(tmpdir(), 'sb-export-large-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The first and last bytes of a file, as text. */
function ends(file: string, n: number): [string, string] {
  const fd = openSync(file, 'r');
  try {
    const size = statSync(file).size;
    const head = Buffer.alloc(n);
    const tail = Buffer.alloc(n);
    readSync(fd, head, 0, n, 0);
    readSync(fd, tail, 0, n, size - n);
    return [head.toString('utf8'), tail.toString('utf8')];
  } finally {
    closeSync(fd);
  }
}

test.each(['json', 'jsonl', 'csv'] as const)('a %s export larger than one string is written whole', async (format) => {
  const out = path.join(dir, `big-${format}`);
  const tables = [table('tickets', 6), table('ticket_log', 0), table('subtasks', 0)];
  const files = await writeExport(format, out, [], false, tables, []);
  const main = format === 'json' ? files[0] : path.join(out, `tickets.${format}`);
  const size = statSync(main).size;
  expect(size).toBeGreaterThan(600_000_000);
  // The text at each end, filled to 64 bytes with the shared text's x.
  const [head, tail] = ends(main, 64);
  const fill = (known: string): string => 'x'.repeat(64 - Buffer.byteLength(known));
  const [first, last] =
    format === 'json'
      ? ['{"tickets":[{"id":"CS0","text":"', '"}],"ticketLog":[],"subtasks":[],"problems":[]}\n']
      : format === 'jsonl'
        ? ['{"id":"CS0","text":"', '"}\n']
        : ['\uFEFFid,text\r\nCS0,', '\r\n'];
  expect(head).toBe(first + fill(first));
  expect(tail).toBe(fill(last) + last);
  rmSync(out, { recursive: true, force: true });
});
