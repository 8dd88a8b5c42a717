#!/usr/bin/env node
/**
 * Issue 7's benchmark: at 100,000 tickets, the `servicebook` commands against LibreOffice on the
 * same files, in one run, time and peak memory of both (each run in its own process, peak RSS
 * of the process tree from GNU time's %M). Reported as ratios to LibreOffice:
 *   refresh  vs soffice --convert-to xlsx of the structured workbook (open and save)
 *   validate, stats, export  vs the same open-and-save
 *   import of a CSV  vs soffice --convert-to xlsx of that CSV
 * LibreOffice's open-and-save of our workbook is mostly its evaluation of the red and amber
 * conditional formats in every cell; the same workbook without them is the second anchor.
 * Targets (issue 7): refresh ≤ 0.15× time and ≤ 0.5× memory; validate/stats/export ≤ 0.1× time;
 * import ≤ 0.5× time and ≤ 1× memory. A benchmark, never a test.
 *   node scripts/bench-vs-libreoffice.js [--n 100000] [--dist DIR]
 */
const path = require('path');
const fs = require('fs');
const os = require('os');
const { execFileSync, spawnSync } = require('child_process');
const { writePlainWorkbook } = require('../bench/plainWorkbook');

const root = path.join(__dirname, '..');
const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const n = Number(arg('--n', '100000'));
const dist = arg('--dist', path.join(root, 'dist', 'bench-lo'));
const asOf = '2024-03-31T23:00';

/**
 * Runs a command under GNU time: wall seconds, CPU seconds (user + system) and peak RSS (MB) of
 * it and its children. On a shared machine the CPU time moves less than the wall time.
 */
function measure(label, cmd, args, opts = {}) {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M %U %S', cmd, ...args], { encoding: 'utf8', maxBuffer: 1 << 30, ...opts });
  const last = r.stderr.trim().split('\n').pop();
  const [secs, kb, user, sys] = last.split(' ').map(Number);
  if (r.status !== 0 && r.status !== 1) throw new Error(`${label} failed (${r.status}): ${r.stderr.slice(-2000)}`);
  const m = { label, seconds: secs, cpuSeconds: user + sys, peakMb: Math.round(kb / 1024) };
  process.stderr.write(`${label.padEnd(28)} ${secs.toFixed(1).padStart(7)} s ${m.cpuSeconds.toFixed(1).padStart(7)} s CPU ${String(m.peakMb).padStart(6)} MB\n`);
  return m;
}

