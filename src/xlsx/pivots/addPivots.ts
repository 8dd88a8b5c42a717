/**
 * Adds the plan's PivotTables to a written .xlsx package: one cache (definition + records) over
 * the plan's pivot source, registered in workbook.xml's <pivotCaches>, and one PivotTable part per
 * PivotTablePlan related from its sheet. The cells the tables cover are already written (fileOnly
 * blocks of the plan), so viewers that never refresh show the same numbers. Part of finishPackage.
 */
import type { WorkbookPlan } from '../../workbook/types';
import { type PackageFiles, addContentType, addRelationship, insertInWorksheet, nextPartNumber, readText, sheetParts } from '../charts/packageParts';
import { relativeTarget } from '../charts/addCharts';
import { cacheDefinitionXml, cacheRecordsXml, pivotTableXml, sharedItems } from './pivotXml';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
/** CT_Workbook children that come after <pivotCaches>. */
const AFTER_PIVOT_CACHES = ['smartTagPr', 'smartTagTypes', 'webPublishing', 'fileRecoveryPr', 'webPublishObjects', 'extLst'];

export async function addPivots(plan: WorkbookPlan, zip: PackageFiles): Promise<void> {
  const source = plan.pivotSource;
  if (!source || !plan.pivotTables.length) return;
  const parts = await sheetParts(zip);
  const sourceSheet = plan.sheets.find((s) => s.key === source.sheet)?.name;
  if (!sourceSheet || !parts.has(sourceSheet)) return;
  const shared = sharedItems(source);

  const n = nextPartNumber(zip, 'xl/pivotCache/pivotCacheDefinition');
  const definition = `xl/pivotCache/pivotCacheDefinition${n}.xml`;
  const records = `xl/pivotCache/pivotCacheRecords${n}.xml`;
  zip.file(records, cacheRecordsXml(shared));
  await addContentType(zip, records, `${CT}.pivotCacheRecords+xml`);
  // The definition's r:id="rId1" names its records: its rels part is new, so the first Id is rId1.
  zip.file(definition, cacheDefinitionXml(source, sourceSheet, shared));
  await addRelationship(zip, definition, `${REL}/pivotCacheRecords`, `pivotCacheRecords${n}.xml`);
  await addContentType(zip, definition, `${CT}.pivotCacheDefinition+xml`);

  const wbRel = await addRelationship(zip, 'xl/workbook.xml', `${REL}/pivotCacheDefinition`, relativeTarget('xl/workbook.xml', definition));
  let wb = (await readText(zip, 'xl/workbook.xml')) ?? '';
  const cacheId = Math.max(0, ...[...wb.matchAll(/<pivotCache\b[^>]*cacheId="(\d+)"/g)].map((m) => +m[1])) + 1;
  const entry = `<pivotCache cacheId="${cacheId}" r:id="${wbRel}"/>`;
  if (!/<workbook\b[^>]*xmlns:r=/.test(wb)) wb = wb.replace(/<workbook\b/, `<workbook xmlns:r="${REL}"`);
  wb = wb.includes('</pivotCaches>') ? wb.replace('</pivotCaches>', `${entry}</pivotCaches>`) : insertInWorkbook(wb, `<pivotCaches>${entry}</pivotCaches>`);
  zip.file('xl/workbook.xml', wb);

  for (const p of plan.pivotTables) {
    const sheetPart = parts.get(plan.sheets.find((s) => s.key === p.sheet)?.name ?? '');
    if (!sheetPart) continue;
    const part = `xl/pivotTables/pivotTable${nextPartNumber(zip, 'xl/pivotTables/pivotTable')}.xml`;
    zip.file(part, pivotTableXml(p, cacheId, shared, source.fields.length));
    await addRelationship(zip, part, `${REL}/pivotCacheDefinition`, relativeTarget(part, definition));
    await addContentType(zip, part, `${CT}.pivotTable+xml`);
    await addRelationship(zip, sheetPart, `${REL}/pivotTable`, relativeTarget(sheetPart, part));
  }
}

function insertInWorkbook(xml: string, element: string): string {
  const fake = xml.replace('</workbook>', '</worksheet>');
  return insertInWorksheet(fake, element, AFTER_PIVOT_CACHES).replace('</worksheet>', '</workbook>');
}
