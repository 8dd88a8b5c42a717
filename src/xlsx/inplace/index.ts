/**
 * In-place editing of a team's workbook (the file host's answer to "nothing lost").
 *
 *   await editWorkbook(inputPath, destPath, edit): Promise<EditResult>
 *
 * reads the package at `inputPath` and writes a complete package to `destPath` (the caller
 * claims it: src/cli/outputFile.ts; nothing is renamed here) in which ONLY these parts change:
 * - the worksheets holding the tables named in `edit.tables` (`Tickets`, `Ticket_Log`,
 *   `Subtasks`, a `Config_…` table on a schema upgrade — found by table name wherever they are,
 *   or by `range` for a table that became a plain range): the rows of the table's body, each new
 *   row keeping the cells of the original row it names (`from`) and taking the new values given
 *   (`cells`, `undefined` = keep); a replaced cell keeps its style index; a formula cell is kept;
 * - the table parts of those tables (`ref` and its autoFilter, to the new body);
 * - the sheets named in `edit.ownedSheets` (statistics, summary), rewritten from their plan,
 *   with the refs of the tables on them;
 * - ServiceBook's red and amber conditional formats on the Tickets sheet (`edit.colours`): their
 *   range and formula only, so they follow the configuration and cover the grown table;
 * - ServiceBook's list dropdowns (`SB_List_…` sources) of a table's columns, stretched over a
 *   table that grew past them (`listRoom`; listValidations.ts), the team's own left as they are;
 * - the charts and PivotTables ServiceBook drew on the owned sheets, regenerated from
 *   `edit.ownedPlan` (ownedParts.ts; the team's own charts and PivotTables are not touched);
 * - on a schema upgrade (`edit.newSheet`, `edit.definedNames`: src/workbook/schemaUpgrade.ts), a
 *   new worksheet after the last with the Config tables the workbook lacks (newSheet.ts: its
 *   part, table parts, relationships, the workbook's `<sheet>`, content types and, when the
 *   workbook has no `yyyy-mm-dd` cell format, one more in styles), and the defined names it
 *   lacks (definedNames.ts) in the workbook part;
 * - the calculation chain is dropped when any sheet is rewritten (Excel rebuilds it; a stale one
 *   makes Excel repair the file), with its content-type override and relationship.
 * Every other entry — other sheets, charts, drawings, images, PivotTables and caches, comments,
 * threaded comments, styles, shared strings, defined names, the workbook part, data validations,
 * a team's conditional formats and extLst inside edited sheets (outside `sheetData`), vbaProject.bin —
 * is copied compressed, byte for byte. Rows outside an edited range are copied as text.
 *
 * Archive (issue 13) removes rows with it: `rows` lists the surviving body rows by `from`
 * (e.g. `[{ from: 0 }, { from: 3 }]`), and the rows below the new body lose their table cells.
 * Values: text is always written as an inline string (never a formula); a PlanDateTime becomes a
 * serial in a date-styled cell, else `yyyy-mm-dd hh:mm` text; a PlanFormula carries its result.
 */
import type { Entry } from 'yauzl';
import { parseRels, relKind, relsPathOf } from '../read/partPaths';
import { dateStyles, styleOfFormat } from '../read/styles';
import { DATETIME_FORMAT } from '../../workbook/ticketTable';
import { readWorkbookParts, tablePartsOf, type TablePart } from '../read/workbookParts';
import { openZip, type ZipPackage } from '../read/zip';
import { parseRange, rangeRef } from '../read/cellRef';
import { syncColourRules } from './colourRules';
import { widenListValidations } from './listValidations';
import { editSheetTail, type TailEdit } from './tailText';
import { anchorsFollowRows, rowMoves } from './movedAnchors';
import { notesFollowRows, vmlNotesFollowRows } from './movedNotes';
import { keptBody, totalsRowRefusal } from './totalsRow';
import { writeOwnedSheet } from './ownedSheet';
import { EditedPackage, refreshOwnedParts } from './ownedParts';
import { partPieces, partText, type PartBytes } from './partBytes';
import { parseSheetXml, piecesText } from './sheetXml';
import { newBottom, writeTableRows, type PlacedTable } from './tableRows';
import { addNewTable } from './newTable';
import { addNewSheet } from './newSheet';
import { withDefinedNames } from './definedNames';
import type { Dropped, EditResult, WorkbookEdit } from './types';
import { annotationParts } from './addedAnnotations';
import { xmlText } from './xmlText';
import { ZipWriter } from './zipWrite';
import { stringIndexesInBytes } from './usedStrings';

