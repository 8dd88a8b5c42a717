/**
 * `servicebook archive IN.xlsx (--before DATE | --keep PERIOD) -o ARCHIVE.xlsx [--append]`:
 * moves finished tickets received before the cut — with their Ticket_Log lines and Subtasks —
 * into ARCHIVE.xlsx, a ServiceBook workbook of the same structure with its own statistics, and
 * removes them from IN.xlsx, whose archived numbers stay reserved (Config_Reserved).
 *
 * IN.xlsx is the one input a command changes, and only this way: the archive is written and
 * renamed into place first; then IN.xlsx is edited in the package sense (only the moved rows and
 * Config_Reserved change) into a temporary file beside it, which replaces it in one rename —
 * unless IN.xlsx changed on disk meanwhile. A run stopped in between leaves the tickets in both
 * files: run it again with --append and it finishes (a number already in the archive is not
 * copied twice). A second run moves nothing more. The counts before and after are printed.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import type { Command } from 'commander';
import { cutForBefore, cutForKeep, parseKeep } from '../../core/archive/archiveCut';
import { fromMinutes, toMinutes } from '../../core/time/localDateTime';
import { checkOutput, completeAll, load, loadStructuredBook, statsOf, writeOut, type Loaded } from '../pipeline';
import { planArchive, type ArchivePlan, type Counts } from '../archive/planArchive';
import { removeFromWorking } from '../archive/removeFromWorking';
import { blankLoaded } from './init';
import { teamOf } from '../sources';
import { json, localeOf, note, parseAsOf, progress, UsageError, type Io } from '../args';

const exists = async (p: string): Promise<boolean> =>
  fs.access(p).then(
    () => true,
    () => false,
  );

const countLine = (c: Counts): string => `${c.tickets} 条工单、${c.logLines} 条处理记录、${c.subtasks} 条子任务`;
const total = (a: Counts, b: Counts): Counts => ({ tickets: a.tickets + b.tickets, logLines: a.logLines + b.logLines, subtasks: a.subtasks + b.subtasks });

export function registerArchive(program: Command, io: Io): void {
  program
    .command('archive')
    .description(
      '把受理时间早于截止点的已完成/已关闭工单（连同处理记录与子任务）移入归档工作簿，并从原工作簿中删除；' +
        '原工作簿在归档写好之后原位更新（只改被移走的行与 Config_Reserved，编号保留不再使用）',
    )
    .argument('<input>', '工作中的结构化工作簿 .xlsx（将被原位更新）')
    .option('--before <date>', '截止日期：受理时间早于此日 0 点的工单（yyyy-MM-dd）')
    .option('--keep <period>', '保留最近 N 个自然周期（含当前）：如 90d、8w、12m、4q、1y')
    .requiredOption('-o, --output <file>', '归档工作簿 .xlsx')
    .option('--append', '追加到已有的归档工作簿', false)
    .option('--as-of <time>', '当前时间（yyyy-MM-ddTHH:mm），--keep 从此时起算')
    .option('--json', '输出 JSON 摘要', false)
    .action(async (input: string, o: { before?: string; keep?: string; output: string; append: boolean; asOf?: string; json: boolean }) => {
      if (Boolean(o.before) === Boolean(o.keep)) throw new UsageError('请指定 --before 日期 或 --keep 周期（二选一）');
      const out = o.output;
      const bad = await checkOutput(input, out, o.append);
      if (bad) throw new UsageError(bad.replace('--force', '--append'));
      note(io, `读取 ${input} …`);
      const stat = await fs.stat(input).catch(() => null);
      if (!stat) throw new UsageError(`找不到输入文件：${input}`);
      const { loaded: working, book } = await loadStructuredBook(input);
      const { asOf, fixed } = parseAsOf(o.asOf, working.settings.calendar.timeZone);
      const cut = o.before ? cutForBefore(o.before) : keepCut(o.keep!, asOf);
      if (!cut) throw new UsageError(`--before 应为 yyyy-MM-dd 日期：${o.before}`);
      const archive: Loaded | null = o.append && (await exists(out)) ? await load(out) : null;
      if (archive && !archive.structured) throw new UsageError(`归档文件不是 ServiceBook 工作簿：${out}`);
      const plan = planArchive({ working, tables: book.tables, archive, cut, team: teamOf(input, working.settings.team) });
      const summary = { input, archive: out, cut, moved: plan.moved.length, alreadyArchived: plan.alreadyArchived, keptBack: plan.keptBack, before: plan.before, after: plan.after };
      const sumBefore = total(plan.before.working, plan.before.archive);
      const sumAfter = total(plan.after.working, plan.after.archive);
      const dup = plan.alreadyArchived;
      if (sumAfter.tickets + dup !== sumBefore.tickets) throw new Error(`计数不一致：归档前 ${countLine(sumBefore)}，归档后 ${countLine(sumAfter)}`);

      if (plan.moved.length > 0) {
        note(io, `写入归档 ${out}（${plan.archive.tickets.length} 条工单）…`);
        await writeArchive(plan, out, localeOf(working), asOf, fixed, io);
        note(io, `从 ${input} 移除 ${plan.moved.length} 条工单 …`);
        await replaceWorking(input, stat, plan);
      }
      if (o.json) io.out(json(summary));
      else
        io.out(
          (plan.moved.length ? `已归档 ${plan.moved.length} 条工单（受理时间早于 ${cut}）→ ${out}\n` : `没有需要归档的工单（受理时间早于 ${cut} 的已完成工单）\n`) +
            `归档前：工作簿 ${countLine(plan.before.working)}；归档 ${countLine(plan.before.archive)}\n` +
            `归档后：工作簿 ${countLine(plan.after.working)}；归档 ${countLine(plan.after.archive)}\n` +
            (dup ? `其中 ${dup} 条已在归档中（上次归档未完成），未重复写入\n` : '') +
            (plan.keptBack ? `${plan.keptBack} 条已完成工单未移动：缺少编号、编号重复或有无法读取的记录行\n` : ''),
        );
    });
}

function keepCut(spec: string, asOf: string): string {
  const keep = parseKeep(spec);
  if (!keep) throw new UsageError(`--keep 应为 数字加单位 d、w、m、q、y（如 12m、1y）：${spec}`);
  return cutForKeep(keep, asOf);
}

/** The archive workbook from the plan: completed by the engine, statistics over the archived period. */
async function writeArchive(plan: ArchivePlan, out: string, locale: ReturnType<typeof localeOf>, asOf: string, fixed: boolean, io: Io): Promise<void> {
  const a = plan.archive;
  const loaded = blankLoaded(a.settings, a.tickets, a.logs, a.subtasks);
  const { tickets, logs } = completeAll(loaded, asOf, true);
  // The archived period runs from the first archived day to the cut (or the latest ticket, if later).
  const latest = Math.max(toMinutes(plan.cut) - 1, ...tickets.map((t) => (t.receivedAt ? toMinutes(t.receivedAt) : -Infinity)));
  const stats = statsOf(tickets, logs, a.settings, 'all', fromMinutes(latest));
  await writeOut({ out, settings: a.settings, locale, tickets, logs, subtasks: a.subtasks, stats, fixedAsOf: fixed ? asOf : null }, progress(io));
}

/** The working workbook without the moved rows, replacing the input in one rename. */
async function replaceWorking(input: string, before: { mtimeMs: number; size: number }, plan: ArchivePlan): Promise<void> {
  const target = path.resolve(input);
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.archive.tmp`);
  try {
    await removeFromWorking(input, tmp, plan.removal);
    const now = await fs.stat(input);
    if (now.mtimeMs !== before.mtimeMs || now.size !== before.size)
      throw new UsageError(`${input} 在归档期间被修改，未更新它；归档已写好，关闭其他程序后用 --append 再运行一次即可完成`);
    await fs.rename(tmp, target);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw e;
  }
}
