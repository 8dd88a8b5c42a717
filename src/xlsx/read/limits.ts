/**
 * Bounds on reading a workbook, so a small or hostile file cannot exhaust memory or time: a used
 * range that claims the whole sheet (XFD1048576), a table ref over the whole sheet, a million
 * rows, a zip bomb. Cells are counted as the slots the grid holds (each row up to its last value).
 */
export const READ_LIMITS = {
  /** Excel's grid. */
  maxRow: 1_048_576,
  maxCol: 16_384,
  /** Cell slots kept for all sheets together (≈ 1,000,000 rows × 40 columns). */
  cells: 40_000_000,
  /** Zip entries in one package. */
  entries: 20_000,
  /** Decompressed size of one part (a sheet, the shared strings). */
  partBytes: 4 * 1024 * 1024 * 1024,
  /** Parts read whole as text (workbook, relationships, styles, tables). */
  smallPartBytes: 256 * 1024 * 1024,
  /** Shared strings kept (characters). */
  sharedStringChars: 400_000_000,
};

export type ReadLimits = typeof READ_LIMITS;
