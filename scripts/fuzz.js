#!/usr/bin/env node
// Runs the "never throws" properties of test/fuzz with many more cases than `npm test` does.
// usage: npm run fuzz [-- RUNS]   (default 20000 runs per property)
const { spawnSync } = require('child_process');

const runs = process.argv[2] ?? '20000';
const jest = require.resolve('jest/bin/jest');
const r = spawnSync(process.execPath, [jest, '--testPathPattern', 'test/fuzz', '--selectProjects', 'unit'], {
  stdio: 'inherit',
  env: { ...process.env, FUZZ_RUNS: runs },
});
process.exit(r.status ?? 1);
