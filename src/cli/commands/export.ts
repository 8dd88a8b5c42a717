/** `servicebook export`. */
import type { Command } from 'commander';
import { maskContact } from '../../core/privacy/maskContact';
import { completeAll, configProblemJson, load, problemJson, problemsOf } from '../pipeline';
import { parseAsOf, parseLocale, writeJson, type Io } from '../args';
import { t } from '../messages';

export function registerExport(program: Command, io: Io): void {
  program
    .command('export')
    .description(t('exportDescription'))
    .argument('<input>', t('argInputAny'))
    .option('--as-of <time>', t('optAsOfExport'))
    .option('--locale <locale>', t('optLocale'))
    .option('--json', t('optJson'), true)
    .action(async (input: string, o: { asOf?: string; locale?: string }) => {
      parseLocale(o.locale);
      const loaded = await load(input);
      let tickets = loaded.tickets;
      if (!loaded.structured) tickets = completeAll(loaded, parseAsOf(o.asOf, loaded.settings.calendar.timeZone).asOf, false).tickets;
      // A contact typed straight into the grid is read as written: mask it before it leaves.
      else if (loaded.settings.masking.contacts) tickets = tickets.map((t) => ({ ...t, contact: maskContact(t.contact) }));
      const problems = [...problemsOf(loaded, loaded.tickets).map(problemJson), ...loaded.configProblems.map(configProblemJson)];
      await writeJson(io, { tickets, problems });
    });
}
