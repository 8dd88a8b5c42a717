/**
 * The words ServiceBook writes into a workbook, in the workbook's locale. This is the one home of
 * the workbook's own text (sheet names, table headers, report and statistics labels, the 说明
 * sheet, configuration problems); list values are in `../vocabulary.ts`. Add a key to all three
 * files.
 */
import { fillPlaceholders, type MessageParams } from '../fillPlaceholders';
import type { Locale } from '../../schema/fieldMeta';
import { enUS } from './en-US';
import { zhCN, type WorkbookWordKey, type WorkbookWords } from './zh-CN';
import { zhTW } from './zh-TW';

export type { WorkbookWordKey, WorkbookWords };
export const WORKBOOK_WORDS: Record<Locale, WorkbookWords> = { 'zh-CN': zhCN, 'zh-TW': zhTW, 'en-US': enUS };

/**
 * One word in the three locales (for tables keyed by locale).
 * @example words('sheet.tickets') // → { 'zh-CN': '工单', 'zh-TW': '工單', 'en-US': 'Tickets' }
 */
export const words = (key: WorkbookWordKey): Record<Locale, string> => ({ 'zh-CN': zhCN[key], 'zh-TW': zhTW[key], 'en-US': enUS[key] });

/**
 * One word in `locale`, placeholders filled.
 * @example word('summary.topType', 'en-US', { n: 2 }) // → 'Top problem type 2'
 */
export const word = (key: WorkbookWordKey, locale: Locale, params?: MessageParams): string => fillPlaceholders(WORKBOOK_WORDS[locale][key], params);
