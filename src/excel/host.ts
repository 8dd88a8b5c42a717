/**
 * The Office.js implementation of ServiceBookHost: each operation (one file each in
 * `operations/`) runs as one Excel.run whose syncs are a fixed few plus one per block of a large
 * read or write. This file wires them up: what this Excel can do, the add-in's own change events
 * switched off or ignored, and any failure turned into an error the pane words in its language.
 */
import type { TicketRef } from '../core/engine/sameTicket';
import type { TableGuess } from '../core/headers/types';
import type { Subtask } from '../core/schema/log';
import type { Ticket } from '../core/schema/ticket';
import type { Period } from '../core/stats/period';
import { HostError, isHostError } from './errors';
import { addTicket } from './operations/addTicket';
import { checkRows } from './operations/checkRows';
import { convertCurrentSheet } from './operations/convertCurrentSheet';
import { detectCurrentSheet } from './operations/detectCurrentSheet';
import { localeOf, type OpEnv } from './operations/env';
import { listTickets } from './operations/listTickets';
import { readSelectedTicket } from './operations/readSelectedTicket';
import { readSettings } from './operations/readSettings';
import { refreshStats } from './operations/refreshStats';
import { saveSubtasks } from './operations/saveSubtasks';
import { selectCell } from './operations/selectCell';
import { setupWorkbook } from './operations/setupWorkbook';
import { upgradeWorkbook } from './operations/upgradeWorkbook';
import { status } from './operations/status';
import { updateTicket } from './operations/updateTicket';
import { completeEditedRows, rowsOfAddress } from './operations/watchTickets';
import { OwnWrites } from './ownWrites';
import { checkCapabilities, officeIsSetSupported, type Capabilities, type IsSetSupported } from './requirements';
import type { Progress, ServiceBookHost, TicketChange } from './serviceBookHost';
import { globalExcelRun, Session, type ExcelRun, type SyncCounts } from './session';

export { localeOf } from './operations/env';
export { rowsOfAddress } from './operations/watchTickets';

export interface ExcelHostOptions {
  run?: ExcelRun;
  isSetSupported?: IsSetSupported;
  /** The clock (tests fix it). */
  now?: () => Date;
  /** Display language; default Office.context.displayLanguage. */
  language?: string;
}

/** ServiceBookHost plus what only the Office.js host has. */
export interface ExcelHost extends ServiceBookHost {
  capabilities(): Capabilities;
  /** Syncs of the last finished operation (tests assert they stay constant as rows grow). */
  lastSyncs(): SyncCounts;
  /** Operations started so far (tests assert that the add-in's own writes start none). */
  operations(): number;
  watchTickets(onCompleted?: (r: { completed: number; renumbered: number }) => void): Promise<() => Promise<void>>;
}

/** Names of the operations, as the pane words an interrupted one (`op.<name>`). */
export type OpName = 'status' | 'settings' | 'setup' | 'detect' | 'convert' | 'list' | 'add' | 'load' | 'update' | 'subtasks' | 'check' | 'select' | 'stats' | 'watch' | 'upgrade';

