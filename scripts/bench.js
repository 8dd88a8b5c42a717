#!/usr/bin/env node
/**
 * npm run bench: the file host at 1,000 / 10,000 / 100,000 tickets (DESIGN: a busy team's year).
 * Each case runs in its own child process so its peak RSS is its own. Reported as ratios against
 * baselines measured in the same run (per-row time relative to the 1,000-row case; streaming vs
 * in-memory writing), never against fixed numbers.
 *   node scripts/bench.js            1k, 10k, 100k (in-memory writing only up to 10k)
 *   node scripts/bench.js --full     also the in-memory writer at 100k (slow, ~2 GB)
 *   node scripts/bench.js --sizes 1000,5000
 */
const path = require('path');
const fs = require('fs');
const os = require('os');
const { execFileSync, execSync } = require('child_process');
const { runChildCase } = require('../bench/childCase');

const root = path.join(__dirname, '..');
// A private build, so a concurrent `npm run build:cli` (or a clean) cannot pull files away mid-run.
const dist = process.env.SB_BENCH_DIST || path.join(root, 'node_modules', '.cache', 'servicebook-bench');

async function runCase(kind, n, file) {
  const { getPreset } = require(path.join(dist, 'core', 'presets', 'index.js'));
  const { sampleWorkbook } = require(path.join(dist, 'cli', 'sample.js'));
  const { completeTicket } = require(path.join(dist, 'core', 'engine', 'completeTicket.js'));
  const { computeStats } = require(path.join(dist, 'core', 'stats', 'computeStats.js'));
  const { periodContaining } = require(path.join(dist, 'core', 'stats', 'period.js'));
  const { buildWorkbookPlan } = require(path.join(dist, 'workbook', 'plan', 'index.js'));
  const { writePlanFile } = require(path.join(dist, 'xlsx', 'writeWorkbook.js'));
  const { readXlsx } = require(path.join(dist, 'xlsx', 'readInput.js'));
  const { readPlanTables } = require(path.join(dist, 'workbook', 'readPlan.js'));
  const asOf = '2024-03-31T23:00';
  const settings = getPreset('standard').settings;
  const t0 = Date.now();
  if (kind === 'read') {
    const book = await readXlsx(file);
    const r = readPlanTables(book.tables, () => settings);
    if (r.tickets.length !== n) throw new Error(`read ${r.tickets.length} tickets, want ${n}`);
    return { ms: Date.now() - t0 };
  }
  // Sample tickets (generation is not timed), completed by the engine in blocks of 1,000.
  const base = sampleWorkbook(Math.min(n, 1000), settings);
  const done = base.tickets.map((t) => completeTicket(t, { settings, asOf }));
  const tickets = Array.from({ length: n }, (_, i) => ({ ...done[i % done.length], id: `B${String(i).padStart(7, '0')}` }));
  const logs = base.logs.slice(0, Math.min(n, base.logs.length));
  const stats = computeStats(tickets, { period: periodContaining('month', asOf), asOf, settings });
  const t1 = Date.now();
  const plan = buildWorkbookPlan({ settings, locale: 'zh-CN', tickets, logs, subtasks: [], stats, fixedAsOf: asOf });
  const t2 = Date.now();
  await writePlanFile(plan, file, undefined, { streaming: kind === 'write-stream' });
  const t3 = Date.now();
  return { ms: t3 - t1, planMs: t2 - t1, writeMs: t3 - t2, statsMs: t1 - t0, bytes: fs.statSync(file).size };
}

if (!runChildCase((kind, n, file) => runCase(kind, Number(n), file))) {
  fs.rmSync(dist, { recursive: true, force: true }); // a file whose source moved must not linger
  execSync(`npx --no-install tsc -p tsconfig.cli.json --outDir "${dist}"`, { cwd: root, stdio: 'inherit' });
  const full = process.argv.includes('--full');
  const sizesArg = process.argv.indexOf('--sizes');
  const sizes = sizesArg > 0 ? process.argv[sizesArg + 1].split(',').map(Number) : [1000, 10000, 100000];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sb-bench-'));
  const results = [];
  const once = (kind, n, file) => {
    const out = execFileSync(process.execPath, ['--max-old-space-size=4096', process.argv[1], '--case', kind, String(n), file], { encoding: 'utf8', maxBuffer: 1 << 20, env: { ...process.env, SB_BENCH_DIST: dist } });
    const r = { kind, n, ...JSON.parse(out) };
    results.push(r);
    process.stderr.write(`${kind.padEnd(13)} ${String(n).padStart(7)} rows: ${String(r.ms).padStart(6)} ms, peak RSS ${r.peakRssMb} MB\n`);
    return r;
  };
  for (const n of sizes) {
    const streamFile = path.join(dir, `stream-${n}.xlsx`);
    once('write-stream', n, streamFile);
    if (n <= 10000 || full) once('write-memory', n, path.join(dir, `memory-${n}.xlsx`));
    once('read', n, streamFile);
  }
  const base = (kind) => results.find((r) => r.kind === kind && r.n === sizes[0]);
  process.stdout.write(`\nServiceBook file host — ${os.cpus().length} CPU, node ${process.version}; baseline = ${sizes[0]} rows of the same run\n`);
  process.stdout.write('case           rows     ms   per-row vs baseline   peak RSS MB   stream vs memory\n');
  for (const r of results) {
    const b = base(r.kind);
    const perRow = b ? (r.ms / r.n / (b.ms / b.n)).toFixed(2) : '—';
    const mem = results.find((x) => x.kind === 'write-memory' && x.n === r.n);
    const vs = r.kind === 'write-stream' && mem ? `${(r.ms / mem.ms).toFixed(2)}× time, ${(r.peakRssMb / mem.peakRssMb).toFixed(2)}× RSS` : '';
    process.stdout.write(`${r.kind.padEnd(13)} ${String(r.n).padStart(7)} ${String(r.ms).padStart(7)}   ${perRow.padStart(8)}×          ${String(r.peakRssMb).padStart(6)}        ${vs}\n`);
  }
  fs.rmSync(dir, { recursive: true, force: true });
}
