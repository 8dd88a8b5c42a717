/** `servicebook export`. */
import type { Command } from 'commander';
import { maskContact } from '../../core/privacy/maskContact';
import { completeAll, configProblemJson, load, problemJson, problemsOf } from '../pipeline';
import { parseAsOf, writeJson, type Io } from '../args';

export function registerExport(program: Command, io: Io): void {
  program
    .command('export')
    .description('以 JSON 输出全部工单与问题')
    .argument('<input>', '.xlsx 或 .csv')
    .option('--as-of <time>', '转换非结构化输入时的当前时间')
    .option('--json', '输出 JSON（默认）', true)
    .action(async (input: string, o: { asOf?: string }) => {
      const loaded = await load(input);
      let tickets = loaded.tickets;
      if (!loaded.structured) tickets = completeAll(loaded, parseAsOf(o.asOf, loaded.settings.calendar.timeZone).asOf, false).tickets;
      // A contact typed straight into the grid is read as written: mask it before it leaves.
      else if (loaded.settings.masking.contacts) tickets = tickets.map((t) => ({ ...t, contact: maskContact(t.contact) }));
      const problems = [...problemsOf(loaded, loaded.tickets).map(problemJson), ...loaded.configProblems.map(configProblemJson)];
      await writeJson(io, { tickets, problems });
    });
}
