/**
 * Where a ServiceBook table's columns are, by header: the one rule the Config tables, Ticket_Log
 * and Subtasks are read with. A column is found by its header in any language; a column a
 * person deleted is missing (-1), never its neighbour. Only a table none of whose headers any
 * language knows (typed over with a team's own words) is read by position.
 */
import type { Locale } from '../core/schema/fieldMeta';
import { configProblemMessage } from './configMessages';
import type { ConfigProblem } from './configTables';
import { header, HEADERS, headerSpellings } from './labels';
import type { TableData } from './types';

/**
 * The 0-based column of each key (-1: not there).
 * @example columnsByHeader(['Time', 'Ticket No.'], ['ticketId', 'at', 'kind']) // → [1, 0, -1]
 * @example columnsByHeader(['甲', '乙'], ['ticketId', 'at', 'kind']) // → [0, 1, -1] (no header known: by position)
 */
export function columnsByHeader(headers: readonly unknown[], keys: readonly string[]): number[] {
  const texts = headers.map((h) => String(h ?? '').trim());
  const found = keys.map((k) => {
    const spellings = headerSpellings(k).map((s) => s.trim());
    return texts.findIndex((h) => spellings.includes(h));
  });
  return found.every((i) => i < 0) ? keys.map((_, pos) => (pos < texts.length ? pos : -1)) : found;
}

const LOCALES: readonly Locale[] = ['zh-CN', 'zh-TW', 'en-US'];

/**
 * The header a missing column would have, in the language most of the table's headers are in.
 * @example missingHeader(['Ticket No.', 'Subtask'], 'needs') === 'Needs'
 */
function missingHeader(headers: readonly unknown[], key: string): string {
  const known = (l: Locale): number => headers.filter((h) => Object.values(HEADERS).some((spell) => spell[l] === String(h ?? '').trim())).length;
  return header(key, LOCALES.reduce((a, b) => (known(b) > known(a) ? b : a)));
}

/**
 * A column a person deleted, as a problem: named once, on the table's header row, in the
 * table's language; its cells are read as blank.
 * @example missingColumnProblem({ name: 'Config_SLA', sheet: '配置', headerRow: 14, headers: ['优先级'] }, 'customerLevel').message === '缺少“客户等级”列：该列按留空处理，用默认值'
 */
export function missingColumnProblem(t: Pick<TableData, 'name' | 'sheet' | 'headerRow' | 'headers'>, key: string): ConfigProblem {
  const column = missingHeader(t.headers, key);
  const params = { value: '', column };
  return { table: t.name, sheet: t.sheet, row: t.headerRow, column, value: '', message: configProblemMessage('columnMissing', 'zh-CN', params), code: 'columnMissing', params };
}
