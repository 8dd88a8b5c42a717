/**
 * The parts the Settings fixtures of the sla/, stats/ and engine/ tests share, written once and
 * pinned here (not taken from the presets, so an edit to a preset does not change what the
 * tests check): the SLA matrix of DESIGN.md and the follow-up rules of the seeds.
 */
import type { Settings } from './settings';

export const testSlaMatrix = (): Settings['sla'] => [
  { priority: '高', customerLevel: '*', response: { amount: 4, unit: 'h' }, resolve: { amount: 24, unit: 'h' } },
  { priority: '中', customerLevel: '*', response: { amount: 1, unit: 'wd' }, resolve: { amount: 3, unit: 'wd' } },
  { priority: '低', customerLevel: '*', response: { amount: 3, unit: 'wd' }, resolve: { amount: 5, unit: 'wd' } },
];

export const testFollowUp = (): Settings['followUp'] => ({
  progressEveryHours: 6,
  acceptWithinHours: 1,
  directorAfterOverdueHours: 24,
  revisitWorkingDays: 3,
  reopenAtOrBelow: 2,
  warningHours: 2,
});
