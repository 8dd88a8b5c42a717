/**
 * Streaming writer for large workbooks (100,000 tickets). exceljs's in-memory workbook needs
 * ~1.7 GB for that; its `stream.xlsx.WorkbookWriter` writes rows as they come but has no
 * `addTable`. We supply the table parts ourselves while the writer runs:
 * - each sheet writer gets a `<tableParts>` element written before `</worksheet>` (the schema
 *   puts it after legacyDrawing), with a relationship added through the writer's own rels writer;
 * - `xl/tables/tableN.xml` is appended to the zip stream;
 * - `[Content_Types].xml` gets the table overrides (exceljs's content-types xform supports them).
 * Only internals exceljs 4.4 exposes on the writer objects are used; a test reads the result back
 * with exceljs and with LibreOffice.
 */
import { TEXT_FORMAT } from '../workbook/ticketTable';
import ExcelJS from 'exceljs';
import { colLetter } from '../workbook/plan';
import { xmlSafe } from '../core/excelLimits/limits';
import type { PlanCell, SheetPlan, TablePlan, WorkbookPlan } from '../workbook/types';
import { wrappedRowHeight } from '../workbook/plan/fitWidths';
import { addRules, blockCellStyle, bodyStyle, CAPTION_FONT, HEADER_STYLE, sheetLayout, sheetOptions, toExcel } from './writePlan';

const TABLE_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/table';

const xmlEscape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function tableXml(id: number, t: TablePlan): string {
  const bodyRows = Math.max(1, t.rows.length);
  const ref = `${colLetter(t.left)}${t.top}:${colLetter(t.left + t.columns.length - 1)}${t.top + bodyRows}`;
  const cols = t.columns.map((c, i) => `<tableColumn id="${i + 1}" name="${xmlEscape(xmlSafe(c.header))}"/>`).join('');
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="${id}" name="${xmlEscape(t.name)}" displayName="${xmlEscape(t.name)}" ref="${ref}" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/>` +
    `<tableColumns count="${t.columns.length}">${cols}</tableColumns>` +
    `<tableStyleInfo name="${xmlEscape(t.style)}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>` +
    `</table>`
  );
}

interface WriterInternals {
  zip: { append(data: string, opts: { name: string }): void };
  addContentTypes(): Promise<void>;
  _worksheets: unknown[];
  sharedStrings: unknown;
  commentRefs: unknown;
  media: unknown;
}
interface SheetWriterInternals {
  _sheetRelsWriter: { addRelationship(rel: { Target: string; Type: string }): string };
  _writeLegacyData(): void;
  _write(text: string): void;
}

