/**
 * Builds what the e2e tests serve, once: the production bundle in dist/ (when older than its
 * sources) and the fake Excel host as a browser script under test-output/. A lock directory keeps
 * parallel test files from building at the same time.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { DIST, FAKE_BUNDLE, OUT, ROOT } from './paths';

const WEBPACK = path.join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js');

function newestMtime(p: string): number {
  if (!fs.existsSync(p)) return 0;
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = 0;
  for (const e of fs.readdirSync(p)) {
    if (e === 'node_modules' || e.endsWith('.test.ts') || e.endsWith('.test.tsx')) continue;
    max = Math.max(max, newestMtime(path.join(p, e)));
  }
  return max;
}

const mtime = (p: string): number => (fs.existsSync(p) ? fs.statSync(p).mtimeMs : 0);

function webpack(args: string[]): void {
  const r = spawnSync(process.execPath, [WEBPACK, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' } });
  if (r.status !== 0) throw new Error(`webpack ${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
}

async function withLock<T>(fn: () => T): Promise<T> {
  fs.mkdirSync(OUT, { recursive: true });
  const lock = path.join(OUT, '.build-lock');
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      // Another test file is building; a lock older than 10 minutes is left over from a crash.
      if (Date.now() - mtime(lock) > 600_000) fs.rmSync(lock, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  try {
    return fn();
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

export function isStale(): { dist: boolean; fake: boolean } {
  const appSources = Math.max(
    newestMtime(path.join(ROOT, 'src')),
    mtime(path.join(ROOT, 'webpack.config.js')),
    newestMtime(path.join(ROOT, 'assets')),
    mtime(path.join(ROOT, 'manifest.xml')),
  );
  const fakeSources = Math.max(newestMtime(path.join(ROOT, 'test', 'fake-excel')), newestMtime(path.join(ROOT, 'test', 'e2e', 'support')));
  return {
    dist: mtime(path.join(DIST, 'taskpane.html')) < appSources,
    fake: mtime(FAKE_BUNDLE) < fakeSources,
  };
}

export async function ensureBuilt(): Promise<void> {
  // For quick reruns while debugging a test against an existing build.
  if (process.env.SB_E2E_SKIP_BUILD === '1' && fs.existsSync(path.join(DIST, 'taskpane.html')) && fs.existsSync(FAKE_BUNDLE)) return;
  await withLock(() => {
    const stale = isStale();
    if (stale.dist) webpack(['--mode', 'production']);
    if (stale.fake) webpack(['--config', path.join(ROOT, 'test', 'e2e', 'support', 'webpack.fake.config.js')]);
  });
}
