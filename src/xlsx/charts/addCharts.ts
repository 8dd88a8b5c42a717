/**
 * Adds the plan's native charts to a written .xlsx package: per sheet one drawing part with a
 * two-cell anchor per chart, one chart part per chart (chartXml.ts), their relationships and
 * content types, and the sheet's `<drawing>` element. A sheet that already has a drawing (a
 * workbook refreshed in place) has it replaced. Used by both file writers and the in-place editor
 * (see src/xlsx/finishPackage.ts).
 */
import type { ChartPlan, WorkbookPlan } from '../../workbook/types';
import { chartXml, drawingXml } from './chartXml';
import { relsPathOf, resolveTarget } from '../read/partPaths';
import { type PackageFiles, addContentType, addRelationship, insertInWorksheet, nextPartNumber, readText, sheetParts } from './packageParts';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const DRAWING_REL = `${REL}/drawing`;
const CHART_REL = `${REL}/chart`;
const DRAWING_CT = 'application/vnd.openxmlformats-officedocument.drawing+xml';
const CHART_CT = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
/** CT_Worksheet children that come after <drawing>. */
const AFTER_DRAWING = ['legacyDrawing', 'legacyDrawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst'];

/** Removes a sheet's <drawing> and its relationship (the old drawing's parts stay, unreferenced). */
async function dropDrawing(zip: PackageFiles, sheetPart: string, xml: string): Promise<string> {
  const m = /<drawing\b[^>]*r:id="([^"]*)"[^>]*\/>/.exec(xml);
  if (!m) return xml;
  const relsPath = relsPathOf(sheetPart);
  const rels = await readText(zip, relsPath);
  if (rels) zip.file(relsPath, rels.replace(new RegExp(`<Relationship\\b[^>]*\\sId="${m[1]}"[^>]*/>`), ''));
  return xml.replace(m[0], '');
}

export async function addCharts(plan: WorkbookPlan, zip: PackageFiles): Promise<void> {
  if (!plan.charts.length) return;
  const parts = await sheetParts(zip);
  const bySheet = new Map<string, ChartPlan[]>();
  for (const c of plan.charts) {
    const name = plan.sheets.find((s) => s.key === c.sheet)?.name;
    if (name) bySheet.set(name, [...(bySheet.get(name) ?? []), c]);
  }
  const lang = plan.locale;
  for (const [name, charts] of bySheet) {
    const sheetPart = parts.get(name);
    if (!sheetPart) continue;
    const drawingPart = `xl/drawings/drawing${nextPartNumber(zip, 'xl/drawings/drawing')}.xml`;
    zip.file(drawingPart, ''); // reserve the name
    const rIds: string[] = [];
    for (const c of charts) {
      const chartPart = `xl/charts/chart${nextPartNumber(zip, 'xl/charts/chart')}.xml`;
      zip.file(chartPart, chartXml(c, lang));
      await addContentType(zip, chartPart, CHART_CT);
      rIds.push(await addRelationship(zip, drawingPart, CHART_REL, `../charts/${chartPart.split('/').pop()}`));
    }
    zip.file(drawingPart, drawingXml(charts, rIds));
    await addContentType(zip, drawingPart, DRAWING_CT);
    let sheetXml = await dropDrawing(zip, sheetPart, (await readText(zip, sheetPart)) ?? '');
    const rId = await addRelationship(zip, sheetPart, DRAWING_REL, relativeTarget(sheetPart, drawingPart));
    if (!/<worksheet\b[^>]*xmlns:r=/.test(sheetXml)) sheetXml = sheetXml.replace(/<worksheet\b/, `<worksheet xmlns:r="${REL}"`);
    zip.file(sheetPart, insertInWorksheet(sheetXml, `<drawing r:id="${rId}"/>`, AFTER_DRAWING));
  }
}

/**
 * A target for a relationship from `source` to `target`, both package paths.
 * @example relativeTarget('xl/worksheets/sheet1.xml', 'xl/drawings/drawing1.xml') // → '../drawings/drawing1.xml'
 */
export function relativeTarget(source: string, target: string): string {
  const from = source.split('/').slice(0, -1);
  const to = target.split('/');
  let k = 0;
  while (k < from.length && k < to.length - 1 && from[k] === to[k]) k++;
  const rel = [...from.slice(k).map(() => '..'), ...to.slice(k)].join('/');
  return resolveTarget(source, rel) === target ? rel : `/${target}`;
}
