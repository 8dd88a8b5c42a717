/**
 * The `servicebook` command, the headless twin of the add-in (DESIGN.md):
 *   init | import | refresh | validate | stats | export — one file per command in `commands/`.
 * Exit codes: 0 done (import also when rows have problems: they are reported), 1 validate found
 * problems, 2 the input or the arguments cannot be used (one line on stderr, no stack trace).
 * JSON goes to stdout; progress goes to stderr only when it is a terminal.
 */
import { Command, CommanderError } from 'commander';
import { defaultIo, UsageError, type Io } from './args';
import { UnusableInputError } from './pipeline';
import { redactText } from '../core/privacy/redactSecrets';
import { registerInit } from './commands/init';
import { registerImport } from './commands/import';
import { registerRefresh } from './commands/refresh';
import { registerValidate } from './commands/validate';
import { registerStats } from './commands/stats';
import { registerExport } from './commands/export';

export { UsageError };

export function buildProgram(io: Io, setCode: (c: number) => void): Command {
  const program = new Command('servicebook')
    .description('ServiceBook：把客户服务记录表转换为结构化工作簿，并刷新统计。')
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err, outputError: (s, write) => write(s) })
    .showHelpAfterError(false);

  registerInit(program, io);
  registerImport(program, io);
  registerRefresh(program, io);
  registerValidate(program, io, setCode);
  registerStats(program, io);
  registerExport(program, io);
  return program;
}

/** Runs the command with `argv` as process.argv (node, script, …args); resolves to the exit code. */
export async function run(argv: string[], io: Io = defaultIo()): Promise<number> {
  let code = 0;
  const program = buildProgram(io, (c) => (code = c));
  try {
    await program.parseAsync(argv);
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      // Help and version exit 0; usage errors were already printed by commander.
      return e.exitCode === 0 || e.code === 'commander.helpDisplayed' || e.code === 'commander.help' ? 0 : 2;
    }
    // An error line may quote a file name or a cell: it goes through the redactor too.
    if (e instanceof UsageError || e instanceof UnusableInputError) {
      io.err(`servicebook: ${redactText(e.message)}\n`);
      return 2;
    }
    const msg = e instanceof Error ? e.message : String(e);
    io.err(`servicebook: ${redactText(msg)}\n`);
    return 2;
  }
}
