/**
 * How each sheet prints (A4): the words of headers and footers, and the width budget that keeps a
 * report legible. Pure; both hosts turn a PageSetupPlan into their own page setup.
 */
import type { Locale } from '../../core/schema/fieldMeta';
import type { HeaderFooterPlan, PageSetupPlan } from '../types';
import { words } from '../../core/i18n/words';

const PAGE_OF = words('page.pageOf');
const AS_OF = words('page.asOf');

/** The footer every sheet gets: the sheet's name left, the page number centred. */
export function pageFooter(sheetName: string, locale: Locale): HeaderFooterPlan {
  return { left: sheetName, center: PAGE_OF[locale] };
}

/**
 * The header of a report page: its title, the period and the as-of time.
 * @example reportHeader('服务统计报表', '2024年3月', '2024-03-31T23:00', 'zh-CN')
 * // → { left: '服务统计报表', center: '2024年3月', right: '统计时点 2024-03-31 23:00' }
 */
export function reportHeader(title: string, period: string, asOf: string, locale: Locale): HeaderFooterPlan {
  return { left: title, center: period, right: `${AS_OF[locale]} ${asOf.replace('T', ' ')}` };
}

/** Portrait report at a fixed, legible scale (statistics, read-me). */
export function portraitReport(sheetName: string, locale: Locale, header: HeaderFooterPlan, scale = REPORT_SCALE): PageSetupPlan {
  return { orientation: 'portrait', scale, margins: 'narrow', order: 'downThenOver', header, footer: pageFooter(sheetName, locale) };
}

/**
 * A wide register (tickets, log): landscape at a legible scale, the header row and the first
 * column repeated on every page, pages across the columns first so one ticket's pages follow each other.
 */
export function landscapeRegister(sheetName: string, locale: Locale, header: HeaderFooterPlan, titleColumns = true): PageSetupPlan {
  return {
    orientation: 'landscape',
    scale: REPORT_SCALE,
    margins: 'narrow',
    order: 'overThenDown',
    titleRows: [1, 1],
    ...(titleColumns ? { titleColumns: [1, 1] as [number, number] } : {}),
    header,
    footer: pageFooter(sheetName, locale),
  };
}

/** Print scale of reports and registers: 11 pt text prints at 9.35 pt. */
export const REPORT_SCALE = 85;
/** Excel's default font size, the size of every body cell the plan writes. */
export const BODY_POINTS = 11;

/** Printable width of A4 in pixels at 96 dpi with narrow margins (0.4 in left and right). */
export const PRINTABLE_PX = { portrait: Math.floor((8.27 - 0.8) * 96), landscape: Math.floor((11.69 - 0.8) * 96) };

/**
 * Width in pixels of columns of `widths` characters (Calibri 11: 7 px a character, 5 px padding).
 * @example columnsPx([10, 20]) // → 220
 */
export function columnsPx(widths: readonly number[]): number {
  return widths.reduce((a, w) => a + Math.round(w * 7 + 5), 0);
}

/**
 * Whether columns of these widths print on one page width at the page setup's scale.
 * @example fitsOnePageWide([50, 50], { orientation: 'portrait', scale: 85 }) // → true
 */
export function fitsOnePageWide(widths: readonly number[], page: Pick<PageSetupPlan, 'orientation' | 'scale'>): boolean {
  return (columnsPx(widths) * page.scale) / 100 <= PRINTABLE_PX[page.orientation];
}

/**
 * Whether rows of these heights (points, from the top of a portrait report page) put rows `from`
 * and `to` (1-based) on different pages: a page break before `from` then keeps them together.
 * A row that does not fit under the rows above it starts the next page.
 * @example splitsAcrossPages([400, 400, 50, 100], 3, 4) // → true
 * @example splitsAcrossPages([400, 400, 50, 30], 3, 4) // → false
 */
export function splitsAcrossPages(heights: readonly number[], from: number, to: number): boolean {
  const pageOf: number[] = [];
  let page = 0;
  let used = 0;
  for (const h of heights) {
    if (used > 0 && used + h > PORTRAIT_PAGE_POINTS) [page, used] = [page + 1, 0];
    used += h;
    pageOf.push(page);
  }
  return pageOf[from - 1] !== pageOf[to - 1];
}

/** Points of rows an A4 portrait report page holds: its height inside narrow margins, at the report scale. */
export const PORTRAIT_PAGE_POINTS = ((11.69 - 0.6 - 0.6) * 72 * 100) / REPORT_SCALE;

/** Margins in inches, as Excel's page setup takes them. */
export const MARGINS = {
  narrow: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  normal: { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
} as const;

/**
 * A header or footer in Excel's code: `&L`, `&C`, `&R` sections, `&&` for a literal ampersand,
 * `&P` / `&N` for the page number and count.
 * @example headerFooterCode({ left: 'R&D', center: '{page}/{pages}' }) // → '&LR&&D&C&P/&N'
 */
export function headerFooterCode(h: HeaderFooterPlan | undefined): string {
  if (!h) return '';
  return (h.left ? `&L${sectionCode(h.left)}` : '') + (h.center ? `&C${sectionCode(h.center)}` : '') + (h.right ? `&R${sectionCode(h.right)}` : '');
}

/**
 * One section of a header or footer in Excel's code (what Office.js takes per section).
 * @example sectionCode('R&D {page}/{pages}') // → 'R&&D &P/&N'
 */
export const sectionCode = (s: string): string => s.replace(/&/g, '&&').replace(/\{page\}/g, '&P').replace(/\{pages\}/g, '&N');
