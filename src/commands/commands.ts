/**
 * Ribbon commands (ExecuteFunction): 检查行 and 刷新统计. Each runs the host operation and shows a
 * one-line result in a small dialog (Excel has no notification bar for add-ins); it calls
 * `event.completed()` once that dialog is closed, so Office keeps the command busy meanwhile. A
 * second click while the first still runs, or while its dialog is open, shows why it did nothing.
 */
import { localNow } from '../core/calendar/localNow';
import { periodContaining } from '../core/stats/period';
import { createExcelHost, type ExcelHost } from '../excel/host';
import { makeTranslator } from '../taskpane/i18n';
import { checkMessage, failedMessage, statsMessage } from './messages';

/** Shows a message; resolves once the user has closed it (or it could not be shown). */
export type Notify = (message: string) => Promise<void>;

let current: { dialog: Office.Dialog; done: () => void } | null = null;

/**
 * Shows the message in a small dialog served by this page (`commands.html?message=…`). Office
 * shows one dialog at a time: a newer message replaces one still on screen, so a second click's
 * result (or failure) is never lost behind the first.
 */
export const dialogNotify: Notify = (message) =>
  new Promise<void>((resolve) => {
    if (current) {
      const previous = current;
      current = null;
      try {
        previous.dialog.close();
      } catch {
        /* already closed */
      }
      previous.done();
    }
    try {
      const here = typeof location === 'undefined' ? 'commands.html' : `${location.origin}${location.pathname}`;
      const url = `${here}?message=${encodeURIComponent(message)}`;
      Office.context.ui.displayDialogAsync(url, { height: 20, width: 30, displayInIframe: true }, (r) => {
        if (r.status !== Office.AsyncResultStatus.Succeeded) {
          console.warn(message, r.error?.message);
          resolve();
          return;
        }
        const mine = { dialog: r.value, done: resolve };
        current = mine;
        r.value.addEventHandler(Office.EventType.DialogEventReceived, () => {
          if (current === mine) current = null;
          resolve();
        });
      });
    } catch {
      console.info(message);
      resolve();
    }
  });

export function makeCommands(host: ExcelHost, notify: Notify = dialogNotify) {
  const locale = host.displayLocale();
  const t = makeTranslator(locale);
  const running = new Set<string>();
  /** Runs one command: its result shown, the event completed once the message is closed. */
  const command = (name: 'check' | 'stats', work: () => Promise<string>) => async (event: Office.AddinCommands.Event): Promise<void> => {
    try {
      if (running.has(name)) {
        await notify(t('commandBusy', { op: t(`op.${name}`) }));
        return;
      }
      running.add(name);
      let message: string;
      try {
        message = await work();
      } catch (e) {
        message = failedMessage(e, locale);
      } finally {
        running.delete(name);
      }
      await notify(message);
    } finally {
      event.completed();
    }
  };
  const checkRows = command('check', async () => checkMessage(await host.checkRows(), locale));
  const refreshStats = command('stats', async () => {
    const settings = await host.readSettings();
    const period = periodContaining('week', localNow(settings.calendar.timeZone));
    return statsMessage(await host.refreshStats(period), locale);
  });
  return { checkRows, refreshStats };
}

/** In a dialog opened by `dialogNotify`, the page shows the message instead of registering. */
function showMessageIfDialog(): boolean {
  if (typeof location === 'undefined' || typeof document === 'undefined') return false;
  const message = new URLSearchParams(location.search).get('message');
  if (message === null) return false;
  const p = document.getElementById('message');
  if (p) p.textContent = message;
  return true;
}

export function register(): void {
  if (showMessageIfDialog()) return;
  const commands = makeCommands(createExcelHost());
  Office.actions.associate('checkRows', commands.checkRows);
  Office.actions.associate('refreshStats', commands.refreshStats);
}

if (typeof Office !== 'undefined' && typeof Office.onReady === 'function') void Office.onReady(() => register());
