/** The owner list a workbook offers, completed from the people its tickets already name. */
import type { Ticket } from '../schema/ticket';

/**
 * `list`, then every owner and co-owner the tickets name that it lacks, in first-seen order.
 * @example ownersWith(['赵*'], [{ owner: '李工', coOwners: ['赵*', '王经理'] }]) // → ['赵*', '李工', '王经理']
 */
export function ownersWith(list: readonly string[], tickets: readonly Pick<Ticket, 'owner' | 'coOwners'>[]): string[] {
  const out = [...list];
  const seen = new Set(list.map((x) => x.trim()));
  for (const t of tickets)
    for (const name of [t.owner, ...t.coOwners].map((x) => x.trim()))
      if (name && !seen.has(name)) {
        seen.add(name);
        out.push(name);
      }
  return out;
}
