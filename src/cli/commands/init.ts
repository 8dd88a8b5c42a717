/** `servicebook init`. */
import type { Command } from 'commander';
import { getPreset, isPresetId, PRESET_IDS } from '../../core/presets';
import { completeAll, formulaWarnings, statsOf, writeOut, type Loaded } from '../pipeline';
import { claimOutput } from '../outputFile';
import { sampleWorkbook, spanUpTo } from '../sample';
import { parseAsOf, parseLocale, progress, UsageError, warn, type Io } from '../args';
import { t } from '../messages';

export function registerInit(program: Command, io: Io): void {
  program
    .command('init')
    .description(t('initDescription'))
    .requiredOption('-o, --output <file>', t('optOutput'))
    .option('--preset <id>', t('optPreset', { choices: PRESET_IDS.join(' | ') }), 'standard')
    .option('--locale <locale>', t('optLocale'))
    .option('--sample <n>', t('optSample'), '0')
    .option('--as-of <time>', t('optAsOf'))
    .option('--force', t('optForce'), false)
    .action(async (o: { output: string; preset: string; locale?: string; sample: string; asOf?: string; force: boolean }) => {
      if (!isPresetId(o.preset)) throw new UsageError(t('badPreset', { choices: PRESET_IDS.join(' | '), value: o.preset }));
      const locale = parseLocale(o.locale);
      const n = Number(o.sample);
      if (!Number.isInteger(n) || n < 0 || n > 1_000_000) throw new UsageError(t('badSample', { value: o.sample }));
      const claim = await claimOutput([], o.output, o.force);
      const settings = getPreset(o.preset).settings;
      const { asOf, fixed } = parseAsOf(o.asOf, settings.calendar.timeZone);
      const sample = sampleWorkbook(n, settings, undefined, spanUpTo(asOf));
      const loaded = blankLoaded(settings, sample.tickets, sample.logs, sample.subtasks);
      const { tickets, logs } = completeAll(loaded, asOf, true);
      const stats = statsOf(tickets, logs, settings, 'month', asOf);
      const asValues = await writeOut({ out: claim.tmpPath, settings, locale, tickets, logs, subtasks: sample.subtasks, stats, fixedAsOf: fixed ? asOf : null }, progress(io));
      await claim.commit();
      warn(io, formulaWarnings(asValues));
      io.out(`${t('initDone', { path: o.output, count: tickets.length, preset: settings.preset })}\n`);
    });
}

export function blankLoaded(settings: Loaded['settings'], tickets: Loaded['tickets'], logs: Loaded['logs'], subtasks: Loaded['subtasks']): Loaded {
  return {
    structured: true,
    settings,
    presetId: settings.preset,
    presetConfidence: 1,
    tickets,
    rows: tickets.map((_, i) => i + 2),
    logs,
    subtasks,
    problems: [],
    configProblems: [],
    report: [],
    redactions: 0,
    sheet: '',
    headerRow: 1,
    unnumbered: 0,
    warnings: [],
  };
}

