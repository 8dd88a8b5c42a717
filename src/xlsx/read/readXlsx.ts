/**
 * Reads an .xlsx package written by Excel, LibreOffice, WPS, openpyxl or XlsxWriter into grids
 * of plain cells and tables by name: yauzl for the zip (random access, one part at a time),
 * saxes for the XML (streamed; no whole-workbook model), parts found through relationships.
 * Formula cells give their cached result; those without one (openpyxl writes them) give no
 * cell and a note with their formula, for the import report.
 */
import type { TableData } from '../../workbook/types';
import { colLetters, parseRange } from './cellRef';
import { parseRels, relsPathOf } from './partPaths';
import { READ_LIMITS, type ReadLimits } from './limits';
import { noSheets, notXlsx } from './messages';
import { readSharedStrings } from './sharedStrings';
import { readSheetGrid } from './sheet';
import { dateStyles } from './styles';
import { tableFromGrid } from './tableData';
import { UnusableInputError } from './unusable';
import { readWorkbookParts, tablePartsOf } from './workbookParts';
import { openZip, type ZipPackage } from './zip';
import type { RawCell } from '../../workbook/types';

export interface SheetGrid {
  name: string;
  grid: RawCell[][];
}

/** A hyperlink whose target is not written into any ticket: the import report names it. */
export interface HyperlinkNote {
  sheet: string;
  /** 1-based row and the cell reference (F2). */
  line: number;
  cell: string;
  target: string;
  kind: 'hyperlink';
}

/** A formula cell without a cached value: no cell was read; the import report quotes the formula. */
export interface FormulaNote {
  sheet: string;
  /** 1-based row and the cell reference (F4). */
  line: number;
  cell: string;
  formula: string;
  kind: 'formula';
}

export interface XlsxBook {
  kind: 'xlsx';
  sheets: SheetGrid[];
  /** Excel tables by name, wherever they are. */
  tables: Map<string, TableData>;
  notes: (HyperlinkNote | FormulaNote)[];
}

export async function readXlsxPackage(path: string, limits: ReadLimits = READ_LIMITS): Promise<XlsxBook> {
  let zip: ZipPackage;
  try {
    zip = await openZip(path);
  } catch (e) {
    if (e instanceof UnusableInputError) throw e;
    throw notXlsx(path);
  }
  try {
    return await readOpened(zip, path, limits);
  } catch (e) {
    if (e instanceof UnusableInputError) throw e;
    throw notXlsx(path);
  } finally {
    zip.close();
  }
}

async function readOpened(zip: ZipPackage, path: string, limits: ReadLimits): Promise<XlsxBook> {
  const parts = await readWorkbookParts(zip);
  const sharedStrings = parts.sharedStrings ? await readSharedStrings(await zip.stream(parts.sharedStrings), limits) : [];
  const styles = dateStyles(parts.styles ? await zip.text(parts.styles) : null);
  const budget = { cells: 0 };
  const sheets: SheetGrid[] = [];
  const tables = new Map<string, TableData>();
  const notes: (HyperlinkNote | FormulaNote)[] = [];
  for (const s of parts.sheets) {
    if (s.kind !== 'worksheet') continue;
    const stream = await zip.stream(s.part);
    if (!stream) continue;
    const hyperlinks: { ref: string; rid: string; location: string }[] = [];
    const formulas: { row: number; col: number; formula: string }[] = [];
    const grid = await readSheetGrid(stream, { sharedStrings, dateStyles: styles, date1904: parts.date1904, budget, limits, hyperlinks, formulas });
    sheets.push({ name: s.name, grid });
    for (const f of formulas) notes.push({ sheet: s.name, line: f.row, cell: `${colLetters(f.col)}${f.row}`, formula: f.formula, kind: 'formula' });
    if (hyperlinks.length) {
      const targets = new Map(parseRels(await zip.text(relsPathOf(s.part)), s.part).map((r) => [r.id, r.target]));
      for (const h of hyperlinks) {
        const target = [targets.get(h.rid), h.location && `#${h.location}`].filter(Boolean).join(' ');
        const cell = h.ref.split(':')[0].toUpperCase();
        if (target) notes.push({ sheet: s.name, line: Number(/\d+/.exec(cell)?.[0] ?? 0), cell, target, kind: 'hyperlink' });
      }
    }
    const placed = (await tablePartsOf(zip, s)).flatMap((t) => {
      const box = parseRange(t.ref);
      return box && t.name ? [{ t, box }] : [];
    });
    for (const { t, box } of placed) {
      const others = placed.filter((o) => o.t !== t).map((o) => o.box);
      tables.set(t.name, tableFromGrid(grid, { name: t.name, sheet: s.name, box, headerRowCount: t.headerRowCount, totalsRowCount: t.totalsRowCount, columns: t.columns, others }));
    }
  }
  if (sheets.length === 0) throw noSheets(path);
  return { kind: 'xlsx', sheets, tables, notes };
}
