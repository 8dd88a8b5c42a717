#!/usr/bin/env node
/**
 * Compiles src/core alone (no workbook/xlsx/cli, so other people's work in progress cannot
 * break it) for bench/core.bench.js.
 *   node bench/build-core.js               working tree  → bench/.build/after/core
 *   node bench/build-core.js --ref HEAD    a git revision → bench/.build/<ref>/core
 *                                          (read with `git archive`; git state is not touched)
 */
const path = require('path');
const fs = require('fs');
const { execFileSync } = require('child_process');

const root = path.join(__dirname, '..');
const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const refAt = process.argv.indexOf('--ref');
const ref = refAt > 0 ? process.argv[refAt + 1] : null;

if (!ref) {
  execFileSync(process.execPath, [tsc, '-p', path.join(__dirname, 'tsconfig.core.json')], { stdio: 'inherit' });
  process.stdout.write(`built ${path.join(__dirname, '.build', 'after', 'core')}\n`);
} else {
  const safe = ref.replace(/[^\w.-]/g, '_');
  const src = path.join(__dirname, '.build', `src-${safe}`);
  const out = path.join(__dirname, '.build', safe);
  fs.rmSync(src, { recursive: true, force: true });
  fs.mkdirSync(src, { recursive: true });
  const tar = execFileSync('git', ['archive', ref, 'src/core'], { cwd: root, maxBuffer: 1 << 28 });
  execFileSync('tar', ['-x', '-C', src], { input: tar });
  const cfg = path.join(src, 'tsconfig.json');
  fs.writeFileSync(
    cfg,
    JSON.stringify({
      extends: path.join(root, 'tsconfig.json'),
      compilerOptions: { noEmit: false, outDir: out, rootDir: path.join(src, 'src'), types: ['node'], typeRoots: [path.join(root, 'node_modules', '@types')] },
      include: [path.join(src, 'src', 'core')],
      exclude: [path.join(src, 'src', '**', '*.test.ts')],
    }),
  );
  try {
    execFileSync(process.execPath, [tsc, '-p', cfg], { stdio: 'inherit' });
  } finally {
    // The copied .ts must not stay where the project's tsconfig (which includes bench/) sees it.
    fs.rmSync(src, { recursive: true, force: true });
  }
  process.stdout.write(`built ${path.join(out, 'core')}\n`);
}
