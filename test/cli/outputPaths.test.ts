/** Output paths through the command: every problem is one line before any work, the input is never overwritten. */
import { mkdirSync, readdirSync, readFileSync, symlinkSync, copyFileSync } from 'fs';
import * as path from 'path';
import { EXAMPLES, sb, tempDir } from './helpers';

const SOURCE = path.join(EXAMPLES, 'seed000-客户服务沟通记录表.xlsx');

test('-o "" is refused with one line, exit 2, nothing written', async () => {
  const d = tempDir();
  const r = await sb('init', '-o', '');
  expect(r.code).toBe(2);
  expect(r.err.trim().split('\n')).toHaveLength(1);
  expect(r.err).toContain('输出路径为空');
  expect(readdirSync(d)).toEqual([]);
});

test('import -o through a symlinked folder onto the input with --force leaves the input intact', async () => {
  const d = tempDir();
  mkdirSync(path.join(d, 'real'));
  const input = path.join(d, 'real', 'in.xlsx');
  copyFileSync(SOURCE, input);
  const before = readFileSync(input);
  symlinkSync(path.join(d, 'real'), path.join(d, 'link'));
  const r = await sb('import', input, '-o', path.join(d, 'link', 'in.xlsx'), '--force');
  expect(r.code).toBe(2);
  expect(r.err).toContain('输出文件不能与输入文件相同');
  expect(readFileSync(input).equals(before)).toBe(true);
});

test('two concurrent imports to one new output: one succeeds, the other fails with one clear line', async () => {
  const d = tempDir();
  const out = path.join(d, 'o.xlsx');
  const [a, b] = await Promise.all([sb('import', SOURCE, '-o', out, '--as-of', '2024-03-31T12:00'), sb('import', SOURCE, '-o', out, '--as-of', '2024-03-31T12:00')]);
  expect([a.code, b.code].sort()).toEqual([0, 2]);
  expect((a.code ? a : b).err).toContain('输出文件已存在');
  expect(readdirSync(d)).toEqual(['o.xlsx']);
});

test('an unreadable input leaves neither the output nor a temp file', async () => {
  const d = tempDir();
  const r = await sb('import', path.join(d, 'missing.csv'), '-o', path.join(d, 'o.xlsx'));
  expect(r.code).toBe(2);
  expect(r.err).not.toMatch(/ENOENT|at .*\.js/);
  expect(readdirSync(d)).toEqual([]);
});

test('path problems are worded in the chosen locale', async () => {
  const d = tempDir();
  const r = await sb('init', '-o', path.join(d, 'no', 'such', 'x.xlsx'), '--locale', 'en-US');
  expect(r.code).toBe(2);
  expect(r.err).toContain("the output file's folder does not exist");
});

test('a run that fails never aborts the output of another run in the same process', async () => {
  const d = tempDir();
  const good = sb('import', SOURCE, '-o', path.join(d, 'a.xlsx'), '--as-of', '2024-03-31T12:00');
  const bad = sb('import', path.join(d, 'missing.csv'), '-o', path.join(d, 'b.xlsx'));
  const [a, b] = await Promise.all([good, bad]);
  expect([a.code, b.code]).toEqual([0, 2]);
  expect(readdirSync(d)).toEqual(['a.xlsx']);
});
