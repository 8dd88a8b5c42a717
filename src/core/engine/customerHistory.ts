/**
 * A customer's earlier tickets, so nobody asks twice (seed 000 一、信息调取). Matched by the
 * strongest key given: customer ID, else contact (compared masked, so 13812345678 finds
 * 138****5678), else the exact name (masked names such as 王* are too vague for more). Newest first.
 */
import type { Ticket } from '../schema/ticket';
import { maskContact } from '../privacy/maskContact';
import { toMinutes } from '../time/localDateTime';

export interface CustomerKey {
  customerName?: string;
  customerId?: string;
  contact?: string;
}

/**
 * The comparison key of a contact, memoised per distinct string: each search compares the key
 * against every ticket's contact (100,000 in a busy year), and contacts repeat search after search.
 */
const contactKeys = new Map<string, string>();
function contactKey(s: string): string {
  let k = contactKeys.get(s);
  if (k === undefined) {
    if (contactKeys.size >= 250_000) contactKeys.clear();
    k = maskContact(s.trim()).replace(/[\s-]/g, '').toLowerCase();
    contactKeys.set(s, k);
  }
  return k;
}

export function customerHistory(
  tickets: readonly Ticket[],
  key: CustomerKey,
  opts: { excludeId?: string } = {},
): Ticket[] {
  const id = key.customerId?.trim() ?? '';
  const contact = key.contact?.trim() ?? '';
  const name = key.customerName?.trim() ?? '';
  let match: (t: Ticket) => boolean;
  if (id !== '') match = (t) => t.customerId.trim() === id;
  else if (contact !== '') {
    const k = contactKey(contact);
    match = (t) => t.contact.trim() !== '' && contactKey(t.contact) === k;
  } else if (name !== '') match = (t) => t.customerName.trim() === name;
  else return [];

  const time = (t: Ticket): number => (t.receivedAt === null ? -Infinity : toMinutes(t.receivedAt));
  return tickets
    .filter((t) => match(t) && (opts.excludeId === undefined || t.id !== opts.excludeId))
    .map((t, i) => ({ t, i }))
    .sort((a, b) => time(b.t) - time(a.t) || a.i - b.i)
    .map((x) => x.t);
}