export function createExcelHost(options: ExcelHostOptions = {}): ExcelHost {
  const run = options.run ?? globalExcelRun;
  const isSupported = options.isSetSupported ?? officeIsSetSupported;
  const language = (): string | undefined => options.language ?? (typeof Office !== 'undefined' ? Office.context?.displayLanguage : undefined);
  let last: SyncCounts = { syncs: 0, blockSyncs: 0 };
  let started = 0;
  let caps: Capabilities | null = null;
  const capabilities = (): Capabilities => (caps ??= checkCapabilities(isSupported));
  const env: OpEnv = {
    get caps() {
      return capabilities();
    },
    now: options.now ?? (() => new Date()),
    displayLocale: () => localeOf(language()),
    own: new OwnWrites(),
  };

  /**
   * One operation: an Excel.run with a counted session. Writing operations switch the add-in's
   * events off for their requests where Excel can (1.8) and note the Tickets rows they write.
   */
  async function op<T>(name: OpName, f: (s: Session) => Promise<T>, writes = false): Promise<T> {
    if (!capabilities().base) throw new HostError('needsApi', { feature: 'names', set: 'ExcelApi 1.1' });
    started++;
    if (writes) env.own.begin();
    let session: Session | null = null;
    try {
      return await run(async (context) => {
        const quiet = writes && capabilities().enableEvents;
        // Where events cannot be switched off, each write's rows are noted to recognise its event.
        const s = new Session(context, quiet ? undefined : (table, from, to) => table === 'Tickets' && env.own.add(from, to), writes);
        session = s;
        if (quiet) context.runtime.enableEvents = false;
        try {
          return await f(s);
        } finally {
          if (quiet) {
            context.runtime.enableEvents = true;
            await s.sync().catch(() => undefined);
          }
          last = { ...s.counts };
        }
      });
    } catch (e) {
      if (isHostError(e)) throw e;
      const done = (session as Session | null)?.writesDone ?? 0;
      throw new HostError('interrupted', { op: name, written: done > 0 ? 'partial' : 'nothing' }, e);
    }
  }

  const host: ExcelHost = {
    capabilities,
    lastSyncs: () => last,
    operations: () => started,
    displayLocale: () => env.displayLocale(),
    status: () => op('status', (s) => status(s, env)),
    readSettings: () => op('settings', (s) => readSettings(s)),
    setupWorkbook: (presetId: string, onProgress?: Progress) => op('setup', (s) => setupWorkbook(s, env, presetId, onProgress), true),
    upgradeWorkbook: () => op('upgrade', (s) => upgradeWorkbook(s, env), true),
    detectCurrentSheet: () => op('detect', (s) => detectCurrentSheet(s)),
    convertCurrentSheet: (guess: TableGuess, presetId: string, onProgress?: Progress) => op('convert', (s) => convertCurrentSheet(s, env, guess, presetId, onProgress), true),
    listTickets: () => op('list', (s) => listTickets(s)),
    addTicket: (draft: Ticket, by: string) => op('add', (s) => addTicket(s, env, draft, by), true),
    readSelectedTicket: () => op('load', (s) => readSelectedTicket(s)),
    updateTicket: (ref: TicketRef, change: TicketChange, by: string) => op('update', (s) => updateTicket(s, env, ref, change, by), true),
    saveSubtasks: (ticketId: string, subtasks: Subtask[]) => op('subtasks', (s) => saveSubtasks(s, ticketId, subtasks), true),
    checkRows: (onProgress?: Progress) => op('check', (s) => checkRows(s, env, onProgress), true),
    selectCell: (row: number, field: string) => op('select', (s) => selectCell(s, row, field)),
    refreshStats: (period: Period, onProgress?: Progress) => op('stats', (s) => refreshStats(s, env, period, onProgress), true),

    watchTickets: async (onCompleted) => {
      if (!capabilities().changeEvents) return async () => undefined;
      let queue: Promise<unknown> = Promise.resolve();
      const handler = async (args: Excel.TableChangedEventArgs): Promise<void> => {
        // Co-authors' edits are theirs: their own add-in (or their next check) completes them.
        if (args.source === 'Remote') return;
        const rows = rowsOfAddress(args.address);
        // The add-in's own writes: nothing to complete, and reading again would start a cascade.
        if (!rows || env.own.consume(rows.from, rows.to)) return;
        queue = queue
          .then(() => op('watch', (s) => completeEditedRows(s, env, rows.from, rows.to), true))
          .then((r) => r && onCompleted?.(r))
          .catch(() => undefined);
        await queue;
      };
      const registered = await run(async (context) => {
        const table = context.workbook.tables.getItem('Tickets');
        const result = table.onChanged.add(handler);
        await context.sync();
        return result;
      });
      // Handlers are removed in the context that added them (Excel.run(context, batch)).
      return async () => {
        await Excel.run(registered.context, async (context) => {
          registered.remove();
          await context.sync();
        });
      };
    },
  };
  return host;
}
