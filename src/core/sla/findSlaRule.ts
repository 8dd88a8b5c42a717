/** Picks the SLA rule of a priority: a rule for the customer's exact level beats the `*` rule. */
import type { CustomerLevel, Level } from '../schema/enums';
import type { SlaRule } from '../settings/settings';

export function findSlaRule(priority: Level, customerLevel: CustomerLevel | null, rules: readonly SlaRule[]): SlaRule | undefined {
  const ofPriority = rules.filter((r) => r.priority === priority);
  return (customerLevel !== null && ofPriority.find((r) => r.customerLevel === customerLevel)) || ofPriority.find((r) => r.customerLevel === '*');
}
