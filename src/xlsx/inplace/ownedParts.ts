/**
 * The charts and PivotTables ServiceBook drew on its own sheets (统计, 汇总), regenerated when a
 * refresh in place rewrites those sheets. When the package holds the same charts and PivotTables
 * the plan makes (the usual case), only their parts are rewritten — chart, drawing, PivotTable,
 * cache definition and records — and the workbook part, relationships and content types stay
 * byte for byte. Otherwise the old ones are taken out — drawing, chart parts, our PivotTables
 * (named `SB_PivotTable_…`) and a cache no other PivotTable uses, with their relationships,
 * content types and workbook entries — and the plan's are added by the writers new workbooks
 * use (src/xlsx/charts, src/xlsx/pivots). A PivotTable or chart the team made anywhere else is
 * not touched. Without this, a refreshed workbook kept the old period's chart caches, and
 * PivotTables pointing at cells the rewrite had emptied.
 */
import { PIVOT_TABLE_PREFIX } from '../../workbook/plan/pivotTables';
import type { WorkbookPlan } from '../../workbook/types';
import { addCharts } from '../charts/addCharts';
import { chartXml, drawingXml } from '../charts/chartXml';
import type { PackageFiles } from '../charts/packageParts';
import { addPivots } from '../pivots/addPivots';
import { cacheDefinitionXml, cacheRecordsXml, pivotTableXml, sharedItems } from '../pivots/pivotXml';
import { parseRels, relKind, relsPathOf } from '../read/partPaths';
import type { ZipPackage } from '../read/zip';
import { partText, type PartBytes } from './partBytes';

/** A PivotTable part the plan made (named with PIVOT_TABLE_PREFIX). */
const OURS = new RegExp(`<(?:[\\w.-]+:)?pivotTableDefinition\\b[^>]*\\sname="${PIVOT_TABLE_PREFIX}`);

/** A team's package seen through the parts an edit has changed so far (`out`; null = removed). */
export class EditedPackage implements PackageFiles {
  constructor(
    private readonly zip: ZipPackage,
    private readonly out: Map<string, PartBytes | null>,
  ) {}

  exists(name: string): boolean {
    return this.out.has(name) ? this.out.get(name) !== null : this.zip.entry(name) !== undefined;
  }

  async text(name: string): Promise<string | null> {
    if (!this.exists(name)) return null;
    const b = this.out.get(name);
    return b ? partText(b) : this.zip.text(name);
  }

  file(name: string): { async(type: 'string'): Promise<string> } | null;
  file(name: string, data: string): unknown;
  file(name: string, data?: string): unknown {
    if (data !== undefined) {
      this.out.set(name, Buffer.from(data, 'utf8'));
      return this;
    }
    return this.exists(name) ? { async: async () => (await this.text(name)) ?? '' } : null;
  }

  remove(name: string): void {
    if (this.exists(name)) this.out.set(name, null);
  }

