/** `servicebook export`. */
import type { Command } from 'commander';
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
      // A structured workbook's tables were redacted as they were read (readPlanTables), a
      // converted sheet's cells by readTickets: secrets, and contacts when masking is on.
      let tickets = loaded.tickets;
      if (!loaded.structured) tickets = completeAll(loaded, parseAsOf(o.asOf, loaded.settings.calendar.timeZone).asOf, false).tickets;
      const problems = [...problemsOf(loaded, loaded.tickets).map(problemJson), ...(loaded.secrets ?? []).map(problemJson), ...loaded.configProblems.map(configProblemJson)];
      await writeJson(io, { tickets, problems });
    });
}