export type { Dropped, EditResult, OwnedSheetEdit, TableEdit, TableRowEdit, WorkbookEdit } from './types';

/** Sheet parts can be large: read as one string up to V8's limit. */
const SHEET_TEXT_BYTES = 480 * 1024 * 1024;

/**
 * Renames a table part's columns where `names` gives a new name (by 0-based column).
 * @example setColumnNames('<tableColumn id="1" name="a"/><tableColumn id="2" name="b"/>', [undefined, 'c&d']) === '<tableColumn id="1" name="a"/><tableColumn id="2" name="c&amp;d"/>'
 */
export function setColumnNames(xml: string, names: readonly (string | undefined)[]): string {
  let i = 0;
  return xml.replace(/(<(?:[\w.-]+:)?tableColumn\b[^>]*?\sname=")[^"]*"/g, (m, head: string) => {
    const n = names[i++];
    return n === undefined ? m : `${head}${xmlText(n)}"`;
  });
}

/**
 * Sets a table part's ref (and its autoFilter's) to `ref`.
 * @example setTableRef('<table ref="A1:B3"><autoFilter ref="A1:B3"/></table>', 'A1:B9') === '<table ref="A1:B9"><autoFilter ref="A1:B9"/></table>'
 */
export function setTableRef(xml: string, ref: string): string {
  return xml.replace(/(<(?:[\w.-]+:)?table\b[^>]*?\sref=")[^"]*"/, `$1${ref}"`).replace(/(<(?:[\w.-]+:)?autoFilter\b[^>]*?\sref=")[^"]*"/, `$1${ref}"`);
}

export async function editWorkbook(inputPath: string, destPath: string, edit: WorkbookEdit): Promise<EditResult> {
  const zip = await openZip(inputPath);
  try {
    const names: string[] = [];
    const dropped: Dropped = { notes: 0, links: 0 };
    const changed = await changedParts(zip, edit, names, dropped);
    return { ...(await writePackage(zip, destPath, changed)), names, dropped };
  } finally {
    zip.close();
  }
}

/** New content of every part the edit changes (null: the part is removed); the defined names it wrote go to `names`. */
async function changedParts(zip: ZipPackage, edit: WorkbookEdit, names: string[], dropped: Dropped): Promise<Map<string, PartBytes | null>> {
  const parts = await readWorkbookParts(zip);
  const stylesXml = parts.styles ? await zip.text(parts.styles) : null;
  const styles = dateStyles(stylesXml);
  const dateTimeStyle = styleOfFormat(stylesXml, DATETIME_FORMAT);
  const tables = new Map<string, TablePart>();
  for (const s of parts.sheets) if (s.kind === 'worksheet') for (const t of await tablePartsOf(zip, s)) tables.set(t.name, t);
  const sheetPartOf = new Map(parts.sheets.map((s) => [s.name, s.part]));
  // A rewritten sheet is kept as UTF-8 pieces; it becomes one string again only if a second edit reads it.
  const sheetText = new Map<string, string | Buffer[]>();
  const textOf = async (part: string): Promise<string> => {
    const x = sheetText.get(part);
    if (x === undefined) {
      const text = (await zip.text(part, SHEET_TEXT_BYTES)) ?? '';
      sheetText.set(part, text);
      return text;
    }
    return typeof x === 'string' ? x : piecesText(x);
  };
  const tableText = new Map<string, string>();
  const out = new Map<string, PartBytes | null>();

  // Edits of what follows a sheet's cells (conditional formats, data validations), applied once its
  // rows are written: never to a copy of a whole 100,000-row sheet's text (tailText.ts).
  const tailEdits = new Map<string, TailEdit[]>();
  const editTail = (part: string, f: TailEdit): void => {
    tailEdits.set(part, [...(tailEdits.get(part) ?? []), f]);
  };

  // The colours (their range follows the edited body).
  if (edit.colours) {
    const sheetPart = tables.get(edit.colours.table)?.sheetPart;
    const wb = (await zip.text(parts.workbook)) ?? '';
    // The business-time amber reads SB_HolidayDates: the workbook has it, or this edit adds it.
    const hasNames = /<(?:[\w.-]+:)?definedName\b[^>]*\sname="SB_HolidayDates"/.test(wb) || (edit.definedNames ?? []).some((n) => n.name === 'SB_HolidayDates');
    const rules = hasNames ? edit.colours.byNames : edit.colours.clock;
    const t = tables.get(edit.colours.table);
    const body = edit.tables?.find((x) => x.table === edit.colours!.table)?.rows.length;
    const box = t ? parseRange(t.ref) : null;
    const lastRow = box ? box.top + Math.max(1, body ?? box.bottom - box.top) : 0;
    if (sheetPart && box) editTail(sheetPart, (tail) => syncColourRules(tail, rules.red, rules.amber, lastRow));
  }

  for (let te of edit.tables ?? []) {
    const part = tables.get(te.table);
    let sheetPart: string;
    let placed;
    if (part) {
      const box = parseRange(part.ref);
      if (!box) throw new Error(`table ${te.table} has no valid ref`);
      if (part.headerRowCount === 0) throw totalsRowRefusal(te.table);
      sheetPart = part.sheetPart;
      placed = { headerRow: box.top, left: box.left, right: box.right, refBottom: box.bottom - part.totalsRowCount };
      // A total row stays under a body that keeps its rows (totalsRow.ts); its ref stays.
      const kept = part.totalsRowCount > 0 ? keptBody(te.rows, placed.refBottom - box.top) : null;
      if (part.totalsRowCount > 0 && !kept) throw totalsRowRefusal(te.table);
      if (kept) te = { ...te, rows: kept };
      const bottom = newBottom(placed, te.rows.length);
      // Rows that move (archive) take their hyperlinks and merged ranges along.
      const moves = rowMoves(placed, te.rows);
      if (moves.size) {
        editTail(sheetPart, anchorsFollowRows(placed, moves, dropped));
        await moveNotes(zip, out, sheetPart, placed, moves, dropped);
      }
      const room = te.listRoom;
      if (room !== undefined) editTail(sheetPart, (tail) => widenListValidations(tail, { headerRow: box.top, left: box.left, right: box.right }, bottom, bottom + room));
      const read = tableText.get(part.part) ?? (await zip.text(part.part)) ?? '';
      const xml = kept ? read : setTableRef(read, rangeRef({ ...box, bottom }));
      tableText.set(part.part, te.headers ? setColumnNames(xml, te.headers) : xml);
    } else if (te.range) {
      const sp = sheetPartOf.get(te.range.sheet);
      if (!sp) throw new Error(`no sheet ${te.range.sheet}`);
      sheetPart = sp;
      const r = te.range;
      placed = { headerRow: r.headerRow, left: r.left, right: r.left + r.width - 1, refBottom: r.headerRow };
    } else throw new Error(`no table ${te.table}`);
    // A sheet not yet edited is read as bytes (one per character): half the memory of its text.
    const sheet = sheetText.has(sheetPart) ? parseSheetXml(await textOf(sheetPart)) : parseSheetXml((await zip.bytes(sheetPart, SHEET_TEXT_BYTES))?.toString('latin1') ?? '', { binary: true });
    sheetText.set(sheetPart, writeTableRows(sheet, placed, te.rows, styles, te.headers, dateTimeStyle, parts.date1904));
  }

  for (const nt of edit.newTables ?? []) {
    const sp = sheetPartOf.get(nt.sheet);
    if (!sp) throw new Error(`no sheet ${nt.sheet}`);
    const added = await addNewTable(zip, out, sp, await textOf(sp), nt, [...tables.values()], styles);
    sheetText.set(sp, added.sheet);
    for (const [part, text] of added.parts) out.set(part, Buffer.from(text, 'utf8'));
  }

  // A schema upgrade: the Config tables the workbook lacks on a sheet of their own, and the names over them.
  const pkgText = async (name: string): Promise<string | null> => {
    const b = out.get(name);
    return b ? partText(b) : b === null ? null : zip.text(name);
  };
  if (edit.newSheet) {
    const ids: number[] = [];
    for (const t of tables.values()) ids.push(Number(/<(?:[\w.-]+:)?table\b[^>]*?\sid="(\d+)"/.exec((await pkgText(t.part)) ?? '')?.[1] ?? 0));
    await addNewSheet(new EditedPackage(zip, out), parts.workbook, parts.styles, edit.newSheet, ids, parts.date1904);
  }
  if (edit.definedNames?.length) {
    const sheetNames = [...parts.sheets.map((s) => s.name), ...(edit.newSheet ? [edit.newSheet.sheet] : [])];
    const r = withDefinedNames((await pkgText(parts.workbook)) ?? '', edit.definedNames, sheetNames);
    if (r.written.length) out.set(parts.workbook, Buffer.from(r.xml, 'utf8'));
    names.push(...r.written);
  }

  for (const os of edit.ownedSheets ?? []) {
    const sp = sheetPartOf.get(os.sheet);
    if (!sp) continue;
    sheetText.set(sp, writeOwnedSheet(parseSheetXml(await textOf(sp)), os.cells, styles, parts.date1904));
    for (const [name, ref] of os.tableRefs ?? []) {
      const t = tables.get(name);
      if (t) tableText.set(t.part, setTableRef(tableText.get(t.part) ?? (await zip.text(t.part)) ?? '', ref));
    }
  }

  // Notes and hyperlinks on cells of the tables (archive --append: those of the tickets moved in).
  for (const ae of edit.annotations ?? []) {
    const t = tables.get(ae.table);
    const box = t ? parseRange(t.ref) : null;
    if (!t || !box || !ae.items.length) continue;
    const head = await partHead(zip, t.sheetPart);
    const prefix = /<([\w.-]+:)?worksheet\b/.exec(head)?.[1] ?? '';
    const r = /xmlns:([\w.-]+)="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships"/.exec(head)?.[1] ?? 'r';
    const top = box.top + t.headerRowCount;
    const items = ae.items.map((a) => ({ ...a, row: top + a.row, col: box.left + a.col }));
    const added = await annotationParts({ text: pkgText, names: () => [...zip.names, ...out.keys()] }, t.sheetPart, items, prefix, r);
    for (const [part, text] of added.parts) out.set(part, Buffer.from(text, 'utf8'));
    for (const f of added.tail) editTail(t.sheetPart, f);
  }

  for (const [part, edits] of tailEdits) {
    const x = sheetText.get(part) ?? (await textOf(part));
    const edited = editSheetTail(x, edits);
    if (edited !== null) sheetText.set(part, edited);
  }
  for (const [part, text] of [...sheetText, ...tableText]) out.set(part, typeof text === 'string' ? Buffer.from(text, 'utf8') : text);
  if (sheetText.size) {
    await dropCalcChain(zip, parts.workbook, out);
    if (edit.ownedPlan) {
      const owned = (edit.ownedSheets ?? []).flatMap((os) => {
        const part = sheetPartOf.get(os.sheet);
        return part ? [{ part, name: os.sheet }] : [];
      });
      await refreshOwnedParts(new EditedPackage(zip, out), edit.ownedPlan, owned, parts.workbook);
    }
    if (parts.sharedStrings) {
      const worksheets = parts.sheets.filter((s) => s.kind === 'worksheet').map((s) => s.part);
      const used = new Set<number>();
      for (const w of worksheets) {
        const x = out.get(w);
        // Pieces of a rewritten sheet are cut between rows, so no cell straddles two.
        if (x) for (const piece of partPieces(x)) stringIndexesInBytes(piece, used);
        else {
          const bytes = await zip.bytes(w, SHEET_TEXT_BYTES);
          if (bytes) stringIndexesInBytes(bytes, used);
        }
      }
      const sst = await zip.text(parts.sharedStrings, SHEET_TEXT_BYTES);
      const blanked = sst === null ? null : blankUnusedStrings(sst, used);
      if (blanked !== null) out.set(parts.sharedStrings, Buffer.from(blanked, 'utf8'));
    }
  }
  return out;
}

/** The first bytes of a part (its root element and namespaces), without reading a 100,000-row sheet whole. */
async function partHead(zip: ZipPackage, part: string): Promise<string> {
  const stream = await zip.stream(part);
  if (!stream) return '';
  let head = '';
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    head += chunk.toString('utf8');
    if (head.length >= 4096) break;
  }
  stream.destroy();
  return head.slice(0, 4096);
}

