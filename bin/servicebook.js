#!/usr/bin/env node
// The command is compiled from src/cli by `npm run build:cli` (run by `npm ci` through `prepare`).
const path = require('path');
const main = path.join(__dirname, '..', 'dist', 'node', 'cli', 'main.js');
try {
  require.resolve(main);
} catch {
  process.stderr.write('servicebook: not built yet; run `npm run build:cli` first.\n');
  process.exit(2);
}

// V8 lets the heap grow to about twice what survived the last full collection before collecting
// again; on a 100,000-ticket workbook most of that growth is short-lived text (parsed cells,
// row XML), and the peak was 740 MB where 210 MB were live. Growing by 60% at most keeps the
// peak near 590 MB for a few percent more collection time (README, Performance).
require('v8').setFlagsFromString('--heap-growing-percent=60');

// A reader that stops early (`| head -c 100`) closes the pipe: stop quietly with the code so far.
process.stdout.on('error', (e) => {
  if (e && e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

/**
 * Exits once everything written to stdout and stderr has reached the pipe or file: calling
 * process.exit() while a pipe is still draining cuts the output (at 64 KiB on Linux).
 */
function finish(code) {
  process.exitCode = code;
  let pending = 2;
  const done = () => {
    if (--pending === 0) process.exit(code);
  };
  process.stdout.write('', done);
  process.stderr.write('', done);
}

require(main).run(process.argv).then(finish, (err) => {
  process.stderr.write(`servicebook: ${err && err.message ? err.message : String(err)}\n`);
  finish(2);
});
