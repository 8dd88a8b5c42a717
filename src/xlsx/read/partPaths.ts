/**
 * Part names and relationships of an OOXML package. Targets may be relative to the source part
 * (`worksheets/sheet1.xml`, `../tables/table1.xml`) or absolute (`/xl/tables/table1.xml`, as
 * openpyxl writes them); external targets (hyperlinks) are not parts.
 */
import { findAll, parseXml } from './xml';

export interface Relationship {
  id: string;
  type: string;
  /** Resolved part name without a leading slash, or the raw target when external. */
  target: string;
  external: boolean;
}

/**
 * Resolves a relationship target against the folder of its source part.
 * @example resolveTarget('xl/worksheets/sheet1.xml', '../tables/table1.xml') === 'xl/tables/table1.xml'
 * @example resolveTarget('xl/workbook.xml', '/xl/worksheets/sheet1.xml') === 'xl/worksheets/sheet1.xml'
 */
export function resolveTarget(source: string, target: string): string {
  const t = decodeURIComponentSafe(target.replace(/\\/g, '/'));
  const base = t.startsWith('/') ? [] : source.split('/').slice(0, -1);
  const out = [...base];
  for (const p of t.replace(/^\//, '').split('/')) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * The relationships part of a part.
 * @example relsPathOf('xl/worksheets/sheet1.xml') === 'xl/worksheets/_rels/sheet1.xml.rels'
 */
export function relsPathOf(part: string): string {
  const i = part.lastIndexOf('/');
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

/** Parses a .rels part for `source`. */
export function parseRels(xml: string | null, source: string): Relationship[] {
  if (!xml) return [];
  return findAll(parseXml(xml), 'Relationship').map((r) => {
    const external = (r.attrs.TargetMode ?? '').toLowerCase() === 'external';
    const target = r.attrs.Target ?? '';
    return { id: r.attrs.Id ?? '', type: r.attrs.Type ?? '', target: external ? target : resolveTarget(source, target), external };
  });
}

/** Relationship type by its last path segment (transitional and strict URIs alike). @example relKind('http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet') === 'worksheet' */
export const relKind = (type: string): string => type.slice(type.lastIndexOf('/') + 1);
