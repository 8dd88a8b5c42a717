/**
 * Claiming an output file safely, before any work, for every command that writes one.
 *
 * `claimOutput(inputs, out, force)` checks the path and says what is wrong in one line of the
 * user's language (this run's locale, src/cli/messages) (empty, a folder, no such folder, name too long, exists without --force, the
 * input itself — compared by real path and by device + inode, so `-o` through a symlinked folder
 * or a hard link never overwrites an input, even with --force). Without --force it then creates
 * `out` exclusively (O_EXCL) as a placeholder, so the "refuse unless --force" check and the
 * creation are one step: of two concurrent runs, one fails clearly. It creates an exclusive temp
 * file with an unpredictable, short name (`.sb-<10 hex>.tmp`, so a 240-character output name
 * still fits) beside the output, mode 0600 while it holds partial data.
 *
 * The caller's writer writes `tmpPath` completely; `commit()` fsyncs it, renames it onto `out`
 * and fsyncs the folder; `abort()` removes the temp file and the placeholder. SIGINT, SIGTERM and
 * exit remove both too, so no partial file of customer data is left behind.
 */
import { AsyncLocalStorage } from 'async_hooks';
import { randomBytes } from 'crypto';
import { lstatSync, promises as fs, unlinkSync, type Stats } from 'fs';
import * as path from 'path';
import { outputProblemText, problemOfErrno, type OutputProblem } from './outputMessages';

/** A problem with the output path: printed as one line, exit code 2. */
export class OutputPathError extends Error {
  constructor(
    readonly code: OutputProblem,
    message: string,
  ) {
    super(message);
    this.name = 'OutputPathError';
  }
}

export interface OutputClaim {
  /** Where the writer writes the whole file. */
  tmpPath: string;
  /** fsync, then rename onto the output. */
  commit(): Promise<void>;
  /** Removes the temp file (and the placeholder when this run created the output). */
  abort(): Promise<void>;
}

interface Active {
  tmp: string;
  target: string;
  placeholder: { dev: number; ino: number } | null;
}

const active = new Set<Active>();
/**
 * Claims neither committed nor aborted yet, per run: `withClaims` gives each run its own set (so
 * one failing run never aborts another's claim when several run in one process) and aborts what
 * its run left open.
 */
const runClaims = new AsyncLocalStorage<Set<OutputClaim>>();
const NO_RUN = new Set<OutputClaim>();
const openSet = (): Set<OutputClaim> => runClaims.getStore() ?? NO_RUN;
const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM'];

const errnoOf = (e: unknown): string | undefined => (e as NodeJS.ErrnoException | null)?.code;

/** The placeholder this run created, if it is still there unchanged. */
function isOurPlaceholder(a: Active, st: Stats | null): boolean {
  return (
    a.placeholder !== null &&
    st !== null &&
    st.dev === a.placeholder.dev &&
    st.ino === a.placeholder.ino &&
    st.size === 0
  );
}

function cleanupSync(a: Active): void {
  try {
    unlinkSync(a.tmp);
  } catch {
    // already gone
  }
  try {
    if (isOurPlaceholder(a, lstatSync(a.target))) unlinkSync(a.target);
  } catch {
    // already gone
  }
}

function onSignal(signal: NodeJS.Signals): void {
  for (const a of active) cleanupSync(a);
  active.clear();
  unhook();
  process.kill(process.pid, signal);
}
const onExit = (): void => {
  for (const a of active) cleanupSync(a);
};

function hook(a: Active): void {
  if (active.size === 0) {
    for (const s of SIGNALS) process.on(s, onSignal);
    process.on('exit', onExit);
  }
  active.add(a);
}
function unhook(a?: Active): void {
  if (a) active.delete(a);
  if (active.size > 0) return;
  for (const s of SIGNALS) process.removeListener(s, onSignal);
  process.removeListener('exit', onExit);
}

async function statOrNull(p: string, follow: boolean): Promise<Stats | null> {
  try {
    return follow ? await fs.stat(p) : await fs.lstat(p);
  } catch (e) {
    if (errnoOf(e) === 'ENOENT') return null;
    throw e;
  }
}

const sameFile = (a: Stats | null, b: Stats | null): boolean =>
  a !== null && b !== null && a.dev === b.dev && a.ino === b.ino;

/** The mode a new file gets from the umask (0644 for the usual 022). */
function newFileMode(): number {
  const mask = process.umask();
  return 0o666 & ~mask;
}