/** The notes of the sheet's table rows that move go with them: its comments, threaded comments and their VML boxes (movedNotes.ts). */
async function moveNotes(zip: ZipPackage, out: Map<string, PartBytes | null>, sheetPart: string, placed: PlacedTable, moves: ReadonlyMap<number, number | null>, dropped: Dropped): Promise<void> {
  for (const rel of parseRels(await zip.text(relsPathOf(sheetPart)), sheetPart)) {
    const kind = relKind(rel.type);
    if (rel.external || !['comments', 'threadedComment', 'vmlDrawing'].includes(kind)) continue;
    const b = out.get(rel.target);
    const xml = b ? partText(b) : b === null ? null : await zip.text(rel.target);
    if (xml === null) continue;
    const edited = kind === 'vmlDrawing' ? vmlNotesFollowRows(xml, placed, moves) : notesFollowRows(xml, placed, moves, dropped);
    if (edited !== null) out.set(rel.target, Buffer.from(edited, 'utf8'));
  }
}

/**
 * The shared-string part with every string no cell uses any more emptied (indexes stay), so a
 * value refresh replaced (an unmasked phone, an ID-card number) does not linger in the file;
 * null when nothing changes.
 * @example blankUnusedStrings('<sst><si><t>a</t></si><si><t>b</t></si></sst>', new Set([1])) === '<sst><si><t/></si><si><t>b</t></si></sst>'
 */
