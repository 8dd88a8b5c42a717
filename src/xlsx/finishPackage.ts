/**
 * What exceljs cannot write, added to a written .xlsx package: the plan's native charts
 * (src/xlsx/charts/) and PivotTables with their caches (src/xlsx/pivots/).
 *
 * `finishPackage(plan, zip)` works on a package opened with JSZip and is what the in-place editor
 * (src/xlsx/inplace) calls after regenerating the owned sheets; `finishPackageFile(plan, path)`
 * does the same to a file (both writers call it on their output before it is committed).
 */
import { promises as fs } from 'fs';
import JSZip from 'jszip';
import type { WorkbookPlan } from '../workbook/types';
import { addCharts } from './charts/addCharts';
import { addPivots } from './pivots/addPivots';

export async function finishPackage(plan: WorkbookPlan, zip: JSZip): Promise<void> {
  await addCharts(plan, zip);
  await addPivots(plan, zip);
}

export async function finishPackageFile(plan: WorkbookPlan, path: string): Promise<void> {
  if (!plan.charts.length && !plan.pivotTables.length) return;
  const zip = await JSZip.loadAsync(await fs.readFile(path));
  await finishPackage(plan, zip);
  const out = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
  await fs.writeFile(path, out);
}
