/** `servicebook validate`. */
import type { Command } from 'commander';
import { configProblemJson, load, problemJson, problemsOf } from '../pipeline';
import { json, type Io } from '../args';

export function registerValidate(program: Command, io: Io, setCode: (c: number) => void): void {
  program
    .command('validate')
    .description('检查工单：0 无问题，1 有问题，2 无法使用的输入')
    .argument('<input>', '.xlsx 或 .csv')
    .option('--json', '输出 JSON', false)
    .action(async (input: string, o: { json: boolean }) => {
      const loaded = await load(input);
      const problems = [...problemsOf(loaded, loaded.tickets).map(problemJson), ...(loaded.secrets ?? []).map(problemJson), ...loaded.configProblems.map(configProblemJson)];
      if (o.json) io.out(json({ ok: problems.length === 0, tickets: loaded.tickets.length, problems }));
      else if (problems.length === 0) io.out(`${loaded.tickets.length} 条工单，未发现问题\n`);
      else io.out(problems.map((p) => `${p.message}\n`).join('') + `共 ${problems.length} 个问题\n`);
      setCode(problems.length ? 1 : 0);
    });
}
