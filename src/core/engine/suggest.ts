/**
 * Suggestions for the 登记/更新 form: category and subcategory, priority (with reasons), the
 * department and owner from routing, the scripts for the scenario (seed 003's script library,
 * filtered by category), a VIP greeting for VIP customers, and the suggested action.
 */
import type { Category, Level } from '../schema/enums';
import type { Ticket } from '../schema/ticket';
import type { Script, Settings } from '../settings/settings';
import { derivePriority, type PriorityReason } from '../priority/derivePriority';
import { routeTicket } from '../routing/routeTicket';
import { inferCategory, inferSubcategory } from './inferCategory';

export interface TicketSuggestion {
  category: Category | null;
  subcategory: string;
  priority: Level;
  /** zh-CN wording of the reasons. */
  priorityReasons: string[];
  /** The same reasons as codes plus params, for the pane to word in its display language. */
  priorityReasonDetails: PriorityReason[];
  department: string;
  owner: string;
  scripts: Script[];
  vipGreeting?: string;
  /** From the suggestions table (处理建议), most specific first. */
  suggestion?: string;
}

const isVipScript = (s: Script): boolean => /vip|贵宾|尊敬/i.test(s.scenario);

export function suggestForTicket(t: Ticket, settings: Settings): TicketSuggestion {
  const text = [t.subcategory, t.subject, t.description].join('\n');
  let category = t.category;
  let subcategory = t.subcategory.trim();
  if (category === null) {
    const guess = inferCategory(text, settings);
    category = guess?.category ?? null;
    if (subcategory === '') subcategory = guess?.subcategory ?? '';
  } else if (subcategory === '') {
    subcategory = inferSubcategory(text, category, '');
  }
  const withCategory: Ticket = { ...t, category, subcategory };
  const priority = derivePriority(withCategory, settings);
  const route = routeTicket(withCategory, settings);

  const forCategory = (s: { category: string }): boolean => s.category === '*' || s.category === category;
  const scripts = settings.scripts.filter((s) => forCategory(s) && !isVipScript(s));
  const vip = t.customerLevel === 'VIP' ? settings.scripts.find((s) => isVipScript(s) && forCategory(s)) : undefined;
  const suggestion =
    settings.suggestions.find((s) => forCategory(s) && s.subcategory !== '' && s.subcategory === subcategory) ??
    settings.suggestions.find((s) => forCategory(s) && s.subcategory === '');

  return {
    category,
    subcategory,
    priority: priority.level,
    priorityReasons: priority.reasons,
    priorityReasonDetails: priority.details,
    department: t.department.trim() || route?.department || '',
    owner: t.owner.trim() || route?.owner || '',
    scripts,
    ...(vip ? { vipGreeting: vip.text } : {}),
    ...(suggestion ? { suggestion: suggestion.suggestion } : {}),
  };
}
