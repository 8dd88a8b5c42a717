/**
 * A sheet's print setup through Office.js, as the file host writes it: A4, orientation, scale or
 * fit to width, narrow margins, page order, repeated title rows and columns, print area, header
 * and footer (ExcelApi 1.9, `worksheet.pageLayout`), and manual page breaks
 * (`worksheet.horizontalPageBreaks`, 1.9). Hidden columns need only 1.2 (`range.columnHidden`).
 */
import { MARGINS, sectionCode } from '../workbook/plan/pageSetup';
import type { HeaderFooterPlan, SheetPlan } from '../workbook/types';
import { colLetters } from './sheetNames';
import { rangeAt } from './rangeAt';

/**
 * Inches in points, to the hundredth (Office.js takes margins in points).
 * @example points(0.6) // → 43.2
 */
export const points = (inches: number): number => Math.round(inches * 72 * 100) / 100;

/**
 * The zoom of a page setup: a fixed scale, or so many pages wide and as many tall as it takes.
 * @example zoomOf({ scale: 85 }) // → { scale: 85 }
 * @example zoomOf({ scale: 85, fitToWidth: 1 }) // → { horizontalFitToPages: 1, verticalFitToPages: 0 }
 */
export const zoomOf = (p: { scale: number; fitToWidth?: number }): Excel.PageLayoutZoomOptions =>
  p.fitToWidth ? { horizontalFitToPages: p.fitToWidth, verticalFitToPages: 0 } : { scale: p.scale };

/** Applies the plan's page setup and page breaks to `ws` (needs ExcelApi 1.9). */
export function applyPageLayout(ws: Excel.Worksheet, sh: SheetPlan): void {
  const p = sh.pageSetup;
  const layout = ws.pageLayout;
  layout.paperSize = 'A4';
  layout.orientation = p.orientation === 'portrait' ? 'Portrait' : 'Landscape';
  layout.zoom = zoomOf(p);
  layout.printOrder = p.order === 'downThenOver' ? 'DownThenOver' : 'OverThenDown';
  const m = MARGINS[p.margins];
  layout.leftMargin = points(m.left);
  layout.rightMargin = points(m.right);
  layout.topMargin = points(m.top);
  layout.bottomMargin = points(m.bottom);
  layout.headerMargin = points(m.header);
  layout.footerMargin = points(m.footer);
  if (p.titleRows) layout.setPrintTitleRows(`$${p.titleRows[0]}:$${p.titleRows[1]}`);
  if (p.titleColumns) layout.setPrintTitleColumns(`$${colLetters(p.titleColumns[0])}:$${colLetters(p.titleColumns[1])}`);
  if (p.printArea) layout.setPrintArea(p.printArea);
  const hf = layout.headersFooters.defaultForAllPages;
  const header = sections(p.header);
  const footer = sections(p.footer);
  hf.leftHeader = header.left;
  hf.centerHeader = header.center;
  hf.rightHeader = header.right;
  hf.leftFooter = footer.left;
  hf.centerFooter = footer.center;
  hf.rightFooter = footer.right;
  for (const row of sh.rowBreaks ?? []) if (row > 1) ws.horizontalPageBreaks.add(`A${row}`);
}

/** Hides the plan's hidden columns (ExcelApi 1.2). */
export function hideColumns(ws: Excel.Worksheet, sh: SheetPlan): void {
  for (const c of sh.hiddenColumns ?? []) rangeAt(ws, 0, c - 1, 1, 1).getEntireColumn().columnHidden = true;
}

const sections = (h: HeaderFooterPlan | undefined): Required<HeaderFooterPlan> => ({
  left: h?.left ? sectionCode(h.left) : '',
  center: h?.center ? sectionCode(h.center) : '',
  right: h?.right ? sectionCode(h.right) : '',
});