function soffice(label, file, outDir, filter = 'xlsx') {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'sb-bench-lo-'));
  try {
    return measure(label, 'soffice', ['--headless', `-env:UserInstallation=file://${profile}`, '--convert-to', filter, '--outdir', outDir, file]);
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

async function main() {
  if (!fs.existsSync('/usr/bin/time')) {
    process.stderr.write('bench:libreoffice measures with GNU time (/usr/bin/time), which is not installed: apt-get install time\n');
    process.exit(2);
  }
  execFileSync(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', path.join(root, 'tsconfig.cli.json'), '--outDir', path.join(dist, 'dist', 'node')], { stdio: 'inherit' });
  fs.mkdirSync(path.join(dist, 'bin'), { recursive: true });
  fs.copyFileSync(path.join(root, 'bin', 'servicebook.js'), path.join(dist, 'bin', 'servicebook.js'));
  const bin = path.join(dist, 'bin', 'servicebook.js');
  const sb = (label, ...args) => measure(label, process.execPath, ['--max-old-space-size=8192', bin, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sb-bench-vs-lo-'));
  const book = path.join(dir, 'book.xlsx');
  process.stderr.write(`${n} tickets in ${dir}\n`);
  execFileSync(process.execPath, [bin, 'init', '-o', book, '--sample', String(n), '--as-of', asOf], { stdio: 'inherit' });

  // The CSV a team exports from elsewhere: the tickets' own columns, as `export --json` gives them.
  const exported = JSON.parse(execFileSync(process.execPath, [bin, 'export', book, '--json'], { maxBuffer: 1 << 30, encoding: 'utf8' }));
  const cols = ['id', 'receivedAt', 'channel', 'customerName', 'contact', 'subject', 'description', 'category', 'urgency', 'status', 'owner', 'department', 'resolvedAt', 'result', 'satisfaction'];
  const headers = ['工单编号', '受理时间', '沟通渠道', '客户名称', '联系方式', '沟通事由', '问题描述', '需求类型', '紧急程度', '处理状态', '负责人', '责任部门', '解决时间', '处理结果', '满意度'];
  const q = (v) => (v === null || v === undefined ? '' : /[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v).replace('T', ' '));
  const csv = path.join(dir, 'tickets.csv');
  fs.writeFileSync(csv, [headers.join(','), ...exported.tickets.map((t) => cols.map((c) => q(t[c])).join(','))].join('\n') + '\n');

  // The same workbook without its conditional formats (bench/plainWorkbook.js): both anchors are reported.
  const plain = path.join(dir, 'plain.xlsx');
  await writePlainWorkbook(book, plain);
  const loDir = path.join(dir, 'lo');
  fs.mkdirSync(loDir);
  const lo = soffice('LibreOffice open+save xlsx', book, loDir);
  const loPlain = soffice('LibreOffice open+save, no CF', plain, path.join(loDir, 'plain'));
  const loCsv = soffice('LibreOffice CSV → xlsx', csv, loDir);
  const ours = {
    refresh: sb('servicebook refresh', 'refresh', book, '-o', path.join(dir, 'refreshed.xlsx'), '--as-of', asOf),
    validate: sb('servicebook validate', 'validate', book),
    stats: sb('servicebook stats', 'stats', book, '--as-of', asOf, '--json'),
    export: sb('servicebook export', 'export', book, '--json'),
    import: sb('servicebook import (CSV)', 'import', csv, '-o', path.join(dir, 'imported.xlsx'), '--as-of', asOf),
  };
  const target = { refresh: [0.15, 0.5], validate: [0.1, null], stats: [0.1, null], export: [0.1, null], import: [0.5, 1] };
  for (const [title, anchor] of [['the workbook as written', lo], ['the same workbook without conditional formats', loPlain]]) {
    process.stdout.write(`\nServiceBook vs LibreOffice at ${n} tickets, open+save of ${title} (${os.cpus().length} CPU, node ${process.version})\n`);
    process.stdout.write('command     time ratio (target)   memory ratio (target)   CPU time ratio\n');
    for (const [k, m] of Object.entries(ours)) {
      const base = k === 'import' ? loCsv : anchor;
      const [tt, mt] = target[k];
      const tr = m.seconds / base.seconds;
      const mr = m.peakMb / base.peakMb;
      const cr = m.cpuSeconds / base.cpuSeconds;
      const ok = (v, t) => (t === null ? '' : v <= t ? ' ok' : ' MISSED');
      const memCol = `${mr.toFixed(2).padStart(7)}×${mt === null ? '' : ` (≤${mt})${ok(mr, mt)}`}`;
      process.stdout.write(`${k.padEnd(10)} ${tr.toFixed(3).padStart(7)}× (≤${tt})${ok(tr, tt).padEnd(8)} ${memCol.padEnd(23)} ${cr.toFixed(3).padStart(7)}×\n`);
    }
  }
  process.stdout.write(
    `LibreOffice: open+save ${lo.seconds} s (${lo.cpuSeconds.toFixed(1)} s CPU) / ${lo.peakMb} MB; ` +
      `without conditional formats ${loPlain.seconds} s (${loPlain.cpuSeconds.toFixed(1)} s CPU) / ${loPlain.peakMb} MB; ` +
      `CSV → xlsx ${loCsv.seconds} s (${loCsv.cpuSeconds.toFixed(1)} s CPU) / ${loCsv.peakMb} MB\n`,
  );
  fs.rmSync(dir, { recursive: true, force: true });
}

main().catch((e) => {
  process.stderr.write(`${e.stack ?? e}\n`);
  process.exit(1);
});
