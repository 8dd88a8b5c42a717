/**
 * Boot: wait for Office.js (at most BOOT_TIMEOUT_MS), then render the pane with the Office.js
 * host, loaded as its own chunk; outside Excel render a clear message, never a blank page.
 */
import { createRoot } from 'react-dom/client';
import { OutsideExcel } from './components/OutsideExcel';
import { waitForOffice } from './boot';
import { resolveLocale } from './i18n';
import { detectTheme } from './theme';

const BOOT_TIMEOUT_MS = 5000;

async function main(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) return;
  const root = createRoot(container);
  const office = typeof Office === 'undefined' ? undefined : Office;
  const boot = await waitForOffice(office, BOOT_TIMEOUT_MS);
  const theme = detectTheme(window);
  const displayLanguage = (() => {
    try {
      return office?.context?.displayLanguage ?? null;
    } catch {
      return null;
    }
  })();
  if (boot.kind !== 'ok') {
    // Without Office there is no display language: a Chinese browser picks its script, anything else
    // gets the product's default (zh-CN); the message repeats in all three languages anyway.
    const browser = typeof navigator !== 'undefined' && /^zh/i.test(navigator.language) ? navigator.language : null;
    const locale = resolveLocale(displayLanguage ?? browser);
    document.documentElement.lang = locale;
    root.render(<OutsideExcel reason={boot.kind} locale={locale} theme={theme} />);
    return;
  }
  const locale = resolveLocale(displayLanguage);
  document.documentElement.lang = locale;
  const [{ App }, { loadHost }] = await Promise.all([
    import(/* webpackChunkName: "pane" */ './App.js'),
    import(/* webpackChunkName: "host" */ './hostLoader.js'),
  ]);
  root.render(<App host={await loadHost()} locale={locale} theme={theme} />);
}

void main();
