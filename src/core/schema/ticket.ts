/**
 * The ticket schema: the single source of truth for fields, their types and validation.
 * Labels and header aliases live beside it in `fieldMeta.ts`, keyed by the same field names.
 * Empty cells are `null` (text fields: ''), so every key is present in exported JSON.
 */
import { z } from 'zod';
import { isLocalDateTime } from '../time/localDateTime';
import { CATEGORIES, CUSTOMER_LEVELS, ESCALATIONS, LEVELS, SLA_STATES, STATUSES } from './enums';

export const localDateTimeSchema = z.string().refine(isLocalDateTime, { message: 'invalidDateTime' });
const time = localDateTimeSchema.nullable();
const text = z.string();
const rating = z.number().int().min(1).max(5);

export const ticketSchema = z.object({
  id: text,
  receivedAt: time,
  channel: text,
  customerName: text,
  customerId: text,
  customerLevel: z.enum(CUSTOMER_LEVELS).nullable(),
  industry: text,
  contact: text,
  subject: text,
  description: text,
  expectation: text,
  attachments: text,
  category: z.enum(CATEGORIES).nullable(),
  subcategory: text,
  urgency: z.enum(LEVELS).nullable(),
  priority: z.enum(LEVELS).nullable(),
  emotion: text,
  status: z.enum(STATUSES).nullable(),
  owner: text,
  coOwners: z.array(z.string()),
  department: text,
  acceptedAt: time,
  responseDue: time,
  resolveDue: time,
  firstResponseAt: time,
  resolvedAt: time,
  progress: text,
  lastUpdateAt: time,
  result: text,
  satisfaction: rating.nullable(),
  ratings: z.record(z.string(), rating),
  feedback: text,
  followUp: text,
  revisitDue: time,
  escalation: z.enum(ESCALATIONS),
  archivedAt: time,
  notes: text,
  slaState: z.enum(SLA_STATES).nullable(),
  /** Source columns the schema lacks, kept unchanged by header. */
  extra: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
});

export type Ticket = z.infer<typeof ticketSchema>;
export type TicketField = Exclude<keyof Ticket, 'extra'>;

/** Canonical field order: the default column order of the Tickets table. */
export const TICKET_FIELDS = Object.keys(ticketSchema.shape).filter((k) => k !== 'extra') as TicketField[];

/** A ticket with every field empty. */
export function emptyTicket(): Ticket {
  return {
    id: '',
    receivedAt: null,
    channel: '',
    customerName: '',
    customerId: '',
    customerLevel: null,
    industry: '',
    contact: '',
    subject: '',
    description: '',
    expectation: '',
    attachments: '',
    category: null,
    subcategory: '',
    urgency: null,
    priority: null,
    emotion: '',
    status: null,
    owner: '',
    coOwners: [],
    department: '',
    acceptedAt: null,
    responseDue: null,
    resolveDue: null,
    firstResponseAt: null,
    resolvedAt: null,
    progress: '',
    lastUpdateAt: null,
    result: '',
    satisfaction: null,
    ratings: {},
    feedback: '',
    followUp: '',
    revisitDue: null,
    escalation: '',
    archivedAt: null,
    notes: '',
    slaState: null,
    extra: {},
  };
}