  /** Every part present now. */
  names(): string[] {
    return [...new Set([...this.zip.names, ...this.out.keys()])].filter((n) => this.exists(n));
  }
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A .rels part without the relationship `id`.
 * @example withoutRelationship('<Relationships><Relationship Id="rId1" Target="a"/><Relationship Id="rId2" Target="b"/></Relationships>', 'rId1') === '<Relationships><Relationship Id="rId2" Target="b"/></Relationships>'
 */
export function withoutRelationship(rels: string, id: string): string {
  return rels.replace(new RegExp(`<Relationship\\b[^>]*\\sId="${escapeRe(id)}"[^>]*/>`), '');
}

/** Removes a part, its relationships part and its content-type override. */
async function removePart(pkg: EditedPackage, part: string): Promise<void> {
  pkg.remove(part);
  pkg.remove(relsPathOf(part));
  const ct = await pkg.text('[Content_Types].xml');
  if (ct) pkg.file('[Content_Types].xml', ct.replace(new RegExp(`<Override\\b[^>]*\\sPartName="/${escapeRe(part)}"[^>]*/>`, 'i'), ''));
}

const relsOf = async (pkg: EditedPackage, part: string) => parseRels(await pkg.text(relsPathOf(part)), part);

/** Our PivotTables on `sheetPart` removed, and each cache left without a PivotTable. */
async function removeOurPivotTables(pkg: EditedPackage, sheetPart: string, workbook: string): Promise<void> {
  const relsPath = relsPathOf(sheetPart);
  let sheetRels = await pkg.text(relsPath);
  const caches = new Set<string>();
  for (const r of await relsOf(pkg, sheetPart)) {
    if (relKind(r.type) !== 'pivotTable' || r.external || !OURS.test((await pkg.text(r.target)) ?? '')) continue;
    for (const c of await relsOf(pkg, r.target)) if (relKind(c.type) === 'pivotCacheDefinition') caches.add(c.target);
    await removePart(pkg, r.target);
    if (sheetRels) sheetRels = withoutRelationship(sheetRels, r.id);
  }
  if (sheetRels !== null) pkg.file(relsPath, sheetRels);
  if (!caches.size) return;
  // A cache another PivotTable still uses stays.
  for (const n of pkg.names().filter((x) => /(^|\/)_rels\/[^/]+\.xml\.rels$/.test(x))) {
    const source = n.replace(/_rels\/([^/]+)\.rels$/, '$1');
    if (!/pivotTable/i.test(source)) continue;
    for (const c of parseRels(await pkg.text(n), source)) caches.delete(c.target);
  }
  let wb = (await pkg.text(workbook)) ?? '';
  let wbRels = (await pkg.text(relsPathOf(workbook))) ?? '';
  for (const cache of caches) {
    for (const r of await relsOf(pkg, cache)) if (relKind(r.type) === 'pivotCacheRecords') await removePart(pkg, r.target);
    await removePart(pkg, cache);
    for (const r of parseRels(wbRels, workbook).filter((x) => x.target === cache)) {
      wbRels = withoutRelationship(wbRels, r.id);
      wb = wb.replace(new RegExp(`<(?:[\\w.-]+:)?pivotCache\\b[^>]*\\sr:id="${escapeRe(r.id)}"[^>]*/>`), '');
    }
  }
  wb = wb.replace(/<((?:[\w.-]+:)?)pivotCaches>\s*<\/\1pivotCaches>|<(?:[\w.-]+:)?pivotCaches\s*\/>/, '');
  pkg.file(workbook, wb);
  pkg.file(relsPathOf(workbook), wbRels);
}

/** The drawing on `sheetPart` (ServiceBook's own sheet) removed, with its charts and their parts. */
async function removeDrawing(pkg: EditedPackage, sheetPart: string): Promise<void> {
  const xml = (await pkg.text(sheetPart)) ?? '';
  const m = /<(?:[\w.-]+:)?drawing\b[^>]*\sr:id="([^"]*)"[^>]*\/>/.exec(xml);
  if (!m) return;
  const rels = (await pkg.text(relsPathOf(sheetPart))) ?? '';
  const drawing = parseRels(rels, sheetPart).find((r) => r.id === m[1]);
  pkg.file(sheetPart, xml.replace(m[0], ''));
  pkg.file(relsPathOf(sheetPart), withoutRelationship(rels, m[1]));
  if (!drawing || drawing.external) return;
  for (const r of await relsOf(pkg, drawing.target)) {
    if (r.external || relKind(r.type) !== 'chart') continue;
    // A chart's own parts (style, colours) go with it.
    for (const sub of await relsOf(pkg, r.target)) if (!sub.external) await removePart(pkg, sub.target);
    await removePart(pkg, r.target);
  }
  await removePart(pkg, drawing.target);
}

const sheetNameOf = (plan: WorkbookPlan, key: string): string | undefined => plan.sheets.find((s) => s.key === key)?.name;

/**
 * Rewrites the charts of the drawing on `sheetPart` when it holds as many charts as the plan puts
 * there, in the drawing's order (their relationships stay); false when the shape differs.
 */
async function rewriteCharts(pkg: EditedPackage, plan: WorkbookPlan, sheetPart: string, sheetName: string): Promise<boolean> {
  const charts = plan.charts.filter((c) => sheetNameOf(plan, c.sheet) === sheetName);
  const xml = (await pkg.text(sheetPart)) ?? '';
  const id = /<(?:[\w.-]+:)?drawing\b[^>]*\sr:id="([^"]*)"/.exec(xml)?.[1];
  const drawing = id ? (await relsOf(pkg, sheetPart)).find((r) => r.id === id && !r.external) : undefined;
  if (!drawing) return charts.length === 0;
  const rels = await relsOf(pkg, drawing.target);
  const rIds = [...((await pkg.text(drawing.target)) ?? '').matchAll(/<(?:[\w.-]+:)?chart\b[^>]*\sr:id="([^"]*)"/g)].map((m) => m[1]);
  const parts = rIds.map((r) => rels.find((x) => x.id === r && relKind(x.type) === 'chart' && !x.external)?.target);
  if (!charts.length || parts.length !== charts.length || parts.some((p) => !p) || rels.length !== parts.length) return false;
  charts.forEach((c, i) => pkg.file(parts[i]!, chartXml(c, plan.locale)));
  pkg.file(drawing.target, drawingXml(charts, rIds));
  return true;
}

