/**
 * A refresh whose rewritten Tickets sheet is larger than one deflate segment (4 MB of XML: about
 * 3,000 tickets) is written in segments compressed on every core (src/xlsx/inplace/deflateSegments.ts).
 * The result must be a zip every reader takes: Python's zipfile checks each entry's CRC, openpyxl
 * reads every row, the Open XML SDK validator finds nothing, and `validate` reads the refreshed
 * tickets back.
 */
import { readFileSync } from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import { sb, tempDir } from '../cli/helpers';
import { python } from '../support/fixtures';
import { ooxmlErrors } from '../support/ooxmlValidator';
import { SEGMENT_BYTES } from '../../src/xlsx/inplace/deflateSegments';

jest.setTimeout(300_000);

test('a refreshed Tickets sheet above one deflate segment reads back whole in zipfile, openpyxl and the validator', async () => {
  const dir = tempDir('sb-large-parts-');
  const book = path.join(dir, 'book.xlsx');
  const out = path.join(dir, 'refreshed.xlsx');
  expect((await sb('init', '-o', book, '--sample', '4000', '--as-of', '2024-03-31T23:00')).code).toBe(0);
  // A later "now": due states change on many rows, so the Tickets sheet is rewritten.
  const r = await sb('refresh', book, '-o', out, '--as-of', '2024-06-30T12:00', '--json');
  expect(r.code).toBe(0);

  const zip = await JSZip.loadAsync(readFileSync(out));
  const sizes = await Promise.all(Object.keys(zip.files).filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n)).map(async (n) => (await zip.file(n)!.async('nodebuffer')).length));
  expect(Math.max(...sizes)).toBeGreaterThan(SEGMENT_BYTES);

  const report = python(
    `import sys, zipfile, openpyxl
z = zipfile.ZipFile(sys.argv[1])
bad = z.testzip()
wb = openpyxl.load_workbook(sys.argv[1], read_only=True)
ws = wb['工单']
print(bad, sum(1 for row in ws.iter_rows(min_row=2, values_only=True) if row and row[0] is not None))`,
    out,
  ).trim();
  expect(report).toBe('None 4000');
  expect(ooxmlErrors(out)).toEqual([]);
  const v = await sb('validate', out, '--json');
  expect(JSON.parse(v.out).tickets).toBe(4000);
});
