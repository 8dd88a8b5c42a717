import {
  closeSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'fs';
import { spawn } from 'child_process';
import ts from 'typescript';
import { tmpdir } from 'os';
import * as path from 'path';
import { mkdtempSync } from 'fs';
import { claimOutput, OutputPathError } from './outputFile';
import { setCliLocale } from './messages';

const dir = (): string => mkdtempSync(path.join(tmpdir(), 'sb-out-'));

async function refusal(p: Promise<unknown>): Promise<OutputPathError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof OutputPathError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

test('a claim writes through an exclusive temp file beside the output and renames it on commit', async () => {
  const d = dir();
  const out = path.join(d, 'book.xlsx');
  const claim = await claimOutput([], out, false);
  expect(path.dirname(claim.tmpPath)).toBe(d);
  expect(path.basename(claim.tmpPath).length).toBeLessThanOrEqual(18);
  writeFileSync(claim.tmpPath, 'data');
  await claim.commit();
  expect(readFileSync(out, 'utf8')).toBe('data');
  expect(readdirSync(d)).toEqual(['book.xlsx']);
});

test('temp names are unpredictable', async () => {
  const d = dir();
  const a = await claimOutput([], path.join(d, 'a.xlsx'), false);
  const b = await claimOutput([], path.join(d, 'b.xlsx'), false);
  expect(path.basename(a.tmpPath)).not.toBe(path.basename(b.tmpPath).replace('b', 'a'));
  await a.abort();
  await b.abort();
  expect(readdirSync(d)).toEqual([]);
});

test('an existing output is refused without --force, replaced with it', async () => {
  const d = dir();
  const out = path.join(d, 'book.xlsx');
  writeFileSync(out, 'old');
  const e = await refusal(claimOutput([], out, false));
  expect(e.code).toBe('exists');
  expect(e.message).toContain('--force');
  const claim = await claimOutput([], out, true);
  writeFileSync(claim.tmpPath, 'new');
  await claim.commit();
  expect(readFileSync(out, 'utf8')).toBe('new');
});

test('two concurrent claims of one new output: exactly one wins, the other fails clearly', async () => {
  const d = dir();
  const out = path.join(d, 'book.xlsx');
  const results = await Promise.allSettled([claimOutput([], out, false), claimOutput([], out, false)]);
  const ok = results.filter((r) => r.status === 'fulfilled');
  const bad = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
  expect(ok).toHaveLength(1);
  expect(bad).toHaveLength(1);
  expect(bad[0].reason).toBeInstanceOf(OutputPathError);
  // A third run started while the first still writes is refused too.
  expect((await refusal(claimOutput([], out, false))).code).toBe('exists');
  await (ok[0] as PromiseFulfilledResult<Awaited<ReturnType<typeof claimOutput>>>).value.abort();
  expect(existsSync(out)).toBe(false);
});

test('-o through a symlinked directory onto the input is refused even with --force', async () => {
  const d = dir();
  mkdirSync(path.join(d, 'real'));
  const input = path.join(d, 'real', 'in.xlsx');
  writeFileSync(input, 'input');
  symlinkSync(path.join(d, 'real'), path.join(d, 'link'));
  const e = await refusal(claimOutput([input], path.join(d, 'link', 'in.xlsx'), true));
  expect(e.code).toBe('sameAsInput');
  // A hard link to the input is the same file too.
  linkSync(input, path.join(d, 'hard.xlsx'));
  expect((await refusal(claimOutput([input], path.join(d, 'hard.xlsx'), true))).code).toBe('sameAsInput');
  expect(readFileSync(input, 'utf8')).toBe('input');
});

test('empty, directory, missing-parent and over-long outputs get one clear line before any work', async () => {
  const d = dir();
  expect((await refusal(claimOutput([], '', false))).code).toBe('empty');
  expect((await refusal(claimOutput([], '   ', true))).code).toBe('empty');
  expect((await refusal(claimOutput([], d, true))).code).toBe('isDirectory');
  expect((await refusal(claimOutput([], d + path.sep, true))).code).toBe('isDirectory');
  expect((await refusal(claimOutput([], path.join(d, 'nope', 'x.xlsx'), false))).code).toBe('noParent');
  writeFileSync(path.join(d, 'file'), '');
  expect((await refusal(claimOutput([], path.join(d, 'file', 'x.xlsx'), false))).code).toBe('noParent');
  expect((await refusal(claimOutput([], path.join(d, 'x'.repeat(300) + '.xlsx'), false))).code).toBe('nameTooLong');
  for (const e of [await refusal(claimOutput([], '', false))]) expect(e.message).not.toMatch(/ENOENT|errno|at /);
  expect(readdirSync(d)).toEqual(['file']);
});

test('a 240-character output name works (the temp name is short)', async () => {
  const d = dir();
  const out = path.join(d, `${'客'.repeat(1)}${'a'.repeat(234)}.xlsx`);
  expect(path.basename(out).length).toBe(240);
  const claim = await claimOutput([], out, false);
  writeFileSync(claim.tmpPath, 'x');
  await claim.commit();
  expect(readFileSync(out, 'utf8')).toBe('x');
});

test('a planted symlink cannot redirect the write: the temp file is created exclusively and is not a link', async () => {
  const d = dir();
  const claim = await claimOutput([], path.join(d, 'o.xlsx'), false);
  expect(lstatSync(claim.tmpPath).isSymbolicLink()).toBe(false);
  expect(lstatSync(claim.tmpPath).mode & 0o077).toBe(0);
  await claim.abort();
});

test('messages follow the locale', async () => {
  const d = dir();
  const out = path.join(d, 'b.xlsx');
  writeFileSync(out, '');
  setCliLocale('en-US');
  expect((await refusal(claimOutput([], out, false))).message).toMatch(/already exists/);
  setCliLocale('zh-TW');
  expect((await refusal(claimOutput([], out, false))).message).toMatch(/輸出檔案已存在/);
  setCliLocale('zh-CN');
});

test('abort after a refused commit leaves neither temp nor placeholder', async () => {
  const d = dir();
  const out = path.join(d, 'o.xlsx');
  const claim = await claimOutput([], out, false);
  const fd = openSync(claim.tmpPath, 'w');
  closeSync(fd);
  await claim.abort();
  await claim.abort();
  expect(readdirSync(d)).toEqual([]);
});

/** Compiles outputFile.ts and what it imports to plain JavaScript under `d`, for a child process. */
function compiled(d: string): string {
  const src = path.join(__dirname, '..');
  const files = ['cli/outputFile', 'cli/outputMessages', 'cli/messages/index', 'cli/messages/zh-CN', 'cli/messages/zh-TW', 'cli/messages/en-US', 'core/i18n/fillPlaceholders'];
  const options = { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true } };
  for (const f of files) {
    mkdirSync(path.dirname(path.join(d, f)), { recursive: true });
    writeFileSync(path.join(d, `${f}.js`), ts.transpileModule(readFileSync(path.join(src, `${f}.ts`), 'utf8'), options).outputText);
  }
  return path.join(d, 'cli', 'outputFile.js');
}

test.each(['SIGINT', 'SIGTERM'] as const)(
  '%s during the write removes the partial temp file and the placeholder',
  async (signal) => {
    const code = dir();
    const work = dir();
    const mod = compiled(code);
    const script = `
    const { claimOutput } = require(${JSON.stringify(mod)});
    const fs = require('fs');
    claimOutput([], ${JSON.stringify(path.join(work, 'out.xlsx'))}, false).then((c) => {
      fs.writeFileSync(c.tmpPath, Buffer.alloc(1 << 20, 7));
      process.stdout.write('writing');
      setInterval(() => fs.appendFileSync(c.tmpPath, 'x'), 10);
    });`;
    const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', () => resolve());
      child.on('exit', (c) => reject(new Error(`child exited ${c}`)));
    });
    expect(readdirSync(work).sort()).toHaveLength(2);
    const exit = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_c, s) => resolve(s)));
    child.kill(signal);
    expect(await exit).toBe(signal);
    expect(readdirSync(work)).toEqual([]);
  },
);
