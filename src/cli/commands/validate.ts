/** `servicebook validate`. */
import type { Command } from 'commander';
import { configProblemJson, load, problemJson, problemsOf } from '../pipeline';
import { json, parseLocale, warn, type Io } from '../args';
import { t } from '../messages';
import { placeProblem } from '../readReport';
import type { Problem } from '../../core/validation/problem';

export function registerValidate(program: Command, io: Io, setCode: (c: number) => void): void {
  program
    .command('validate')
    .description(t('validateDescription'))
    .argument('<input>', t('argInputAny'))
    .option('--locale <locale>', t('optLocale'))
    .option('--json', t('optJson'), false)
    .action(async (input: string, o: { locale?: string; json: boolean }) => {
      parseLocale(o.locale);
      const loaded = await load(input);
      // Several sheets were read one below the other: each problem names its sheet and its row there.
      const starts = loaded.sheetStarts ?? [];
      const placed = (p: Problem): Problem => (starts.length > 1 ? placeProblem(p, starts) : p);
      const problems = [...problemsOf(loaded, loaded.tickets).map(placed).map(problemJson), ...(loaded.secrets ?? []).map(placed).map(problemJson), ...loaded.configProblems.map(configProblemJson)];
      warn(io, loaded.warnings);
      if (o.json) io.out(json({ ok: problems.length === 0, tickets: loaded.tickets.length, problems, warnings: loaded.warnings }));
      else if (problems.length === 0) io.out(`${t('validateClean', { count: loaded.tickets.length })}\n`);
      else io.out(problems.map((p) => `${p.message}\n`).join('') + `${t('validateTotal', { count: problems.length })}\n`);
      setCode(problems.length ? 1 : 0);
    });
}
