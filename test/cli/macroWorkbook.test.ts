/**
 * Issue 7: a macro-enabled workbook (.xlsm) stays one. `refresh` edits it in place and keeps its
 * VBA project byte for byte; it refuses an output name that would change the file's kind (an
 * .xlsm package named .xlsx, or the reverse, is a file Excel will not open), in one line and
 * before anything is written.
 */
import { existsSync, readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import { sb, sbIn, tempDir } from './helpers';
import { ooxmlErrors } from '../support/ooxmlValidator';
import { zipParts } from '../support/zipParts';

jest.setTimeout(120_000);

const MACRO_MAIN = 'application/vnd.ms-excel.sheet.macroEnabled.main+xml';
const VBA = Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 37 + 11) % 256));

/** The workbook `src` turned into an .xlsm: a VBA project part, its relationship and content types. */
async function toXlsm(src: string, dest: string): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(src));
  const ct = await zip.file('[Content_Types].xml')!.async('string');
  zip.file(
    '[Content_Types].xml',
    ct.replace('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', MACRO_MAIN).replace('<Default ', '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Default '),
  );
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  zip.file('xl/_rels/workbook.xml.rels', rels.replace('</Relationships>', '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>'));
  zip.file('xl/vbaProject.bin', VBA);
  writeFileSync(dest, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}

describe('a macro-enabled workbook', () => {
  const dir = tempDir('sb-xlsm-');
  const p = (n: string): string => path.join(dir, n);
  beforeAll(async () => {
    expect((await sb('init', '-o', p('base.xlsx'), '--sample', '12', '--as-of', '2024-03-31T23:00')).code).toBe(0);
    await toXlsm(p('base.xlsx'), p('book.xlsm'));
  });

  test('refreshed to an .xlsm keeps its VBA project byte for byte and stays macro-enabled', async () => {
    const r = await sb('refresh', p('book.xlsm'), '-o', p('out.xlsm'), '--as-of', '2024-03-31T23:00');
    expect(r).toMatchObject({ code: 0 });
    const parts = await zipParts(p('out.xlsm'));
    expect(parts.get('xl/vbaProject.bin')!.equals(VBA)).toBe(true);
    expect(parts.get('[Content_Types].xml')!.toString()).toContain(MACRO_MAIN);
    expect(ooxmlErrors(p('out.xlsm'))).toEqual([]);
  });

  test.each([
    ['an .xlsm to a name ending .xlsx', 'book.xlsm', 'out.xlsx'],
    ['an .xlsx to a name ending .xlsm', 'base.xlsx', 'out2.xlsm'],
  ])('refreshing %s is refused in one line, nothing written', async (_what, input, output) => {
    const r = await sb('refresh', p(input), '-o', p(output), '--as-of', '2024-03-31T23:00');
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/\.xlsm/);
    expect(existsSync(p(output))).toBe(false);
  });

  test('the refusal is in the run language', async () => {
    const r = await sbIn({ LANG: 'en_US.UTF-8' }, 'refresh', p('book.xlsm'), '-o', p('out3.xlsx'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/macro/i);
  });
});
