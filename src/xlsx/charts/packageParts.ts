/**
 * Small helpers over an .xlsx package (PackageFiles: JSZip, or the in-place editor's view): find
 * a sheet's part by its name, add a relationship, a content-type override, or a child element at
 * its schema position. Text-level edits of the few parts we touch, so every other part stays byte
 * for byte as written.
 */
import { xmlText } from './chartXml';
import { relsPathOf, resolveTarget } from '../read/partPaths';

/**
 * The package operations the chart and PivotTable writers need: read a part's text (null when
 * absent) and write one. A JSZip package is one; so is the in-place editor's view of a team's
 * workbook (src/xlsx/inplace/ownedParts.ts), which writes only the parts it is given.
 */
export interface PackageFiles {
  file(name: string): { async(type: 'string'): Promise<string> } | null;
  file(name: string, data: string): unknown;
}

const REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

export async function readText(zip: PackageFiles, name: string): Promise<string | null> {
  const f = zip.file(name);
  return f ? f.async('string') : null;
}

const attr = (tag: string, name: string): string | null => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] ?? null;
const unescapeXml = (s: string): string => s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** Sheet name → worksheet part path, through workbook.xml and its relationships. */
export async function sheetParts(zip: PackageFiles): Promise<Map<string, string>> {
  const wb = (await readText(zip, 'xl/workbook.xml')) ?? '';
  const rels = (await readText(zip, 'xl/_rels/workbook.xml.rels')) ?? '';
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attr(m[0], 'Id');
    const target = attr(m[0], 'Target');
    if (id && target) targets.set(id, resolveTarget('xl/workbook.xml', target));
  }
  const out = new Map<string, string>();
  for (const m of wb.matchAll(/<sheet\b[^>]*>/g)) {
    const name = attr(m[0], 'name');
    const id = attr(m[0], 'r:id');
    if (name && id && targets.has(id)) out.set(unescapeXml(name), targets.get(id)!);
  }
  return out;
}

/** Adds a relationship to a part's rels (created when missing); returns its new Id. */
export async function addRelationship(zip: PackageFiles, source: string, type: string, target: string): Promise<string> {
  const path = relsPathOf(source);
  let xml = (await readText(zip, path)) ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${REL_NS}"></Relationships>`;
  const used = new Set([...xml.matchAll(/\sId="([^"]*)"/g)].map((m) => m[1]));
  let n = used.size + 1;
  while (used.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  xml = xml.replace(/<\/Relationships>\s*$/, `<Relationship Id="${id}" Type="${type}" Target="${xmlText(target)}"/></Relationships>`);
  if (!xml.includes(`Id="${id}"`)) xml = xml.replace(/<Relationships([^>]*)\/>/, `<Relationships$1><Relationship Id="${id}" Type="${type}" Target="${xmlText(target)}"/></Relationships>`);
  zip.file(path, xml);
  return id;
}

/** Adds an Override to [Content_Types].xml (once per part). */
export async function addContentType(zip: PackageFiles, part: string, contentType: string): Promise<void> {
  const xml = (await readText(zip, '[Content_Types].xml')) ?? '';
  if (xml.includes(`PartName="/${part}"`)) return;
  zip.file('[Content_Types].xml', xml.replace(/<\/Types>\s*$/, `<Override PartName="/${part}" ContentType="${contentType}"/></Types>`));
}

/** The first free number for parts named `${prefix}N.xml`. */
export function nextPartNumber(zip: PackageFiles, prefix: string): number {
  let n = 1;
  while (zip.file(`${prefix}${n}.xml`)) n++;
  return n;
}

/**
 * Inserts `element` into a worksheet before the first of the children that must follow it
 * (CT_Worksheet's order), or before `</worksheet>`.
 */
export function insertInWorksheet(sheetXml: string, element: string, before: readonly string[]): string {
  let at = sheetXml.lastIndexOf('</worksheet>');
  for (const tag of before) {
    const i = sheetXml.search(new RegExp(`<${tag}[\\s/>]`));
    if (i >= 0 && i < at) at = i;
  }
  return sheetXml.slice(0, at) + element + sheetXml.slice(at);
}
