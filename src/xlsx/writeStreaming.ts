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
import type ExcelJS from 'exceljs';
import { colLetter } from '../workbook/plan';
import { xmlSafe } from '../core/excelLimits/limits';
import type { SheetPlan, TablePlan, WorkbookPlan } from '../workbook/types';
import { addRules, sheetLayout, sheetOptions } from './writePlan';
import { writeSheetRows, type SheetWriter } from './streamRows';

const TABLE_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/table';

const xmlEscape = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

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
  _sheetRelsWriter: { addRelationship(rel: { Target: string; Type: string; TargetMode?: string }): string };
  _sheetCommentsWriter: { addComments(comments: object[]): void };
  hasComments: boolean;
  _writeLegacyData(): void;
  _writeDataValidations(): void;
  _write(text: string): void;
}

const HYPERLINK_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';

// exceljs's note model (with the box defaults its VML writer needs), from its Note class alone.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const Note = require('exceljs/lib/doc/note') as new (text: string) => { model: object };

/**
 * The notes and hyperlinks a plan carries onto table cells (archive: what a team hung on the
 * tickets it moves). Notes go through the writer's own comments writer, as exceljs writes a
 * cell's note. Hyperlinks are written here, after the data validations where the schema puts
 * them (exceljs's streaming writer would put its own before the conditional formats, which
 * Excel repairs); a hyperlink leaves the cell's value and type as they are.
 */
function writeAnnotations(sw: SheetWriterInternals, tables: readonly TablePlan[]): void {
  const comments: object[] = [];
  const links: string[] = [];
  for (const t of tables)
    for (const a of t.annotations ?? []) {
      const address = `${colLetter(t.left + a.col)}${t.top + 1 + a.row}`;
      if (a.note !== undefined) comments.push({ ...new Note(a.note).model, ref: address });
      if (!a.link?.target && !a.link?.location) continue;
      const id = a.link.target ? ` r:id="${sw._sheetRelsWriter.addRelationship({ Target: a.link.target, Type: HYPERLINK_REL, TargetMode: 'External' })}"` : '';
      const location = a.link.location ? ` location="${xmlEscape(a.link.location)}"` : '';
      const tooltip = a.link.tooltip ? ` tooltip="${xmlEscape(a.link.tooltip)}"` : '';
      links.push(`<hyperlink ref="${address}"${id}${location}${tooltip}/>`);
    }
  if (comments.length) {
    sw.hasComments = true;
    sw._sheetCommentsWriter.addComments(comments);
  }
  if (links.length) {
    const original = sw._writeDataValidations.bind(sw);
    sw._writeDataValidations = () => {
      original();
      sw._write(`<hyperlinks>${links.join('')}</hyperlinks>`);
    };
  }
}

/** How a sheet's rows reach the streaming writer: as XML directly (writeSheetRows), or another way. */
export type RowsWriter = (
  ws: ExcelJS.Worksheet,
  sheet: SheetPlan,
  onRow: (r: number, planRows: number) => void,
) => void;

/**
 * Writes the plan with the streaming writer. Rows are written as XML directly (streamRows.ts);
 * `rows` swaps that step (streamRows.test.ts passes exceljs's own Row and Cell objects, the
 * reference the direct text is compared with).
 */
export async function writePlanStreaming(
  plan: WorkbookPlan,
  path: string,
  onProgress?: (done: number, total: number, stage: string) => void,
  opts: { rows?: RowsWriter } = {},
): Promise<void> {
  // exceljs's streaming writer alone: the whole library (its readers too) takes a quarter of a second more to load.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const WorkbookWriter = require('exceljs/lib/stream/xlsx/workbook-writer') as typeof ExcelJS.stream.xlsx.WorkbookWriter;
  const wb = new WorkbookWriter({ filename: path, useStyles: true, useSharedStrings: true });
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

  const total = plan.sheets.reduce(
    (n, s) => n + s.blocks.reduce((m, b) => m + (b.kind === 'table' ? b.rows.length : b.rows.length), 0),
    0,
  );
  let done = 0;

  for (const sheet of plan.sheets) {
    const ws = wb.addWorksheet(sheet.name, sheetOptions(sheet));
    const sw = ws as unknown as SheetWriterInternals;
    const tables = sheet.blocks.filter((b): b is TablePlan => b.kind === 'table');
    // Column widths must be set before the first row is committed.
    for (const [c, w] of Object.entries(sheet.widths ?? {})) ws.getColumn(Number(c)).width = w;
    sheetLayout(ws as unknown as ExcelJS.Worksheet, sheet);
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
        const ids = parts.map((target) =>
          sw._sheetRelsWriter.addRelationship({ Target: `../tables/${target}`, Type: TABLE_REL }),
        );
        sw._write(
          `<tableParts count="${ids.length}">${ids.map((id) => `<tablePart r:id="${id}"/>`).join('')}</tableParts>`,
        );
      };
    }

    const onRow = (r: number, planRows: number): void => {
      done += planRows;
      if (onProgress && r % 5000 === 0) onProgress(done, total, sheet.name);
    };
    if (opts.rows) opts.rows(ws as unknown as ExcelJS.Worksheet, sheet, onRow);
    else await writeSheetRows(ws as unknown as SheetWriter, sheet, onRow);
    writeAnnotations(sw, tables);
    ws.commit();
  }
  for (const n of plan.definedNames) wb.definedNames.add(`'${n.sheet.replace(/'/g, "''")}'!${n.ref}`, n.name);
  await wb.commit();
  onProgress?.(total, total, 'done');
}

export type { SheetPlan };
