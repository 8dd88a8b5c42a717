/**
 * What an in-place edit of a team's workbook says, host-independent: the new body of each
 * ServiceBook table (rows kept by reference to the original row, new values only where they
 * change) and the sheets ServiceBook owns, written anew. The file host applies it to the
 * package (src/xlsx/inplace); refreshEdit.ts builds it for `refresh`, archive for its removals.
 */
import type { PlanAnnotation, PlanCell, TablePlan, WorkbookPlan } from './types';

export interface TableRowEdit {
  /**
   * 0-based offset, from the table's first body row, of the original row whose cells this row
   * keeps (rows typed directly below the table's range count on past its end); null for a new
   * row. A row moved up (archive) takes its cells' XML along, and its hyperlinks, merged ranges
   * and notes within the table's columns (src/xlsx/inplace/movedAnchors.ts, movedNotes.ts); the
   * sheet row's height stays.
   */
  from: number | null;
  /** New values by 0-based table column; `undefined` keeps the original cell exactly as it was. */
  cells?: readonly (PlanCell | undefined)[];
}

export interface TableEdit {
  /** Table name (`Tickets`, `Ticket_Log`, `Subtasks`, …), found wherever it is. */
  table: string;
  /** For a table that became a plain range (no table part): where it is (1-based). */
  range?: { sheet: string; headerRow: number; left: number; width: number };
  /** The table's whole new body, top to bottom. */
  rows: readonly TableRowEdit[];
  /** New header texts by 0-based column (`undefined` keeps the header); the table part's column names follow. */
  headers?: readonly (string | undefined)[];
  /**
   * When the new body ends below ServiceBook's list dropdowns of the table's columns (`SB_List_…`
   * sources), they are stretched over it and this many rows more (GROWTH_ROWS); unset: untouched.
   */
  listRoom?: number;
}

export interface OwnedSheetEdit {
  /** Sheet name. */
  sheet: string;
  /** The sheet's whole new content: 1-based row → 1-based column → value. Other cells are removed. */
  cells: ReadonlyMap<number, ReadonlyMap<number, PlanCell>>;
  /** New refs (`A9:D30`) of tables on this sheet, by table name. */
  tableRefs?: ReadonlyMap<string, string>;
}

/**
 * A table the workbook lacks, added on a schema upgrade (archive adds Config_Reserved to a
 * workbook an earlier version wrote): placed on `sheet` two columns right of everything there,
 * its caption on row 1 and its header on row 2.
 */
export interface NewTableEdit {
  table: string;
  sheet: string;
  caption: string;
  headers: readonly string[];
  rows: readonly (readonly PlanCell[])[];
}

/**
 * A sheet added after the last one on a schema upgrade (src/workbook/schemaUpgrade.ts): the
 * configuration tables the workbook lacks, each at its plan's place (caption above the header),
 * the column widths of the plan.
 */
export interface NewSheetEdit {
  sheet: string;
  blocks: readonly TablePlan[];
}

/**
 * A workbook-scope defined name, `'sheet'!ref`: written when the workbook lacks it (or its
 * definition refers to no sheet: `#REF!`, a deleted sheet), or in any case with `replace`.
 */
export interface DefinedNameEdit {
  name: string;
  sheet: string;
  /** Absolute A1 reference, e.g. `$A$3:$A$770`. */
  ref: string;
  replace: boolean;
}

/** ServiceBook's red (overdue) and amber (due soon) colours of a sheet: range and formula. */
export interface ColourRules {
  red: { ref: string; formula: string };
  amber: { ref: string; formula: string };
}

export interface WorkbookEdit {
  tables?: readonly TableEdit[];
  /**
   * The colours of `table`'s sheet set anew, so they follow the configuration (weekly hours, SLA
   * units) and cover the table as it grows: `byNames` when the workbook defines SB_HolidayDates
   * (the business-time amber reads it), else `clock`.
   */
  colours?: { table: string; byNames: ColourRules; clock: ColourRules };
  newTables?: readonly NewTableEdit[];
  /** Configuration tables a schema upgrade adds, on a sheet of their own after the last one. */
  newSheet?: NewSheetEdit;
  /** Defined names a schema upgrade adds (SB_HolidayDates …); a name the colours read counts as present for them. */
  definedNames?: readonly DefinedNameEdit[];
  /** Sheets ServiceBook owns and regenerates (statistics, summary). */
  ownedSheets?: readonly OwnedSheetEdit[];
  /** The plan whose charts and PivotTables replace ServiceBook's own on the owned sheets (its sheet names are the workbook's). */
  ownedPlan?: WorkbookPlan;
  /** Notes and hyperlinks added to tables' body cells (0-based rows of the body after the edit): archive --append. */
  annotations?: readonly { table: string; items: readonly PlanAnnotation[] }[];
}
