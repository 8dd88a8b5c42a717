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
require(main).run(process.argv).then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`servicebook: ${err && err.message ? err.message : String(err)}\n`);
    process.exit(2);
  },
);
