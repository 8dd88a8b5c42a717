/** The 子任务 sheet: the Subtasks table (seed 004's breakdown of complex requests). */
import { wordFor } from '../../core/i18n/vocabulary';
import type { Locale } from '../../core/schema/fieldMeta';
import type { Subtask } from '../../core/schema/log';
import { header } from '../labels';
import { DATETIME_FORMAT } from '../ticketTable';
import type { SheetPlan, TablePlan } from '../types';
import { landscapeRegister } from './pageSetup';

export function subtasksSheet(subtasks: readonly Subtask[], locale: Locale, name: string): SheetPlan {
  const table: TablePlan = {
    kind: 'table',
    name: 'Subtasks',
    top: 1,
    left: 1,
    style: 'TableStyleMedium2',
    columns: [
      { key: 'ticketId', header: header('ticketId', locale), type: 'text', width: 16 },
      { key: 'title', header: header('title', locale), type: 'text', width: 30 },
      { key: 'owner', header: header('owner', locale), type: 'text', width: 10 },
      { key: 'status', header: header('status', locale), type: 'text', width: 10 },
      { key: 'due', header: header('due', locale), type: 'datetime', numFmt: DATETIME_FORMAT, width: 17 },
      { key: 'dependsOn', header: header('dependsOn', locale), type: 'text', width: 20 },
      { key: 'needs', header: header('needs', locale), type: 'text', width: 14 },
    ],
    rows: subtasks.map((s) => [s.ticketId, s.title, s.owner || null, wordFor('subtaskStatus', s.status, locale), s.due, s.dependsOn || null, s.needs ? wordFor('subtaskNeeds', s.needs, locale) : null]),
  };
  return { key: 'subtasks', name, blocks: [table], freeze: { row: 1, col: 0 }, showGridLines: true, pageSetup: landscapeRegister(name, locale, { left: name }) };
}
