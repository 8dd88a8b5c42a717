/** Pure helpers behind the New ticket and Update forms. */
import { CATEGORIES, CUSTOMER_LEVELS, LEVELS, STATUSES } from '../../core/schema/enums';
import type { Ticket, TicketField } from '../../core/schema/ticket';
import type { Settings } from '../../core/settings/settings';
import type { FieldChoice } from '../components/TicketFieldInput';

/** Fields an agent fills when a contact comes in, in form order. Derived and later fields are left out. */
export const INTAKE_FIELDS: readonly TicketField[] = [
  'receivedAt',
  'channel',
  'customerName',
  'customerId',
  'customerLevel',
  'contact',
  'industry',
  'subject',
  'description',
  'expectation',
  'attachments',
  'category',
  'subcategory',
  'urgency',
  'priority',
  'emotion',
  'department',
  'owner',
  'coOwners',
  'notes',
];

/** Fields the form always shows, whatever the preset, because the rules need them. */
const ALWAYS: readonly TicketField[] = ['receivedAt', 'channel', 'customerName', 'contact', 'description', 'category', 'urgency', 'priority'];
export const REQUIRED_FIELDS: readonly TicketField[] = ['receivedAt', 'customerName', 'description'];

/** The intake fields of the workbook's preset (its columns), in form order. */
export function intakeFieldsFor(presetColumns: readonly TicketField[] | undefined): TicketField[] {
  if (!presetColumns || presetColumns.length === 0) return [...INTAKE_FIELDS];
  return INTAKE_FIELDS.filter((f) => ALWAYS.includes(f) || presetColumns.includes(f));
}

/**
 * What an agent fills on every call, in the order of the call, as the rows of the form (two short
 * fields share a row, so the whole call fits on a 320 px pane's first screen); the rest folds away.
 */
export const EVERY_CALL_ROWS: readonly (readonly TicketField[])[] = [['customerName'], ['contact', 'channel'], ['description'], ['category', 'urgency']];
export const EVERY_CALL_FIELDS: readonly TicketField[] = EVERY_CALL_ROWS.flat();

/**
 * The form's fields split into the rows shown first (every call) and the fields under "more
 * fields", each part in form order; a field the preset lacks leaves its row.
 * @example splitIntakeFields(['receivedAt', 'channel', 'customerName', 'description', 'owner']) // → { everyCall: [['customerName'], ['channel'], ['description']], more: ['receivedAt', 'owner'] }
 */
export function splitIntakeFields(fields: readonly TicketField[]): { everyCall: TicketField[][]; more: TicketField[] } {
  return {
    everyCall: EVERY_CALL_ROWS.map((row) => row.filter((f) => fields.includes(f))).filter((row) => row.length > 0),
    more: fields.filter((f) => !EVERY_CALL_FIELDS.includes(f)),
  };
}

/** The choices of a field: closed vocabularies from the schema, open lists from the Config_ tables. */
export function choiceFor(field: TicketField, settings: Settings | null, draft?: Pick<Ticket, 'category'>): FieldChoice | undefined {
  const lists = settings?.lists;
  switch (field) {
    case 'category':
      return { options: CATEGORIES, closed: true };
    case 'urgency':
    case 'priority':
      return { options: LEVELS, closed: true };
    case 'customerLevel':
      return { options: CUSTOMER_LEVELS, closed: true };
    case 'status':
      return { options: STATUSES, closed: true };
    case 'channel':
      return { options: lists?.channels ?? [], closed: false };
    case 'emotion':
      return { options: lists?.emotions ?? [], closed: false };
    case 'department':
      return { options: lists?.departments ?? [], closed: false };
    case 'owner':
      return { options: lists?.owners ?? [], closed: false };
    case 'subcategory': {
      const subs = lists?.subcategories ?? [];
      const names = subs.filter((x) => !draft?.category || x.category === draft.category).map((x) => x.name);
      return { options: [...new Set(names)], closed: false };
    }
    default:
      return undefined;
  }
}

/** The fields of `after` that differ from `before` (arrays and records compared by value). */
export function changedFields(before: Ticket, after: Ticket): Partial<Ticket> {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(after) as (keyof Ticket)[]) {
    if (JSON.stringify(before[k]) !== JSON.stringify(after[k])) out[k] = after[k];
  }
  return out as Partial<Ticket>;
}

/** Who a customer is, for the history lookup; null while nothing identifies them yet. */
export function customerKey(t: Pick<Ticket, 'customerName' | 'customerId' | 'contact'>): { customerName?: string; customerId?: string; contact?: string } | null {
  const key: { customerName?: string; customerId?: string; contact?: string } = {};
  if (t.customerName.trim()) key.customerName = t.customerName.trim();
  if (t.customerId.trim()) key.customerId = t.customerId.trim();
  if (t.contact.trim().length >= 5) key.contact = t.contact.trim();
  return Object.keys(key).length ? key : null;
}

/**
 * The time a new ticket is received: the moment it is registered, unless the agent typed another
 * one into the form (a call taken earlier and written down now). The form's own opening time is
 * never used: a form opened at 9:00 and submitted at 11:00 registers an 11:00 ticket.
 * @example receivedAtOnSubmit({ receivedAt: '2024-05-08T09:00' }, false, '2024-05-08T11:00') // '2024-05-08T11:00'
 */
export function receivedAtOnSubmit(draft: Pick<Ticket, 'receivedAt'>, typedByAgent: boolean, now: string): string {
  return typedByAgent && draft.receivedAt ? draft.receivedAt : now;
}
