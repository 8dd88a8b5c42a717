/**
 * The `servicebook` command, the headless twin of the add-in (DESIGN.md):
 *   init | import | refresh | validate | stats | export | archive — one file per command in `commands/`.
 * Exit codes: 0 done (import also when rows have problems: they are reported), 1 validate found
 * problems, 2 the input or the arguments cannot be used (one line on stderr, no stack trace).
 * JSON goes to stdout; progress goes to stderr only when it is a terminal.
 */
import { Argument, Command, CommanderError } from 'commander';
import { defaultIo, UsageError, type Io } from './args';
import { redactText } from '../core/privacy/redactSecrets';
import { helpConfiguration, LocalizedCommand } from './localizedCommand';
import { messageLocale } from './locale';
import { setCliLocale, t } from './messages';
import { withClaims } from './outputFile';
import { fileErrorText } from './outputMessages';
import { registerInit } from './commands/init';
import { registerImport } from './commands/import';
import { registerRefresh } from './commands/refresh';
import { registerValidate } from './commands/validate';
import { registerStats } from './commands/stats';
import { registerExport } from './commands/export';
import { registerArchive } from './commands/archive';

export { UsageError };

/** How an argument reads in a usage line: `<input>`, `[more...]`. */
const usageOf = (a: Argument): string => (a.required ? `<${a.name()}${a.variadic ? '...' : ''}>` : `[${a.name()}${a.variadic ? '...' : ''}]`);

/** The program with every command, its help and its errors in the locale already set (setCliLocale). */
export function buildProgram(io: Io, setCode: (c: number) => void): Command {
  const program = new LocalizedCommand('servicebook')
    .description(t('programDescription'))
    .usage(t('helpProgramUsage'))
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err, outputError: (s, write) => write(s) })
    .configureHelp(helpConfiguration())
    .helpOption('-h, --help', t('helpOptionDescription'))
    .helpCommand('help [command]', t('helpCommandDescription'))
    .showHelpAfterError(false);

  registerInit(program, io);
  registerImport(program, io);
  registerRefresh(program, io);
  registerValidate(program, io, setCode);
  registerStats(program, io);
  registerExport(program, io);
  registerArchive(program, io);
  for (const c of program.commands) c.usage([t('helpCommandUsage'), ...c.registeredArguments.map(usageOf)].join(' '));
  return program;
}

/**
 * Runs the command with `argv` as process.argv (node, script, …args); resolves to the exit code.
 * Messages follow `--locale`, else the environment's language (`env`: LC_ALL, LC_MESSAGES, LANG).
 */
export async function run(argv: string[], io: Io = defaultIo(), env: Record<string, string | undefined> = process.env): Promise<number> {
  setCliLocale(messageLocale(argv.slice(2), env));
  let code = 0;
  const program = buildProgram(io, (c) => (code = c));
  try {
    await withClaims(() => program.parseAsync(argv));
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      // Help and version exit 0; usage errors were already printed by commander.
      return e.exitCode === 0 || e.code === 'commander.helpDisplayed' || e.code === 'commander.help' ? 0 : 2;
    }
    // A file-system error is worded, never shown raw (`ENOSPC: no space left on device, write`).
    const errno = e as NodeJS.ErrnoException | null;
    const msg = errno && typeof errno.code === 'string' && /^E[A-Z]+$/.test(errno.code) ? fileErrorText(errno.code, errno.path ?? '') : e instanceof Error ? e.message : String(e);
    // An error line may quote a file name or a cell: it goes through the redactor too.
    io.err(`${t('errorLine', { message: redactText(msg) })}\n`);
    return 2;
  }
}
