/** A workbook with these defined names removed from workbook.xml, as a script (or an earlier ServiceBook) would leave it. */
import { readFileSync, writeFileSync } from 'fs';
import JSZip from 'jszip';

export async function withoutNames(src: string, dest: string, names: readonly string[]): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(src));
  let xml = await zip.file('xl/workbook.xml')!.async('string');
  for (const n of names) xml = xml.replace(new RegExp(`<definedName\\b[^>]*?\\sname="${n}"[^>]*>[^<]*</definedName>`), '');
  zip.file('xl/workbook.xml', xml);
  writeFileSync(dest, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}
