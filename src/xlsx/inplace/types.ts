/** The edit (src/workbook/packageEdit.ts) and what applying it did. */
export type { ColourRules, DefinedNameEdit, NewSheetEdit, NewTableEdit, OwnedSheetEdit, TableEdit, TableRowEdit, WorkbookEdit } from '../../workbook/packageEdit';

export interface EditResult {
  /** Parts written anew; every other part was copied byte for byte. */
  changed: string[];
  /** Parts dropped (the calculation chain, which Excel rebuilds). */
  removed: string[];
  /** Defined names written (`definedNames` of the edit the workbook lacked, or replaced). */
  names: string[];
  /** Notes (comments) and hyperlinks that left with table rows the edit removed (archive). */
  dropped: Dropped;
}

/** What left with removed table rows: notes (comments) and hyperlinks. */
export interface Dropped {
  notes: number;
  links: number;
}
