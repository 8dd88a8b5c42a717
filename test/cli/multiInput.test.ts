/**
 * Statistics across workbooks (issue 13): several files — a working workbook and its archives,
 * or several teams — give the same figures as one workbook holding all their tickets.
 */
import * as path from 'path';
import { sb, sbJson, tempDir, type ExportJson, type StatsReport } from './helpers';
import { AS_OF, partOf, twoYearBook, writeBook, type Book } from '../support/books';

jest.setTimeout(180_000);

const dir = tempDir('sb-multi-');
const p = (f: string): string => path.join(dir, f);
let whole: Book;

type Pooled = StatsReport & { sources?: { path: string; team: string; tickets: number }[]; teams?: { team: string; received: number }[]; duplicates?: number };
const report = ({ sources, teams, duplicates, ...rest }: Pooled): StatsReport => (void sources, void teams, void duplicates, rest);

beforeAll(async () => {
  whole = twoYearBook(600);
  await writeBook(p('whole.xlsx'), whole);
  const year = (y: string) => (t: { receivedAt: string | null }) => (t.receivedAt ?? '').startsWith(y);
  await writeBook(p('team-2023.xlsx'), partOf(whole, year('2023')));
  const y2024 = partOf(whole, year('2024'));
  await writeBook(p('team-2024a.xlsx'), partOf(y2024, (t) => t.receivedAt! < '2024-07-01'));
  await writeBook(p('team.xlsx'), partOf(y2024, (t) => t.receivedAt! >= '2024-07-01'));
});

test.each([
  ['month', 'previous'],
  ['quarter', 'year'],
  ['all', 'previous'],
  ['week', 'year'],
])('stats --period %s --compare %s: three files equal the one workbook', async (period, compare) => {
  const args = ['--period', period, '--as-of', AS_OF, '--compare', compare, '--json'];
  const one = await sbJson<StatsReport>('stats', p('whole.xlsx'), ...args);
  const three = await sbJson<Pooled>('stats', p('team.xlsx'), p('team-2023.xlsx'), p('team-2024a.xlsx'), ...args);
  expect(report(three)).toEqual(one);
  expect(three.sources!.map((s) => s.tickets).reduce((a, b) => a + b, 0)).toBe(whole.tickets.length);
});

test('a pattern reads every matching file, in name order; the same March a year earlier comes from the archive', async () => {
  const s = await sbJson<Pooled>('stats', p('team*.xlsx'), '--period', 'month', '--as-of', '2024-03-20T12:00', '--compare', 'year', '--json');
  expect(s.sources!.map((x) => path.basename(x.path))).toEqual(['team-2023.xlsx', 'team-2024a.xlsx', 'team.xlsx']);
  expect(s.previous.period).toEqual({ kind: 'month', start: '2023-03-01T00:00', end: '2023-04-01T00:00' });
  const march2023 = whole.tickets.filter((t) => t.receivedAt!.startsWith('2023-03')).length;
  expect(march2023).toBeGreaterThan(0);
  expect(s.previous.received).toBe(march2023);
  // Each file is its own team (named after the file): their received counts add up.
  expect(s.teams!.reduce((a, t) => a + t.received, 0)).toBe(s.received);
});

test('export --json of several inputs names each ticket’s team and source; nothing is lost', async () => {
  const { tickets } = await sbJson<{ tickets: (ExportJson['tickets'][number] & { team: string; source: string })[] }>('export', p('team-2023.xlsx'), p('team.xlsx'), '--json');
  const a = whole.tickets.filter((t) => t.receivedAt!.startsWith('2023')).length;
  expect(tickets.filter((t) => t.team === 'team-2023').length).toBe(a);
  expect(new Set(tickets.map((t) => t.source))).toEqual(new Set([p('team-2023.xlsx'), p('team.xlsx')]));
});

test('the same number in two teams’ workbooks stays two tickets', async () => {
  // Both files hold the same tickets: as two teams they count twice.
  await writeBook(p('other.xlsx'), { ...partOf(whole, (t) => t.receivedAt!.startsWith('2023')), settings: { ...whole.settings, team: '二组' } });
  const one = await sbJson<Pooled>('stats', p('team-2023.xlsx'), '--period', 'all', '--as-of', AS_OF, '--json');
  const two = await sbJson<Pooled>('stats', p('team-2023.xlsx'), p('other.xlsx'), '--period', 'all', '--as-of', AS_OF, '--json');
  expect(two.received).toBe(2 * one.received);
  expect(two.reopened).toBe(2 * one.reopened);
  expect(two.teams!.map((t) => t.team)).toEqual(['team-2023', '二组']);
});

test('a pattern that matches nothing is a usage error', async () => {
  const r = await sb('stats', p('nothing-*.xlsx'), '--json');
  expect(r.code).toBe(2);
  expect(r.err).toMatch(/没有文件匹配/);
});
