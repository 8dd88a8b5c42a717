/** The entries of a zip package, decompressed (for byte-for-byte comparisons of parts). */
import { readFileSync } from 'fs';
import JSZip from 'jszip';

export async function zipParts(file: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const out = new Map<string, Buffer>();
  for (const [name, f] of Object.entries(zip.files)) if (!f.dir) out.set(name, await f.async('nodebuffer'));
  return out;
}

/** Names of the parts that differ between two packages (present in one only, or different bytes). */
export function differingParts(a: Map<string, Buffer>, b: Map<string, Buffer>): string[] {
  const names = new Set([...a.keys(), ...b.keys()]);
  return [...names].filter((n) => !a.has(n) || !b.has(n) || !a.get(n)!.equals(b.get(n)!)).sort();
}
