/**
 * The real command in a child process, its stdout a pipe: everything arrives (it used to stop at
 * 64 KiB because process.exit ran before the pipe drained), and a reader that stops early
 * (`| head -c`) ends the command quietly.
 */
import { execFileSync, execSync } from 'child_process';
import { copyFileSync, mkdirSync } from 'fs';
import * as path from 'path';
import { sb, tempDir } from './helpers';

jest.setTimeout(180_000);

const root = path.join(__dirname, '..', '..');
const build = path.join(root, 'dist', 'pipe-test');
const bin = path.join(build, 'bin', 'servicebook.js');
const dir = tempDir('sb-pipe-');
const book = path.join(dir, 'book.xlsx');

beforeAll(async () => {
  // The command as users run it: bin/servicebook.js over the compiled CLI (a private build).
  execFileSync(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', path.join(root, 'tsconfig.cli.json'), '--outDir', path.join(build, 'dist', 'node')], { stdio: 'pipe' });
  mkdirSync(path.dirname(bin), { recursive: true });
  copyFileSync(path.join(root, 'bin', 'servicebook.js'), bin);
  expect((await sb('init', '-o', book, '--sample', '400', '--as-of', '2024-03-31T23:00')).code).toBe(0);
});

test('export --json through a pipe arrives whole (far more than 64 KiB) with exit 0', async () => {
  const inProcess = (await sb('export', book, '--json')).out;
  expect(Buffer.byteLength(inProcess)).toBeGreaterThan(4 * 65536);
  const piped = execSync(`"${process.execPath}" "${bin}" export "${book}" --json | cat; echo "exit=\${PIPESTATUS[0]}"`, { shell: '/bin/bash', encoding: 'utf8', maxBuffer: 1 << 28 });
  expect(piped).toBe(`${inProcess}exit=0\n`);
  expect(JSON.parse(inProcess).tickets).toHaveLength(400);
});

test('a reader that stops early (head -c) ends the command without an error message', () => {
  const out = execSync(`"${process.execPath}" "${bin}" export "${book}" --json 2>"${dir}/err.txt" | head -c 100 | wc -c; cat "${dir}/err.txt"`, { shell: '/bin/bash', encoding: 'utf8' });
  expect(out.trim()).toBe('100');
});
