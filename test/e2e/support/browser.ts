/**
 * Headless Chromium through playwright-core, one fresh profile per scenario. The office.js CDN
 * request is routed to the fake Excel host bundle (or aborted, to play a failed load); every
 * other request off localhost is refused, so the tests run offline.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM, FAKE_BUNDLE, OFFICE_CDN, OFFICE_JS_DIST, OFFICE_JS_URL, SCREENSHOTS } from './paths';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface FakePageOptions {
  displayLanguage?: string;
  officeTheme?: { bodyBackgroundColor: string; bodyForegroundColor: string; controlBackgroundColor: string; controlForegroundColor: string };
  cells?: { sheet: string; address: string; values: unknown[][] }[];
  tables?: { name: string; sheet: string; r0: number; c0: number; cols: number; dataRows: number }[];
  sheets?: string[];
  sets?: Record<string, string>;
  neverReady?: boolean;
}

export interface OpenOptions {
  baseUrl: string;
  width?: number;
  height?: number;
  /**
   * 'fail' aborts the office.js request; 'real' serves Microsoft's own office.js from the
   * @microsoft/office-js package, as a browser outside Office would get it from the CDN.
   */
  office?: FakePageOptions | 'fail' | 'real';
  forcedColors?: boolean;
  /**
   * The agent's name the pane remembers (记录人), as if typed on an earlier day; null starts
   * without one, as a new agent. Default: 测试坐席.
   */
  agentName?: string | null;
}

export interface PaneSession {
  context: BrowserContext;
  page: Page;
  /** Console errors and page errors seen so far. */
  errors: string[];
  close: () => Promise<void>;
}

export async function openPane(opts: OpenOptions): Promise<PaneSession> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'sb-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: opts.width ?? 320, height: opts.height ?? 900 },
    forcedColors: opts.forcedColors ? 'active' : 'none',
  });
  const fakeJs = fs.readFileSync(FAKE_BUNDLE, 'utf8');
  const local = new URL(opts.baseUrl).host;
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (opts.office === 'real' && url.startsWith(OFFICE_CDN)) {
      const file = path.join(OFFICE_JS_DIST, new URL(url).pathname.slice(new URL(OFFICE_CDN).pathname.length));
      if (!file.startsWith(OFFICE_JS_DIST) || !fs.existsSync(file)) return route.fulfill({ status: 404, body: '' });
      return route.fulfill({ status: 200, contentType: 'application/javascript', body: fs.readFileSync(file) });
    }
    if (url.startsWith(OFFICE_JS_URL)) {
      if (opts.office === 'fail') return route.abort('internetdisconnected');
      return route.fulfill({ status: 200, contentType: 'application/javascript', body: fakeJs });
    }
    if (new URL(url).host === local || url.startsWith('data:')) return route.continue();
    return route.abort('blockedbyclient');
  });
  if (opts.office && opts.office !== 'fail' && opts.office !== 'real') {
    await context.addInitScript((o) => {
      (window as unknown as { __SB_FAKE__: unknown }).__SB_FAKE__ = o;
    }, opts.office);
  }
  const agent = opts.agentName === undefined ? '测试坐席' : opts.agentName;
  if (agent !== null)
    await context.addInitScript((name) => {
      if (!localStorage.getItem('servicebook.agentName')) localStorage.setItem('servicebook.agentName', name);
    }, agent);
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/office\.js|ERR_INTERNET_DISCONNECTED|net::ERR/i.test(m.text())) errors.push(m.text());
  });
  return {
    context,
    page,
    errors,
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** The page's horizontal overflow in CSS pixels (0 when nothing is clipped at this width). */
export const horizontalOverflow = (page: Page): Promise<number> =>
  page.evaluate(() => Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth));