export async function claimOutput(inputs: readonly string[], out: string, force: boolean): Promise<OutputClaim> {
  const fail = (code: OutputProblem): OutputPathError => new OutputPathError(code, outputProblemText(code, out));
  const wrap = (e: unknown): OutputPathError => (e instanceof OutputPathError ? e : fail(problemOfErrno(errnoOf(e))));
  if (typeof out !== 'string' || out.trim() === '') throw fail('empty');
  if (/[\\/]$/.test(out) || /(^|[\\/])\.{1,2}$/.test(out)) throw fail('isDirectory');
  const abs = path.resolve(out);
  const name = path.basename(abs);
  if (Buffer.byteLength(name, 'utf8') > 255) throw fail('nameTooLong');

  let folder: string;
  try {
    folder = await fs.realpath(path.dirname(abs));
    if (!(await fs.stat(folder)).isDirectory()) throw fail('noParent');
  } catch (e) {
    throw e instanceof OutputPathError ? e : fail('noParent');
  }
  const target = path.join(folder, name);

  let existing: Stats | null;
  let link: Stats | null;
  try {
    existing = await statOrNull(target, true);
    link = await statOrNull(target, false);
  } catch (e) {
    throw errnoOf(e) === 'ELOOP' ? fail('notFile') : wrap(e);
  }
  for (const input of inputs) {
    const st = await statOrNull(path.resolve(input), true).catch(() => null);
    let real: string | null = null;
    try {
      real = await fs.realpath(input);
    } catch {
      real = null;
    }
    if (sameFile(st, existing) || sameFile(st, link) || real === target) throw fail('sameAsInput');
  }
  if (existing?.isDirectory()) throw fail('isDirectory');
  if (existing && !existing.isFile()) throw fail('notFile');
  if (link && !force) throw fail('exists');

  const mode = existing ? existing.mode & 0o777 : newFileMode();
  let placeholder: Active['placeholder'] = null;
  if (!force) {
    try {
      const fh = await fs.open(target, 'wx', mode);
      const st = await fh.stat();
      await fh.close();
      placeholder = { dev: st.dev, ino: st.ino };
    } catch (e) {
      throw wrap(e);
    }
  }
  const tmp = path.join(folder, `.sb-${randomBytes(5).toString('hex')}.tmp`);
  const a: Active = { tmp, target, placeholder };
  hook(a);
  try {
    const fh = await fs.open(tmp, 'wx', 0o600);
    await fh.close();
  } catch (e) {
    cleanupSync(a);
    unhook(a);
    throw wrap(e);
  }

  let done = false;
  const claim: OutputClaim = {
    tmpPath: tmp,
    async commit(): Promise<void> {
      if (done) return;
      try {
        const fh = await fs.open(tmp, 'r+');
        try {
          await fh.chmod(mode);
          await fh.sync();
        } finally {
          await fh.close();
        }
        await fs.rename(tmp, target);
      } catch (e) {
        cleanupSync(a);
        unhook(a);
        done = true;
        openSet().delete(claim);
        throw wrap(e);
      }
      done = true;
      openSet().delete(claim);
      unhook(a);
      await syncFolder(folder);
    },
    async abort(): Promise<void> {
      if (done) return;
      done = true;
      openSet().delete(claim);
      cleanupSync(a);
      unhook(a);
    },
  };
  const open = openSet();
  open.add(claim);
  return claim;
}

/**
 * Runs one command with its own set of claims, and aborts those it leaves open (it failed after
 * claiming its output): no temp file or placeholder remains.
 * @example await withClaims(() => program.parseAsync(argv))
 */
export async function withClaims<T>(fn: () => Promise<T>): Promise<T> {
  const claims = new Set<OutputClaim>();
  try {
    return await runClaims.run(claims, fn);
  } finally {
    for (const c of [...claims]) await c.abort();
  }
}

/** Makes the rename durable (best effort: some file systems refuse to fsync a folder). */
async function syncFolder(folder: string): Promise<void> {
  try {
    const fh = await fs.open(folder, 'r');
    try {
      await fh.sync();
    } finally {
      await fh.close();
    }
  } catch {
    // not supported here
  }
}

const isXlsm = (file: string): boolean => path.extname(file).toLowerCase() === '.xlsm';

/**
 * Why an output name would give Excel a file it will not open, or null: a workbook edited in place
 * keeps its kind (an .xlsm stays .xlsm, its VBA project copied), a new workbook is never .xlsm.
 * `input` is the workbook edited in place, or null when a new one is written.
 * @example outputKindRefusal('book.xlsm', 'out.xlsx') === 'outputMustBeXlsm'
 * @example outputKindRefusal(null, 'out.xlsm') === 'outputMustNotBeXlsm'
 */
export function outputKindRefusal(input: string | null, output: string): 'outputMustBeXlsm' | 'outputMustNotBeXlsm' | null {
  const macros = input !== null && isXlsm(input);
  if (macros === isXlsm(output)) return null;
  return macros ? 'outputMustBeXlsm' : 'outputMustNotBeXlsm';
}
