/**
 * What exceljs cannot write, added to a written .xlsx package: the plan's native charts
 * (src/xlsx/charts/) and PivotTables with their caches (src/xlsx/pivots/).
 *
 * `finishPackage(plan, zip)` works on a package opened with JSZip (or any PackageFiles, as the
 * in-place editor's view); `finishPackageFile(plan, path)` does the same to a file (both writers
 * call it on their output before it is committed): only the parts the charts and PivotTables
 * change are written anew, every other entry is copied still compressed (no reload of the whole
 * package), to `path.finish`, which then replaces `path`.
 */
import { promises as fs } from 'fs';
import type { WorkbookPlan } from '../workbook/types';
import { addCharts } from './charts/addCharts';
import type { PackageFiles } from './charts/packageParts';
import { writePackage } from './inplace';
import { EditedPackage } from './inplace/ownedParts';
import type { PartBytes } from './inplace/partBytes';
import { addPivots } from './pivots/addPivots';
import { openZip } from './read/zip';

export async function finishPackage(plan: WorkbookPlan, zip: PackageFiles): Promise<void> {
  await addCharts(plan, zip);
  await addPivots(plan, zip);
}

export async function finishPackageFile(plan: WorkbookPlan, path: string): Promise<void> {
  if (!plan.charts.length && !plan.pivotTables.length) return;
  const tmp = `${path}.finish`;
  const zip = await openZip(path);
  try {
    const changed = new Map<string, PartBytes | null>();
    await finishPackage(plan, new EditedPackage(zip, changed));
    await writePackage(zip, tmp, changed);
  } catch (err) {
    await fs.rm(tmp, { force: true });
    throw err;
  } finally {
    zip.close();
  }
  await fs.rename(tmp, path);
}