export function blankUnusedStrings(sst: string, used: ReadonlySet<number>): string | null {
  let i = 0;
  let changed = false;
  const out = sst.replace(/<((?:[\w.-]+:)?)si\b[^>]*?(?:\/>|>[\s\S]*?<\/\1si>)/g, (m, p: string) => {
    const keep = used.has(i++) || m === `<${p}si><${p}t/></${p}si>`;
    if (keep) return m;
    changed = true;
    return `<${p}si><${p}t/></${p}si>`;
  });
  return changed ? out : null;
}

/** Removes xl/calcChain.xml with its relationship and content-type override. */
async function dropCalcChain(zip: ZipPackage, workbook: string, out: Map<string, PartBytes | null>): Promise<void> {
  const relsPart = relsPathOf(workbook);
  const changedRels = out.get(relsPart);
  const relsXml = changedRels ? partText(changedRels) : await zip.text(relsPart);
  const chain = parseRels(relsXml, workbook).find((r) => relKind(r.type) === 'calcChain' && !r.external);
  if (!chain || !relsXml) return;
  out.set(chain.target, null);
  out.set(relsPart, Buffer.from(relsXml.replace(new RegExp(`<Relationship\\b[^>]*?Id="${chain.id}"[^>]*/>`), ''), 'utf8'));
  const changedCt = out.get('[Content_Types].xml');
  const ct = changedCt ? partText(changedCt) : await zip.text('[Content_Types].xml');
  if (ct) out.set('[Content_Types].xml', Buffer.from(ct.replace(/<Override\b[^>]*?PartName="\/?[^"]*calcChain\.xml"[^>]*\/>/i, ''), 'utf8'));
}

/**
 * Writes `zip` to `dest` with the parts in `changed` replaced (null: removed) or added, every
 * other entry copied compressed, byte for byte.
 */
export async function writePackage(zip: ZipPackage, dest: string, changed: ReadonlyMap<string, PartBytes | null>): Promise<EditResult> {
  const byLower = new Map([...changed].map(([k, v]) => [k.toLowerCase(), v]));
  const w = new ZipWriter(dest);
  const result: EditResult = { changed: [], removed: [], names: [], dropped: { notes: 0, links: 0 } };
  try {
    for (const name of zip.names) {
      const e = zip.entry(name) as Entry;
      const key = name.toLowerCase();
      const stamp = { time: e.lastModFileTime, date: e.lastModFileDate };
      if (byLower.has(key)) {
        const data = byLower.get(key);
        if (data === null || data === undefined) {
          result.removed.push(name);
          continue;
        }
        await w.add(name, data, stamp);
        result.changed.push(name);
        continue;
      }
      if (e.generalPurposeBitFlag & 1) throw new Error('encrypted zip entry');
      await w.copy({ name, method: e.compressionMethod, crc: e.crc32, csize: e.compressedSize, usize: e.uncompressedSize, ...stamp }, await zip.rawStream(e));
    }
    // Parts the edit adds (a regenerated chart or PivotTable under a new name).
    const present = new Set(zip.names.map((n) => n.toLowerCase()));
    const first = zip.entry(zip.names[0]) as Entry;
    for (const [name, data] of changed) {
      if (data === null || present.has(name.toLowerCase())) continue;
      await w.add(name, data, { time: first.lastModFileTime, date: first.lastModFileDate });
      result.changed.push(name);
    }
    await w.finish();
  } catch (err) {
    w.abort();
    throw err;
  }
  return result;
}