/** Writes the plan with the streaming writer. */
export async function writePlanStreaming(plan: WorkbookPlan, path: string, onProgress?: (done: number, total: number, stage: string) => void): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true, useSharedStrings: true });
  wb.creator = 'ServiceBook';
  const internals = wb as unknown as WriterInternals;
  const tableTargets: { target: string }[] = [];
  let tableId = 0;

  // The content types must list the table parts.
  // exceljs exports no type or entry point for its content-types xform; it is the one that knows tables.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const ContentTypesXform = require('exceljs/lib/xlsx/xform/core/content-types-xform');
  internals.addContentTypes = () =>
    new Promise<void>((resolve) => {
      const xform = new ContentTypesXform();
      const xml = xform.toXml({
        worksheets: internals._worksheets.filter(Boolean),
        sharedStrings: internals.sharedStrings,
        commentRefs: internals.commentRefs,
        media: internals.media,
        tables: tableTargets,
      });
      internals.zip.append(xml, { name: '[Content_Types].xml' });
      resolve();
    });

  const total = plan.sheets.reduce((n, s) => n + s.blocks.reduce((m, b) => m + (b.kind === 'table' ? b.rows.length : b.rows.length), 0), 0);
  let done = 0;

  for (const sheet of plan.sheets) {
    const ws = wb.addWorksheet(sheet.name, sheetOptions(sheet));
    const sw = ws as unknown as SheetWriterInternals;
    const tables = sheet.blocks.filter((b): b is TablePlan => b.kind === 'table');
    // Column widths must be set before the first row is committed.
    for (const [c, w] of Object.entries(sheet.widths ?? {})) ws.getColumn(Number(c)).width = w;
    sheetLayout(ws as unknown as ExcelJS.Worksheet, sheet);
    const breaks = new Set((sheet.rowBreaks ?? []).map((r) => r - 1));
    for (const t of tables)
      t.columns.forEach((c, i) => {
        const col = ws.getColumn(t.left + i);
        col.width = Math.max(col.width ?? 0, c.width);
        // The column's own format, so rows typed under the table later get it too.
        if (c.numFmt === TEXT_FORMAT) col.numFmt = TEXT_FORMAT;
      });
    addRules(ws as unknown as ExcelJS.Worksheet, sheet, plan);

    const parts = tables.map((t) => {
      tableId += 1;
      const target = `table${tableId}.xml`;
      tableTargets.push({ target });
      internals.zip.append(tableXml(tableId, t), { name: `xl/tables/${target}` });
      return target;
    });
    if (parts.length) {
      const original = sw._writeLegacyData.bind(sw);
      sw._writeLegacyData = () => {
        original();
        const ids = parts.map((target) => sw._sheetRelsWriter.addRelationship({ Target: `../tables/${target}`, Type: TABLE_REL }));
        sw._write(`<tableParts count="${ids.length}">${ids.map((id) => `<tablePart r:id="${id}"/>`).join('')}</tableParts>`);
      };
    }

    const lastRow = Math.max(
      0,
      ...sheet.blocks.map((b) => (b.kind === 'table' ? b.top + Math.max(1, b.rows.length) : b.top + b.rows.length - 1)),
    );
    for (let r = 1; r <= lastRow; r++) {
      const row = ws.getRow(r);
      let any = false;
      for (const b of sheet.blocks) {
        if (b.kind === 'table') {
          if (b.caption && r === b.top - 1) {
            const c = row.getCell(b.left);
            c.value = xmlSafe(b.caption);
            c.font = CAPTION_FONT;
            any = true;
          } else if (r === b.top) {
            b.columns.forEach((col, i) => {
              const c = row.getCell(b.left + i);
              c.value = xmlSafe(col.header);
              Object.assign(c, HEADER_STYLE);
            });
            row.height = 30;
            any = true;
          } else if (r > b.top && r <= b.top + Math.max(1, b.rows.length)) {
            const ri = r - b.top - 1;
            const values: PlanCell[] = b.rows[ri] ?? [];
            const rowFmt = b.rowNumFmts?.[ri] ?? null;
            b.columns.forEach((col, i) => {
              const v = values[i] ?? null;
              const style = bodyStyle(col, col.type === 'number' ? rowFmt : null);
              if (v === null) return;
              const c = row.getCell(b.left + i);
              c.value = toExcel(v, col.type);
              // One shared style object per column: exceljs memoises style ids by object identity.
              c.style = style;
            });
            const h = wrappedRowHeight(values, b.columns);
            if (h) row.height = Math.max(row.height ?? 0, h);
            any = true;
            done += 1;
          }
        } else if (r >= b.top && r < b.top + b.rows.length) {
          const ri = r - b.top;
          b.rows[ri].forEach((v, ci) => {
            const c = row.getCell(b.left + ci);
            c.value = toExcel(v, null);
            Object.assign(c, blockCellStyle(b, ri, ci, v));
          });
          any = true;
          done += 1;
        }
      }
      if (breaks.has(r)) row.addPageBreak();
      if (any || breaks.has(r)) row.commit();
      if (onProgress && r % 5000 === 0) onProgress(done, total, sheet.name);
    }
    ws.commit();
  }
  for (const n of plan.definedNames) wb.definedNames.add(`'${n.sheet.replace(/'/g, "''")}'!${n.ref}`, n.name);
  await wb.commit();
  onProgress?.(total, total, 'done');
}

export type { SheetPlan };
