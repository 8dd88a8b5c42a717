/**
 * A rectangle of a sheet by 0-based indexes, through `getRange(address)` (ExcelApi 1.1) rather
 * than `getRangeByIndexes` (1.7), so the same code runs on Excel 2016.
 */
import { a1 } from './sheetNames';

/**
 * @example rangeAddress(0, 0, 2, 3) // 'A1:C2'
 */
export const rangeAddress = (row0: number, col0: number, rows = 1, cols = 1): string =>
  rows === 1 && cols === 1 ? a1(row0 + 1, col0 + 1) : `${a1(row0 + 1, col0 + 1)}:${a1(row0 + rows, col0 + cols)}`;

export const rangeAt = (ws: Excel.Worksheet, row0: number, col0: number, rows = 1, cols = 1): Excel.Range => ws.getRange(rangeAddress(row0, col0, rows, cols));
