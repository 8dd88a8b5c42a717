/** `servicebook export`. */
import type { Command } from 'commander';
import { completeAll, configProblemJson, load, problemJson, problemsOf } from '../pipeline';
import { json, parseAsOf, type Io } from '../args';

export function registerExport(program: Command, io: Io): void {
  program
    .command('export')
    .description('以 JSON 输出全部工单与问题')
    .argument('<input>', '.xlsx 或 .csv')
    .option('--as-of <time>', '转换非结构化输入时的当前时间')
    .option('--json', '输出 JSON（默认）', true)
    .action(async (input: string, o: { asOf?: string }) => {
      const loaded = await load(input);
      // A structured workbook's tables were redacted as they were read (readPlanTables), a
      // converted sheet's cells by readTickets: secrets, and contacts when masking is on.
      let tickets = loaded.tickets;
      if (!loaded.structured) tickets = completeAll(loaded, parseAsOf(o.asOf, loaded.settings.calendar.timeZone).asOf, false).tickets;
      const problems = [...problemsOf(loaded, loaded.tickets).map(problemJson), ...(loaded.secrets ?? []).map(problemJson), ...loaded.configProblems.map(configProblemJson)];
      io.out(json({ tickets, problems }));
    });
}
