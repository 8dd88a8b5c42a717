/** 开始 › 识别: finds the header row and the columns of the active sheet's table. */
import { recognizeTable } from '../../core/headers/recognizeTable';
import { detectPreset } from '../../core/presets';
import type { SheetDetection } from '../serviceBookHost';
import type { Session } from '../session';
import { readActiveGrid } from './ticketRows';

export async function detectCurrentSheet(s: Session): Promise<SheetDetection> {
  const { sheet, grid } = await readActiveGrid(s);
  const guess = recognizeTable(grid);
  const headers = guess ? guess.columns.map((c) => c.header) : [];
  const start = guess ? guess.headerRow : 0;
  return { sheetName: sheet, guess, presetGuess: detectPreset(headers), preview: grid.slice(start, start + 6) };
}
