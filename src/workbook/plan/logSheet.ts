/** The 处理记录 sheet: the Ticket_Log table (contact and progress history, one line each). */
import { wordFor } from '../../core/i18n/vocabulary';
import type { Locale } from '../../core/schema/fieldMeta';
import type { LogEntry } from '../../core/schema/log';
import { header } from '../labels';
import { DATETIME_FORMAT } from '../ticketTable';
import type { SheetPlan, TablePlan } from '../types';
import { landscapeRegister } from './pageSetup';

export function logSheet(logs: readonly LogEntry[], locale: Locale, name: string): SheetPlan {
  const table: TablePlan = {
    kind: 'table',
    name: 'Ticket_Log',
    top: 1,
    left: 1,
    style: 'TableStyleMedium2',
    columns: [
      { key: 'ticketId', header: header('ticketId', locale), type: 'text', width: 16 },
      { key: 'at', header: header('at', locale), type: 'datetime', numFmt: DATETIME_FORMAT, width: 17 },
      { key: 'kind', header: header('kind', locale), type: 'text', width: 8 },
      { key: 'channel', header: header('channel', locale), type: 'text', width: 10 },
      { key: 'content', header: header('content', locale), type: 'longText', width: 50, wrap: true },
      { key: 'nextStep', header: header('nextStep', locale), type: 'text', width: 20 },
      { key: 'by', header: header('by', locale), type: 'text', width: 10 },
      { key: 'status', header: header('status', locale), type: 'text', width: 10 },
    ],
    rows: logs.map((l) => [l.ticketId, l.at, wordFor('logKind', l.kind, locale), l.channel ? wordFor('channel', l.channel, locale) : null, l.content, l.nextStep || null, l.by || null, l.status ? wordFor('status', l.status, locale) : null]),
  };
  return { key: 'log', name, blocks: [table], freeze: { row: 1, col: 0 }, showGridLines: true, pageSetup: landscapeRegister(name, locale, { left: name }) };
}
