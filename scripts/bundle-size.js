#!/usr/bin/env node
/**
 * Measures what the task pane loads at start in the production build (dist/): the scripts that
 * taskpane.html references (the entry's initial chunks), plus the chunks the boot code loads
 * before the first interactive render (the pane shell and the Office.js host), gzipped.
 * office.js itself comes from Microsoft's CDN and is not counted.
 *
 * Prints a table; exits 0 and warns above the 300 KB target (exit 1 only with --strict), so the
 * figure is reported rather than silently gating the build. `--json` prints the figures as JSON.
 */
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const TARGET_KB = 300;
const dist = path.resolve(__dirname, '..', process.env.DIST_DIR || 'dist');
const args = new Set(process.argv.slice(2));

const gz = (file) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
const kb = (n) => (n / 1024).toFixed(1);

function main() {
  const statsFile = path.join(dist, 'bundle-stats.json');
  if (!fs.existsSync(statsFile)) {
    console.error(`bundle-size: ${statsFile} not found — run \`npm run build\` first.`);
    process.exit(2);
  }
  const { groups } = JSON.parse(fs.readFileSync(statsFile, 'utf8'));
  const filesOf = (name) => (groups[name] ? groups[name].files : []);
  // Entry chunks (the scripts in taskpane.html), then what the boot code imports right after
  // Office.onReady: the pane shell ("pane") and the Office.js host ("host"), with their shared chunks.
  const initial = [...new Set(filesOf('taskpane'))];
  const startup = [...new Set([...filesOf('pane'), ...filesOf('host'), ...filesOf('tab-setup')])].filter((f) => !initial.includes(f));
  const commands = new Set(filesOf('commands'));
  const files = fs.readdirSync(dist).filter((f) => f.endsWith('.js'));
  const lazy = files.filter((f) => !initial.includes(f) && !startup.includes(f) && !commands.has(f));
  const rows = [];
  const add = (group, f) => {
    const p = path.join(dist, f);
    rows.push({ group, file: f, bytes: fs.statSync(p).size, gzip: gz(p) });
  };
  initial.forEach((f) => add('initial', f));
  startup.forEach((f) => add('startup', f));
  lazy.forEach((f) => add('lazy', f));

  const sum = (g) => rows.filter((r) => g.includes(r.group)).reduce((a, r) => a + r.gzip, 0);
  const totals = {
    initialGzipKB: +kb(sum(['initial'])),
    atStartGzipKB: +kb(sum(['initial', 'startup'])),
    lazyGzipKB: +kb(sum(['lazy'])),
    targetKB: TARGET_KB,
  };
  if (args.has('--json')) {
    console.log(JSON.stringify({ ...totals, files: rows }, null, 2));
  } else {
    console.log('group    gzip KB   raw KB  file');
    for (const r of rows) console.log(`${r.group.padEnd(8)} ${kb(r.gzip).padStart(7)} ${kb(r.bytes).padStart(8)}  ${r.file}`);
    console.log(`\ninitial scripts (taskpane.html):            ${totals.initialGzipKB} KB gzipped`);
    console.log(`loaded at start (+ pane, host, Setup tab): ${totals.atStartGzipKB} KB gzipped (target ≤ ${TARGET_KB} KB)`);
    console.log(`loaded on demand (tabs and their rules):    ${totals.lazyGzipKB} KB gzipped`);
  }
  if (totals.atStartGzipKB > TARGET_KB) {
    console.warn(`WARNING: the pane loads ${totals.atStartGzipKB} KB gzipped at start, above the ${TARGET_KB} KB target.`);
    if (args.has('--strict')) process.exit(1);
  }
}

main();
