/**
 * The parts that make up a workbook, found through relationships (never by fixed paths, so
 * absolute targets, renamed parts and any sheet names work): the workbook part, its sheets in
 * order, shared strings, styles, and each sheet's table parts.
 */
import { parseRels, relKind, relsPathOf, type Relationship } from './partPaths';
import { findAll, findFirst, parseXml } from './xml';
import type { ZipPackage } from './zip';

export interface SheetPart {
  name: string;
  /** Part name, e.g. xl/worksheets/sheet1.xml. */
  part: string;
  /** `worksheet` or `chartsheet`/`dialogsheet`/… (only worksheets hold cells). */
  kind: string;
  hidden: boolean;
}

export interface TablePart {
  part: string;
  sheet: string;
  sheetPart: string;
  name: string;
  ref: string;
  headerRowCount: number;
  totalsRowCount: number;
  columns: string[];
}

export interface WorkbookParts {
  workbook: string;
  sheets: SheetPart[];
  sharedStrings: string | null;
  styles: string | null;
  workbookRels: Relationship[];
  /** The workbook counts dates from 1904-01-01 (`<workbookPr date1904="1">`, Excel for Mac's option): its serials are 1462 days less. */
  date1904: boolean;
}

/** The workbook part named by the package's root relationships. */
export async function workbookPartOf(zip: ZipPackage): Promise<string> {
  const root = parseRels(await zip.text('_rels/.rels'), '');
  const doc = root.find((r) => relKind(r.type) === 'officeDocument' && !r.external);
  return doc?.target ?? 'xl/workbook.xml';
}

export async function readWorkbookParts(zip: ZipPackage): Promise<WorkbookParts> {
  const workbook = await workbookPartOf(zip);
  const xml = await zip.text(workbook);
  if (xml === null) throw new Error('no workbook part');
  const rels = parseRels(await zip.text(relsPathOf(workbook)), workbook);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheetsEl = findFirst(parseXml(xml), 'sheets');
  const sheets: SheetPart[] = [];
  for (const s of sheetsEl ? findAll(sheetsEl, 'sheet') : []) {
    const rel = byId.get(s.nsAttrs.id ?? '');
    if (!rel || rel.external) continue;
    sheets.push({ name: s.attrs.name ?? '', part: rel.target, kind: relKind(rel.type), hidden: (s.attrs.state ?? 'visible') !== 'visible' });
  }
  const first = (kind: string): string | null => rels.find((r) => relKind(r.type) === kind && !r.external)?.target ?? null;
  const pr = findFirst(parseXml(xml), 'workbookPr');
  const date1904 = ['1', 'true'].includes((pr?.attrs.date1904 ?? '').trim().toLowerCase());
  return { workbook, sheets, sharedStrings: first('sharedStrings'), styles: first('styles'), workbookRels: rels, date1904 };
}

/** The table parts a sheet refers to. */
export async function tablePartsOf(zip: ZipPackage, sheet: SheetPart): Promise<TablePart[]> {
  const rels = parseRels(await zip.text(relsPathOf(sheet.part)), sheet.part);
  const out: TablePart[] = [];
  for (const r of rels) {
    if (relKind(r.type) !== 'table' || r.external) continue;
    const xml = await zip.text(r.target);
    if (!xml) continue;
    const t = findFirst(parseXml(xml), 'table');
    if (!t) continue;
    const cols = findFirst(t, 'tableColumns');
    out.push({
      part: r.target,
      sheet: sheet.name,
      sheetPart: sheet.part,
      name: t.attrs.name ?? t.attrs.displayName ?? '',
      ref: t.attrs.ref ?? '',
      headerRowCount: t.attrs.headerRowCount === undefined ? 1 : Number(t.attrs.headerRowCount),
      totalsRowCount: Number(t.attrs.totalsRowCount ?? 0) || 0,
      columns: cols ? findAll(cols, 'tableColumn').map((c) => c.attrs.name ?? '') : [],
    });
  }
  return out;
}
