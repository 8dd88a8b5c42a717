/** 开始 › 建立: writes a new structured workbook's sheets next to the team's own (never over them). */
import { getPreset } from '../../core/presets';
import { computeStats } from '../../core/stats/computeStats';
import { periodContaining } from '../../core/stats/period';
import { applyPlan } from '../applyPlan';
import { HostError } from '../errors';
import type { Progress, SetupSummary } from '../serviceBookHost';
import type { Session } from '../session';
import { loadState } from '../workbookState';
import { asOfFor, planFor, requireFeature, type OpEnv } from './env';

export async function setupWorkbook(s: Session, env: OpEnv, presetId: string, onProgress?: Progress): Promise<SetupSummary> {
  requireFeature(env, 'names');
  const state = await loadState(s, {});
  if (state.structured && !state.shapes.Tickets?.placeholderOnly) throw new HostError('alreadyStructured');
  const settings = getPreset(presetId).settings;
  const asOf = asOfFor(env, settings);
  const stats = computeStats([], { period: periodContaining('week', asOf), asOf, settings });
  const r = await applyPlan(s, planFor(settings, env.displayLocale(), [], [], [], stats), { caps: env.caps, onProgress });
  return { renamed: r.renamed, skipped: r.skipped };
}