/**
 * Rewrites our PivotTables on `sheetPart` and their cache when the sheet holds exactly the plan's
 * (by name) over one cache only they use, whose records are its only relationship; false otherwise.
 */
async function rewritePivots(pkg: EditedPackage, plan: WorkbookPlan, sheetPart: string, sheetName: string, workbook: string): Promise<boolean> {
  const planned = plan.pivotTables.filter((p) => sheetNameOf(plan, p.sheet) === sheetName);
  const ours: { name: string; part: string; cache: string | undefined }[] = [];
  for (const r of await relsOf(pkg, sheetPart)) {
    if (relKind(r.type) !== 'pivotTable' || r.external) continue;
    const xml = (await pkg.text(r.target)) ?? '';
    if (!OURS.test(xml)) continue;
    const cache = (await relsOf(pkg, r.target)).find((c) => relKind(c.type) === 'pivotCacheDefinition')?.target;
    ours.push({ name: /\sname="([^"]*)"/.exec(xml)?.[1] ?? '', part: r.target, cache });
  }
  const source = plan.pivotSource;
  const sourceSheet = source ? sheetNameOf(plan, source.sheet) : undefined;
  if (!ours.length) return !planned.length;
  const names = new Set(ours.map((o) => o.name));
  const cache = ours[0].cache;
  if (!source || !sourceSheet || !cache || ours.some((o) => o.cache !== cache) || names.size !== ours.length) return false;
  if (planned.length !== ours.length || planned.some((p) => !names.has(p.name)) || planned.length !== plan.pivotTables.length) return false;
  // Used by no PivotTable of the team's.
  for (const n of pkg.names().filter((x) => /pivotTable[^/]*\.xml\.rels$/i.test(x))) {
    const part = n.replace(/_rels\/([^/]+)\.rels$/, '$1');
    if (ours.some((o) => o.part === part)) continue;
    if (parseRels(await pkg.text(n), part).some((c) => c.target === cache)) return false;
  }
  const cacheRels = await relsOf(pkg, cache);
  const records = cacheRels.find((r) => relKind(r.type) === 'pivotCacheRecords');
  if (!records || records.id !== 'rId1' || cacheRels.length !== 1) return false;
  const wbRel = parseRels(await pkg.text(relsPathOf(workbook)), workbook).find((r) => r.target === cache);
  const wb = (await pkg.text(workbook)) ?? '';
  const cacheId = wbRel ? new RegExp(`<(?:[\\w.-]+:)?pivotCache\\b[^>]*\\scacheId="(\\d+)"[^>]*\\sr:id="${escapeRe(wbRel.id)}"`).exec(wb)?.[1] : undefined;
  if (cacheId === undefined) return false;
  const shared = sharedItems(source);
  pkg.file(cache, cacheDefinitionXml(source, sourceSheet, shared));
  pkg.file(records.target, cacheRecordsXml(shared));
  for (const p of planned) pkg.file(ours.find((o) => o.name === p.name)!.part, pivotTableXml(p, Number(cacheId), shared, source.fields.length));
  return true;
}

/**
 * Replaces the charts and PivotTables of ServiceBook's sheets (`owned`: part and name) by the
 * plan's. The plan carries the workbook's own sheet names (PlanInput.sheetNames).
 */
export async function refreshOwnedParts(pkg: EditedPackage, plan: WorkbookPlan, owned: readonly { part: string; name: string }[], workbook: string): Promise<void> {
  let rebuildCharts = false;
  let rebuildPivots = false;
  for (const o of owned) {
    if (!(await rewriteCharts(pkg, plan, o.part, o.name))) rebuildCharts = true;
    if (!(await rewritePivots(pkg, plan, o.part, o.name, workbook))) rebuildPivots = true;
  }
  if (rebuildPivots) {
    for (const o of owned) await removeOurPivotTables(pkg, o.part, workbook);
    await addPivots(plan, pkg);
  }
  if (rebuildCharts) {
    for (const o of owned) await removeDrawing(pkg, o.part);
    await addCharts(plan, pkg);
  }
}
