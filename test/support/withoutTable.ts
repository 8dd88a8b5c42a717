/**
 * A workbook as an earlier ServiceBook wrote it, one table short: the named table's part, its
 * relationship, its `<tablePart>`, its content-type override and its cells (caption included:
 * the row above its header) are removed, as if the table had never been there. Cells of other
 * tables in the same columns (the configuration tables are stacked) stay.
 */
import { readFileSync, writeFileSync } from 'fs';
import JSZip from 'jszip';
import { colNumber } from '../../src/xlsx/read/cellRef';

export async function withoutTable(src: string, dest: string, table: string): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(src));
  const text = (n: string): Promise<string> => zip.file(n)!.async('string');
  const part = (await Promise.all(Object.keys(zip.files).filter((n) => /^xl\/tables\/table\d+\.xml$/.test(n)).map(async (n) => [n, await text(n)] as const))).find(([, x]) => x.includes(`name="${table}"`));
  if (!part) throw new Error(`no table ${table}`);
  const [name, xml] = part;
  const [, left, top, right, bottom] = /\sref="([A-Z]+)(\d+):([A-Z]+)(\d+)"/.exec(xml)!;
  const inTable = (ref: string): boolean => {
    const [, c, row] = /^([A-Z]+)(\d+)$/.exec(ref)!;
    return colNumber(c) >= colNumber(left) && colNumber(c) <= colNumber(right) && Number(row) >= Number(top) - 1 && Number(row) <= Number(bottom);
  };
  const file = name.slice(name.lastIndexOf('/') + 1);
  zip.remove(name);
  for (const rels of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/_rels\/sheet\d+\.xml\.rels$/.test(n))) {
    const r = await text(rels);
    const rel = new RegExp(`<Relationship Id="([^"]+)"[^>]*Target="../tables/${file}"/>`).exec(r);
    if (!rel) continue;
    zip.file(rels, r.replace(rel[0], ''));
    const sheet = rels.replace('_rels/', '').replace(/\.rels$/, '');
    let s = await text(sheet);
    s = s.replace(`<tablePart r:id="${rel[1]}"/>`, '').replace(/<tableParts count="(\d+)">/, (_m, n: string) => `<tableParts count="${Number(n) - 1}">`);
    s = s.replace(/<c r="([A-Z]+\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g, (cell, ref: string) => (inTable(ref) ? '' : cell));
    zip.file(sheet, s);
  }
  zip.file('[Content_Types].xml', (await text('[Content_Types].xml')).replace(new RegExp(`<Override PartName="/xl/tables/${file}"[^>]*/>`), ''));
  writeFileSync(dest, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}
