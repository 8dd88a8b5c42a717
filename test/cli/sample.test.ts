/** `init --sample N` places its sample around the as-of time, so the current period has data. */
import * as path from 'path';
import { sb, sbJson, tempDir, type ExportJson, type StatsReport } from './helpers';

jest.setTimeout(60_000);

const dir = tempDir('sb-sample-');
const AS_OF = '2026-11-20T15:00';

test('the sample lies in the 60 days up to --as-of, nothing after it, and this month’s statistics are not empty', async () => {
  const file = path.join(dir, 'book.xlsx');
  expect((await sb('init', '-o', file, '--sample', '40', '--as-of', AS_OF)).code).toBe(0);
  const { tickets } = await sbJson<ExportJson>('export', file);
  expect(tickets).toHaveLength(40);
  for (const t of tickets) {
    expect(t.receivedAt! >= '2026-09-22T00:00' && t.receivedAt! <= AS_OF).toBe(true);
    for (const at of [t.firstResponseAt, t.resolvedAt, t.acceptedAt, t.lastUpdateAt, t.archivedAt]) if (at) expect(at <= AS_OF).toBe(true);
  }
  const month = await sbJson<StatsReport>('stats', file, '--period', 'month', '--as-of', AS_OF, '--json');
  expect(month.received).toBeGreaterThan(5);
  const week = await sbJson<StatsReport>('stats', file, '--period', 'week', '--as-of', AS_OF, '--json');
  expect(week.received).toBeGreaterThan(0);
});
