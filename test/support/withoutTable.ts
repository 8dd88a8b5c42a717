/**
 * A workbook as an earlier ServiceBook wrote it, one table short: the named table's part, its
 * relationship, its `<tablePart>`, its content-type override and its cells (caption included)
 * are removed, as if the table had never been there.
 */
import { readFileSync, writeFileSync } from 'fs';
import JSZip from 'jszip';

export async function withoutTable(src: string, dest: string, table: string): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(src));
  const text = (n: string): Promise<string> => zip.file(n)!.async('string');
  const part = (await Promise.all(Object.keys(zip.files).filter((n) => /^xl\/tables\/table\d+\.xml$/.test(n)).map(async (n) => [n, await text(n)] as const))).find(([, x]) => x.includes(`name="${table}"`));
  if (!part) throw new Error(`no table ${table}`);
  const [name, xml] = part;
  const column = /\sref="([A-Z]+)\d+:/.exec(xml)![1];
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
    s = s.replace(new RegExp(`<c r="${column}\\d+"[^>]*?(?:/>|>[\\s\\S]*?</c>)`, 'g'), '');
    zip.file(sheet, s);
  }
  zip.file('[Content_Types].xml', (await text('[Content_Types].xml')).replace(new RegExp(`<Override PartName="/xl/tables/${file}"[^>]*/>`), ''));
  writeFileSync(dest, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}
