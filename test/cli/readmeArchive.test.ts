/**
 * The README's section on archives works as written (issue 13): its commands run in a fresh
 * folder, and its DuckDB query over the Parquet exports of the workbook and its archive gives
 * the same weekly figures as `servicebook stats --period week --json` over the two workbooks.
 */
import { execFileSync } from 'child_process';
import { readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import { sb, sbJson, tempDir, type StatsReport } from './helpers';
import { duckdbRows } from '../support/duckdb';

jest.setTimeout(300_000);

const ROOT = path.join(__dirname, '..', '..');
const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## Archives, statistics across workbooks'), readme.indexOf('\n## ', readme.indexOf('## Archives, statistics across workbooks') + 5));
const block = (lang: string): string => new RegExp('```' + lang + '\\n([\\s\\S]*?)```').exec(section)![1];

/** A command line as a shell splits it: words, double-quoted words, `#` comments dropped. */
const words = (line: string): string[] => [...line.replace(/\s+#.*$/, '').matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]);

const dir = tempDir('sb-readme-');
const cwd = process.cwd();
afterAll(() => process.chdir(cwd));

type Team = { team: string; received: number; resolved: number; onTimeResponseRate: number | null; onTimeResolutionRate: number | null; csatMean: number | null };

test('the README’s commands work as written, and its DuckDB query gives the weekly report of stats --json', async () => {
  process.chdir(dir);
  writeFileSync('weekly.sql', block('sql'));
  const lines = block('bash').split('\n').filter((l) => l.trim() && !l.trim().startsWith('#'));
  expect(lines.length).toBeGreaterThanOrEqual(6);
  for (const line of lines) {
    const [cmd, ...args] = words(line);
    if (cmd === 'npx') {
      expect(args[0]).toBe('servicebook');
      const r = await sb(...args.slice(1));
      expect({ line, code: r.code, err: r.err }).toEqual({ line, code: 0, err: '' });
    } else {
      expect([cmd, ...args]).toEqual(['node', 'scripts/duckdb.js', 'weekly.sql']);
      expect(execFileSync('node', [path.join(ROOT, 'scripts/duckdb.js'), 'weekly.sql'], { encoding: 'utf8' })).toMatch(/received/);
    }
  }
  const archive = await sbJson<{ after: { archive: { tickets: number } } }>('archive', 'book.xlsx', '--before', '2024-03-01', '-o', 'archive-2024-02.xlsx', '--append', '--as-of', '2024-03-31T23:00', '--json');
  expect(archive.after.archive.tickets).toBeGreaterThan(50);

  const s = await sbJson<StatsReport & { teams: Team[] }>('stats', 'book.xlsx', 'archive-2024-02.xlsx', '--period', 'week', '--as-of', '2024-03-31T23:00', '--json');
  expect(s.period.start).toBe('2024-03-25T00:00');
  const rows = await duckdbRows(block('sql'), dir);
  const num = (v: unknown): number | null => (v === null ? null : Number(v));
  const total = rows.find((r) => r.team === null)!;
  expect({
    received: num(total.received),
    resolved: num(total.resolved),
    backlog: num(total.backlog),
    onTimeResponseRate: num(total.onTimeResponseRate),
    onTimeResolutionRate: num(total.onTimeResolutionRate),
    csatMean: num(total.csatMean),
    reopened: num(total.reopened),
  }).toEqual({ received: s.received, resolved: s.resolved, backlog: s.backlog, onTimeResponseRate: s.onTimeResponseRate, onTimeResolutionRate: s.onTimeResolutionRate, csatMean: s.csat.mean, reopened: s.reopened });
  expect(s.received).toBeGreaterThan(0);
  for (const t of s.teams) expect(num(rows.find((r) => r.team === t.team)!.received)).toBe(t.received);
});
