/**
 * A worksheet added after the last sheet of an existing package (a schema upgrade: the Config
 * tables a workbook lacks): its part with the tables' captions, headers and rows (inline strings;
 * dates as serials in a `yyyy-mm-dd` style), one table part per table with ids and part names
 * no other table uses, the worksheet's relationships, the workbook's `<sheet>` entry and
 * relationship, and the content-type overrides (src/xlsx/charts/packageParts' helpers). Every
 * other part stays as it was.
 */
import { posix } from 'path';
import { colLetters } from '../read/cellRef';
import { addContentType, addRelationship, readText, type PackageFiles } from '../charts/packageParts';
import type { PlanCell, TablePlan } from '../../workbook/types';
import { cellXml } from './cellXml';
import { dateStyle } from './dateStyle';
import { tablePartXml } from './newTable';
import type { NewSheetEdit } from './types';
import { xmlText } from './xmlText';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const SHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const TABLE_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/**
 * The next free number of parts named `<dir>/<stem>N.xml`.
 * @example nextPartNumber(['xl/tables/table1.xml', 'xl/tables/table17.xml'], 'xl/tables/table') === 18
 */
export function nextPartNumber(names: readonly string[], stem: string): number {
  const re = new RegExp(`^${stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\d+)\\.xml$`, 'i');
  return Math.max(0, ...names.map((n) => Number(re.exec(n)?.[1] ?? 0))) + 1;
}

/** A date column's text `yyyy-mm-dd` as a date-time cell (others unchanged). */
const asDate = (v: PlanCell, isDate: boolean): PlanCell => (isDate && typeof v === 'string' && /^\d{4}-\d\d-\d\d$/.test(v) ? { datetime: `${v}T00:00`, numFmt: 'yyyy-mm-dd' } : v);

/** The worksheet part's XML for the tables (their captions one row above the header). */
export function newSheetXml(blocks: readonly TablePlan[], dateStyleIndex: number | null, tableRelIds: readonly string[], date1904 = false): string {
  const rows = new Map<number, Map<number, string>>();
  const put = (r: number, c: number, v: PlanCell, style: number | null = null): void => {
    if (v === null || v === undefined || v === '') return;
    if (!rows.has(r)) rows.set(r, new Map());
    rows.get(r)!.set(c, cellXml(`${colLetters(c)}${r}`, style, v, style !== null && style === dateStyleIndex, '', date1904));
  };
  const widths = new Map<number, number>();
  for (const b of blocks) {
    if (b.caption) put(b.top - 1, b.left, b.caption);
    b.columns.forEach((col, j) => {
      put(b.top, b.left + j, col.header);
      widths.set(b.left + j, Math.max(widths.get(b.left + j) ?? 0, col.width));
    });
    b.rows.forEach((row, i) =>
      row.forEach((v, j) => {
        const isDate = b.columns[j]?.type === 'date' && dateStyleIndex !== null;
        put(b.top + 1 + i, b.left + j, asDate(v, isDate), isDate ? dateStyleIndex : null);
      }),
    );
  }
  const data = [...rows.keys()]
    .sort((a, b) => a - b)
    .map((r) => {
      const cells = rows.get(r)!;
      return `<row r="${r}">${[...cells.keys()].sort((a, b) => a - b).map((c) => cells.get(c)).join('')}</row>`;
    })
    .join('');
  const cols = [...widths].sort((a, b) => a[0] - b[0]).map(([c, w]) => `<col min="${c}" max="${c}" width="${w}" customWidth="1"/>`).join('');
  const parts = tableRelIds.map((id) => `<tablePart r:id="${id}"/>`).join('');
  return (
    `${XML_HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL_NS}"><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>` +
    `${cols ? `<cols>${cols}</cols>` : ''}<sheetData>${data}</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
    `<tableParts count="${tableRelIds.length}">${parts}</tableParts></worksheet>`
  );
}

/**
 * The workbook part with one more `<sheet>` at the end of `<sheets>`, its `id` in the
 * relationships namespace as the root declares it, else declared on the element itself
 * (openpyxl declares it on each `<sheet>`).
 * @example withSheetEntry('<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="A" sheetId="3" r:id="rId1"/></sheets></workbook>', 'B', 'rId9') // '…<sheet name="A" sheetId="3" r:id="rId1"/><sheet name="B" sheetId="4" r:id="rId9"/></sheets></workbook>'
 */
export function withSheetEntry(xml: string, name: string, rId: string): string {
  const root = /<([\w.-]+:)?workbook\b[^>]*>/.exec(xml);
  const p = root?.[1] ?? '';
  const r = new RegExp(`xmlns:([\\w.-]+)="${REL_NS.replace(/[./]/g, '\\$&')}"`).exec(root?.[0] ?? '')?.[1];
  const id = Math.max(0, ...[...xml.matchAll(/<(?:[\w.-]+:)?sheet\b[^>]*?\ssheetId="(\d+)"/g)].map((m) => Number(m[1]))) + 1;
  const entry = r ? `<${p}sheet name="${xmlText(name)}" sheetId="${id}" ${r}:id="${rId}"/>` : `<${p}sheet xmlns:sbr="${REL_NS}" name="${xmlText(name)}" sheetId="${id}" sbr:id="${rId}"/>`;
  return xml.replace(`</${p}sheets>`, `${entry}</${p}sheets>`);
}

/**
 * Adds the new sheet to the package: its part, one table part per table, their relationships and
 * content types (packageParts' helpers, as charts and PivotTables are added), the workbook's
 * `<sheet>` entry, and a date style when a table has dates. `tableIds`: ids the package's tables already use.
 */
export async function addNewSheet(pkg: PackageFiles & { names(): string[] }, workbook: string, styles: string | null, edit: NewSheetEdit, tableIds: readonly number[], date1904 = false): Promise<void> {
  const base = posix.dirname(workbook);
  const names = pkg.names();
  const sheetPart = `${base}/worksheets/sheet${nextPartNumber(names, `${base}/worksheets/sheet`)}.xml`;
  const firstTable = nextPartNumber(names, `${base}/tables/table`);
  let id = Math.max(0, ...tableIds);
  const hasDates = edit.blocks.some((b) => b.columns.some((c) => c.type === 'date'));
  const styleText = styles ? await readText(pkg, styles) : null;
  const date = hasDates && styleText ? dateStyle(styleText) : null;
  if (styles && date?.xml) pkg.file(styles, date.xml);

  const relIds: string[] = [];
  for (const [i, b] of edit.blocks.entries()) {
    const partName = `${base}/tables/table${firstTable + i}.xml`;
    const ref = `${colLetters(b.left)}${b.top}:${colLetters(b.left + b.columns.length - 1)}${b.top + Math.max(1, b.rows.length)}`;
    pkg.file(partName, tablePartXml(++id, b.name, ref, b.columns.map((c) => c.header)));
    await addContentType(pkg, partName, TABLE_TYPE);
    relIds.push(await addRelationship(pkg, sheetPart, `${REL_NS}/table`, posix.relative(posix.dirname(sheetPart), partName)));
  }
  pkg.file(sheetPart, newSheetXml(edit.blocks, date?.index ?? null, relIds, date1904));
  await addContentType(pkg, sheetPart, SHEET_TYPE);
  const rId = await addRelationship(pkg, workbook, `${REL_NS}/worksheet`, posix.relative(base, sheetPart));
  pkg.file(workbook, withSheetEntry((await readText(pkg, workbook)) ?? '', edit.sheet, rId));
}
