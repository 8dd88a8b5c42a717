/** The set-up an e2e file shares: the production build served for the whole file, a pane per test. */
import { ensureBuilt } from './build';
import { DIST } from './paths';
import { serve, type StaticServer } from './server';
import type { PaneSession } from './browser';

/** Serves dist/ for the file's tests (built first when stale); returns the base URL getter. */
export function servePaneBuild(): () => string {
  let server: StaticServer | undefined;
  beforeAll(async () => {
    await ensureBuilt();
    server = await serve(DIST);
  }, 900_000);
  afterAll(async () => {
    await server?.close();
  });
  return () => server!.url;
}

/** Closes each test's pane after it and fails the test on any page error. */
export function closeEachPane(): { set: (s: PaneSession) => PaneSession } {
  let current: PaneSession | undefined;
  afterEach(async () => {
    const session = current;
    current = undefined;
    if (!session) return;
    await session.close();
    expect(session.errors).toEqual([]);
  });
  return { set: (s) => (current = s) };
}
