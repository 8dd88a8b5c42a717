/**
 * A ticket as it may be stored or shown: every text it carries goes through redactSecrets —
 * the canonical text fields, each 协办人 name, the extra columns (their headers too, and numbers
 * read as text) — and, when masking is on, the contact column through maskContact and phones or
 * e-mail addresses in every other text through maskContactsInText (numbers always first). What was found is returned per
 * field (an extra column by its header), so both hosts can report it.
 */
import { FIELD_META } from '../schema/fieldMeta';
import { hasKeys } from '../schema/hasKeys';
import { TICKET_FIELDS, type Ticket, type TicketField } from '../schema/ticket';
import { redactCell, redactSecrets, type RedactOptions, type SecretFound } from './redactSecrets';

export interface TicketFinding extends SecretFound {
  /** A TicketField, or the header of an extra column. */
  field: string;
}

/** Fields that hold free or listed text (not times, closed lists or numbers). */
export const TEXT_FIELDS: readonly TicketField[] = TICKET_FIELDS.filter((f) => ['text', 'longText', 'list'].includes(FIELD_META[f].kind));

const CONTACT_CELL: RedactOptions = { contacts: true, contactCell: true };
const NUMBERS_ONLY: RedactOptions = { contacts: false, contactCell: true };

/**
 * The ticket with its secrets (and, with `contacts`, its contacts) masked, and what was found.
 * @example redactTicket({ ...emptyTicket(), notes: '卡4111111111111111' }, { contacts: true }).ticket.notes === '卡4111********1111'
 */
export function redactTicket(t: Ticket, opts: { contacts: boolean }): { ticket: Ticket; found: TicketFinding[] } {
  const found: TicketFinding[] = [];
  let out = t;
  const set = (patch: Partial<Ticket>): void => {
    out = out === t ? { ...t, ...patch } : Object.assign(out, patch);
  };
  const inContact = opts.contacts ? CONTACT_CELL : NUMBERS_ONLY;
  for (const f of TEXT_FIELDS) {
    const v = t[f];
    if (typeof v !== 'string' || v === '') continue;
    const r = redactSecrets(v, f === 'contact' ? inContact : opts);
    for (const x of r.found) found.push({ field: f, ...x });
    if (r.text !== v) set({ [f]: r.text } as Partial<Ticket>);
  }
  if (t.coOwners.length > 0) {
    const names = t.coOwners.map((n) => redactSecrets(n, opts));
    if (names.some((r, i) => r.text !== t.coOwners[i])) {
      for (const r of names) for (const x of r.found) found.push({ field: 'coOwners', ...x });
      set({ coOwners: names.map((r) => r.text) });
    }
  }
  if (!hasKeys(t.extra)) return { ticket: out, found };
  let extraChanged = false;
  const extra: Ticket['extra'] = {};
  for (const [k, v] of Object.entries(t.extra)) {
    const header = redactSecrets(k);
    const key = header.text;
    for (const x of header.found) found.push({ field: key, ...x });
    const r = redactCell(v, opts);
    for (const x of r.found) found.push({ field: key, ...x });
    extra[key] = r.value;
    if (key !== k || r.value !== v) extraChanged = true;
  }
  if (extraChanged) set({ extra });
  return { ticket: out, found };
}
