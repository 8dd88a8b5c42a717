/**
 * Workbooks for the tests of statistics across workbooks, archives and exports: sample tickets
 * over two years (2023–2024), written as ServiceBook workbooks, whole or split into parts.
 */
import { getPreset } from '../../src/core/presets';
import type { LogEntry, Subtask } from '../../src/core/schema/log';
import type { Ticket } from '../../src/core/schema/ticket';
import type { Settings } from '../../src/core/settings/settings';
import { completeAll, statsOf, writeOut } from '../../src/cli/pipeline';
import { blankLoaded } from '../../src/cli/commands/init';
import { sampleWorkbook } from '../../src/cli/sample';

export const TWO_YEARS = { start: '2023-01-01T00:00', days: 731 };
export const AS_OF = '2024-12-31T20:00';

export interface Book {
  settings: Settings;
  tickets: Ticket[];
  logs: LogEntry[];
  subtasks: Subtask[];
}

/** `n` sample tickets received over 2023–2024, completed by the engine as of AS_OF. */
export function twoYearBook(n: number, seed = 7, settings: Settings = getPreset('standard').settings): Book {
  const s = sampleWorkbook(n, settings, seed, TWO_YEARS);
  const { tickets, logs } = completeAll(blankLoaded(settings, s.tickets, s.logs, s.subtasks), AS_OF, true);
  return { settings, tickets, logs, subtasks: s.subtasks };
}

/** The part of a book whose tickets `keep` selects, with their log lines and subtasks. */
export function partOf(b: Book, keep: (t: Ticket) => boolean, settings: Settings = b.settings): Book {
  const tickets = b.tickets.filter(keep);
  const ids = new Set(tickets.map((t) => t.id));
  return { settings, tickets, logs: b.logs.filter((l) => ids.has(l.ticketId)), subtasks: b.subtasks.filter((x) => ids.has(x.ticketId)) };
}

/** Writes a book as a structured workbook (statistics of December 2024). */
export async function writeBook(file: string, b: Book): Promise<void> {
  const stats = statsOf(b.tickets, b.logs, b.settings, 'month', AS_OF);
  await writeOut({ out: file, settings: b.settings, locale: 'zh-CN', tickets: b.tickets, logs: b.logs, subtasks: b.subtasks, stats, fixedAsOf: AS_OF });
}
