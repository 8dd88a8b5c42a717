/**
 * PivotTable parts (ECMA-376 Part 1, §18.10) from the plan: one cache over the source block —
 * pivotCacheDefinition with every value of every field as a shared item, pivotCacheRecords with
 * one record per source row (indices into the shared items) — and one pivotTableDefinition per
 * PivotTablePlan (count of the first field by a row and a column field, tabular, grand totals).
 * The records are written, so nothing relies on refresh-on-open. Pure: text in, text out.
 */
import type { PivotSourcePlan, PivotTablePlan } from '../../workbook/types';
import { colLetter } from '../../workbook/plan/names';
import { xmlText } from '../charts/chartXml';

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Each field's distinct values in first-seen order, and each row as indices into them. */
export interface SharedItems {
  items: string[][];
  records: number[][];
}

/**
 * @example sharedItems({ sheet: 'pivots', top: 1, left: 1, fields: ['a'], rows: [['x'], ['y'], ['x']] }) // → { items: [['x', 'y']], records: [[0], [1], [0]] }
 */
export function sharedItems(source: PivotSourcePlan): SharedItems {
  const maps = source.fields.map(() => new Map<string, number>());
  const records = source.rows.map((row) =>
    source.fields.map((_, f) => {
      const m = maps[f];
      const v = row[f] ?? '';
      let i = m.get(v);
      if (i === undefined) m.set(v, (i = m.size));
      return i;
    }),
  );
  return { items: maps.map((m) => [...m.keys()]), records };
}

/** The source range, e.g. `AA1:AH61`. */
export function sourceRef(source: PivotSourcePlan): string {
  return `${colLetter(source.left)}${source.top}:${colLetter(source.left + source.fields.length - 1)}${source.top + source.rows.length}`;
}

export function cacheDefinitionXml(source: PivotSourcePlan, sheetName: string, shared: SharedItems): string {
  const fields = source.fields
    .map((name, f) => {
      const items = shared.items[f];
      const blank = items.includes('');
      const values = items.map((v) => (v === '' ? '<m/>' : `<s v="${xmlText(v)}"/>`)).join('');
      return `<cacheField name="${xmlText(name)}" numFmtId="0"><sharedItems${blank ? ' containsBlank="1"' : ''} count="${items.length}">${values}</sharedItems></cacheField>`;
    })
    .join('');
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<pivotCacheDefinition xmlns="${MAIN_NS}" xmlns:r="${R_NS}" r:id="rId1" refreshOnLoad="0" createdVersion="3" refreshedVersion="3" minRefreshableVersion="3" recordCount="${source.rows.length}">` +
    `<cacheSource type="worksheet"><worksheetSource ref="${sourceRef(source)}" sheet="${xmlText(sheetName)}"/></cacheSource>` +
    `<cacheFields count="${source.fields.length}">${fields}</cacheFields></pivotCacheDefinition>`
  );
}

export function cacheRecordsXml(shared: SharedItems): string {
  const rows = shared.records.map((r) => `<r>${r.map((i) => `<x v="${i}"/>`).join('')}</r>`).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotCacheRecords xmlns="${MAIN_NS}" xmlns:r="${R_NS}" count="${shared.records.length}">${rows}</pivotCacheRecords>`;
}

/** The location of a PivotTable: caption row, column items row, one row per item, grand total row. */
export function pivotLocation(p: PivotTablePlan): string {
  const bottom = p.top + 2 + p.rowItems.length;
  const right = p.left + p.colItems.length + 1;
  return `${colLetter(p.left)}${p.top}:${colLetter(right)}${bottom}`;
}

export function pivotTableXml(p: PivotTablePlan, cacheId: number, shared: SharedItems, fieldCount: number): string {
  const axisItems = (f: number, shown: readonly string[]): { field: string; order: number[] } => {
    const all = shared.items[f];
    // Items in display order first, then any other value of the field (hidden from this table: none here).
    const order = [...shown.map((v) => all.indexOf(v)).filter((i) => i >= 0), ...all.map((_, i) => i).filter((i) => !shown.includes(all[i]))];
    return { field: `<items count="${order.length + 1}">${order.map((i) => `<item x="${i}"/>`).join('')}<item t="default"/></items>`, order };
  };
  const rows = axisItems(p.rowField, p.rowItems);
  const cols = axisItems(p.colField, p.colItems);
  const fields = Array.from({ length: fieldCount }, (_, f) => {
    if (f === p.rowField) return `<pivotField axis="axisRow" compact="0" outline="0" showAll="0">${rows.field}</pivotField>`;
    if (f === p.colField) return `<pivotField axis="axisCol" compact="0" outline="0" showAll="0">${cols.field}</pivotField>`;
    if (f === 0) return `<pivotField dataField="1" compact="0" outline="0" showAll="0"/>`;
    return `<pivotField compact="0" outline="0" showAll="0"/>`;
  }).join('');
  const itemList = (n: number): string => Array.from({ length: n }, (_, i) => (i === 0 ? '<i><x/></i>' : `<i><x v="${i}"/></i>`)).join('') + '<i t="grand"><x/></i>';
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<pivotTableDefinition xmlns="${MAIN_NS}" name="${xmlText(p.name)}" cacheId="${cacheId}" applyNumberFormats="0" applyBorderFormats="0" applyFontFormats="0" applyPatternFormats="0" applyAlignmentFormats="0" applyWidthHeightFormats="1" dataCaption="${xmlText(p.dataCaption)}" grandTotalCaption="${xmlText(p.grandTotal)}" updatedVersion="3" minRefreshableVersion="3" createdVersion="3" useAutoFormatting="1" itemPrintTitles="1" indent="0" compact="0" compactData="0" outline="0" outlineData="0" gridDropZones="0">` +
    `<location ref="${pivotLocation(p)}" firstHeaderRow="1" firstDataRow="2" firstDataCol="1"/>` +
    `<pivotFields count="${fieldCount}">${fields}</pivotFields>` +
    `<rowFields count="1"><field x="${p.rowField}"/></rowFields><rowItems count="${p.rowItems.length + 1}">${itemList(p.rowItems.length)}</rowItems>` +
    `<colFields count="1"><field x="${p.colField}"/></colFields><colItems count="${p.colItems.length + 1}">${itemList(p.colItems.length)}</colItems>` +
    `<dataFields count="1"><dataField name="${xmlText(p.dataCaption)}" fld="0" subtotal="count" baseField="0" baseItem="0"/></dataFields>` +
    `<pivotTableStyleInfo name="PivotStyleLight16" showRowHeaders="1" showColHeaders="1" showRowStripes="0" showColStripes="0" showLastColumn="1"/>` +
    `</pivotTableDefinition>`
  );
}
