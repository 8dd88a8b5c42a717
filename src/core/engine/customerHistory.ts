/**
 * A customer's earlier tickets, so nobody asks twice (seed 000 一、信息调取) — and never another
 * customer's. A masked contact (`138****5678`, `c***@qq.com`) is shared by many customers and a
 * masked name (`王*`) by more, so neither identifies anyone alone. Matching, strongest first:
 * - `customerId`: the same customer id (NFKC, trimmed) — certain;
 * - `nameAndContact`: the exact name together with the same contact (compared masked, so
 *   13812345678 finds 138****5678; compared whole when both are unmasked) — likely when the name
 *   is written out, only possible when the name itself is masked (`王*`).
 * Anything less (a name alone, a contact alone) matches nothing: the form asks for more.
 * Newest first, undated last.
 */
import type { Ticket } from '../schema/ticket';
import { isContactUnmasked, maskContact } from '../privacy/maskContact';
import { nfkc } from '../text/nfkc';
import { toMinutes } from '../time/localDateTime';

export interface CustomerKey {
  customerName?: string;
  customerId?: string;
  contact?: string;
}

/** How sure the match is: an id is certain; a written-out name with the contact likely; a masked name with it only possible. */
export type HistoryConfidence = 'certain' | 'likely' | 'possible';

export interface CustomerHistory {
  /** What matched, or null when the key is too weak to match anyone. */
  by: 'customerId' | 'nameAndContact' | null;
  confidence: HistoryConfidence | null;
  tickets: Ticket[];
}

const norm = (s: string | undefined): string => nfkc(s ?? '').trim();

/**
 * The comparison form of a contact, memoised per distinct string (each search compares it with
 * every ticket's contact, 100,000 in a busy year).
 * @example contactKey('138 1234 5678') === '138****5678'
 */
const contactKeys = new Map<string, string>();
function contactKey(s: string): string {
  let k = contactKeys.get(s);
  if (k === undefined) {
    if (contactKeys.size >= 250_000) contactKeys.clear();
    k = nfkc(maskContact(s.trim())).replace(/[\s-]/g, '').toLowerCase();
    contactKeys.set(s, k);
  }
  return k;
}

/**
 * Same contact: equal whole numbers or addresses when both are unmasked, else equal masked forms.
 * @example sameContact('13812345678', '138****5678') === true && sameContact('13812345678', '13800005678') === false
 */
export function sameContact(a: string, b: string): boolean {
  if (a.trim() === '' || b.trim() === '') return false;
  if (isContactUnmasked(a) && isContactUnmasked(b)) return nfkc(a).replace(/[\s-]/g, '').toLowerCase() === nfkc(b).replace(/[\s-]/g, '').toLowerCase();
  return contactKey(a) === contactKey(b);
}

const NONE: CustomerHistory = { by: null, confidence: null, tickets: [] };

/**
 * @example customerHistory(tickets, { customerName: '王女士', contact: '13812345678' }).confidence === 'likely'
 */
export function customerHistory(tickets: readonly Ticket[], key: CustomerKey, opts: { excludeId?: string } = {}): CustomerHistory {
  const id = norm(key.customerId);
  const name = norm(key.customerName);
  const contact = norm(key.contact);
  let match: (t: Ticket) => boolean;
  let result: Omit<CustomerHistory, 'tickets'>;
  if (id !== '') {
    match = (t) => norm(t.customerId) === id;
    result = { by: 'customerId', confidence: 'certain' };
  } else if (name !== '' && contact !== '') {
    match = (t) => norm(t.customerName) === name && sameContact(t.contact, contact);
    result = { by: 'nameAndContact', confidence: name.includes('*') ? 'possible' : 'likely' };
  } else return NONE;

  const time = (t: Ticket): number => (t.receivedAt === null ? -Infinity : toMinutes(t.receivedAt));
  const found = tickets
    .filter((t) => match(t) && (opts.excludeId === undefined || t.id !== opts.excludeId))
    .map((t, i) => ({ t, i }))
    .sort((a, b) => time(b.t) - time(a.t) || a.i - b.i)
    .map((x) => x.t);
  return { ...result, tickets: found };
}
