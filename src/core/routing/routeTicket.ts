/**
 * Routing (seed 000 四、责任到人; seed 002 第二步; seed 004 责任人匹配): the first rule of
 * settings.routing whose category is the ticket's (or `*`) and whose keyword is empty or occurs
 * in the subcategory, subject or description wins. Order in the Config table is priority.
 */
import type { Ticket } from '../schema/ticket';
import type { RoutingRule, Settings } from '../settings/settings';
import { containsKeywordInFields, foldText } from '../priority/matchText';

export interface Route {
  department: string;
  /** May be '' when the rule names only a department. */
  owner: string;
}

type RoutingInput = Pick<Ticket, 'category' | 'subcategory' | 'subject' | 'description'>;

export function matchingRule(t: RoutingInput, rules: readonly RoutingRule[]): RoutingRule | undefined {
  const fields = [t.subcategory, t.subject, t.description].map(foldText);
  return rules.find(
    (r) =>
      (r.category === '*' || r.category === t.category) &&
      (r.keyword.trim() === '' || containsKeywordInFields(fields, r.keyword)),
  );
}

export function routeTicket(t: RoutingInput, settings: Settings): Route | null {
  const rule = matchingRule(t, settings.routing);
  return rule ? { department: rule.department, owner: rule.owner } : null;
}
