/**
 * Ribbon commands (ExecuteFunction): 检查行 and 刷新统计. Each runs the host operation, shows a
 * one-line result in a small dialog (Excel has no notification bar for add-ins), and always
 * calls `event.completed()` so Office does not keep the command spinning.
 */
import { localNow } from '../core/calendar/localNow';
import { periodContaining } from '../core/stats/period';
import { createExcelHost, type ExcelHost } from '../excel/host';
import { checkMessage, failedMessage, statsMessage } from './messages';

export type Notify = (message: string) => void;

/** Shows the message in a small dialog served by this page (`commands.html?message=…`). */
export const dialogNotify: Notify = (message) => {
  try {
    const url = `${location.origin}${location.pathname}?message=${encodeURIComponent(message)}`;
    Office.context.ui.displayDialogAsync(url, { height: 20, width: 30, displayInIframe: true }, () => undefined);
  } catch {
    console.info(message);
  }
};

export function makeCommands(host: ExcelHost, notify: Notify = dialogNotify) {
  const locale = host.displayLocale();
  async function checkRows(event: Office.AddinCommands.Event): Promise<void> {
    try {
      notify(checkMessage(await host.checkRows(), locale));
    } catch (e) {
      notify(failedMessage(e, locale));
    } finally {
      event.completed();
    }
  }
  async function refreshStats(event: Office.AddinCommands.Event): Promise<void> {
    try {
      const settings = await host.readSettings();
      const period = periodContaining('week', localNow(settings.calendar.timeZone));
      notify(statsMessage(await host.refreshStats(period), locale));
    } catch (e) {
      notify(failedMessage(e, locale));
    } finally {
      event.completed();
    }
  }
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
