/**
 * 登记: appends the ticket and its 受理 log line in one request, with `rows.add` (never by writing
 * into rows a co-author may be filling). The number is the next free one at the time of reading;
 * a co-author who registers in the same instant can get the same one, and 检查 renumbers the
 * later row. The row colours and lists are widened in the same request when the table outgrows them.
 */
import { completeTicket } from '../../core/engine/completeTicket';
import { createNumberAllocator } from '../../core/numbering/nextTicketNumber';
import { numbersInUse } from '../../core/numbering/reservedNumbers';
import { maskContact } from '../../core/privacy/maskContact';
import type { LogEntry } from '../../core/schema/log';
import type { Ticket } from '../../core/schema/ticket';
import { BlockWriter } from '../blockWriter';
import { ticketRowFor } from '../cellValues';
import { HostError } from '../errors';
import { appendRows, dropBlankPlaceholder, logRow } from '../rowWrites';
import type { Session } from '../session';
import { widenTicketRules } from '../tableRules';
import { keyColumnOf, loadState, type LargeShape } from '../workbookState';
import { sameTicket } from '../../core/engine/sameTicket';
import { ticketOfCells } from './ticketRows';
import { rangeAt } from '../rangeAt';
import { asOfFor, workbookLocale, type OpEnv } from './env';

export async function addTicket(s: Session, env: OpEnv, draft: Ticket, by: string): Promise<Ticket> {
  const state = await loadState(s, { Tickets: 'ids', Ticket_Log: 'ids' }, undefined, env.caps.conditionalFormats);
  const shape = state.shapes.Tickets;
  if (!shape) throw new HostError('noTicketsTable');
  const { settings } = state;
  const asOf = asOfFor(env, settings);
  // A deleted row's number lives on in Ticket_Log: handing it out again would give the new
  // ticket the old one's history, so the log's numbers count as used too, like the numbers
  // of archived tickets (Config_Reserved).
  const ids = numbersInUse(settings.numbering, state.ids.Tickets ?? [], state.ids.Ticket_Log ?? []);
  const taken = new Set(ids);
  const base: Ticket = {
    ...draft,
    // A number someone else already used is never reused: the engine gives a new one.
    id: draft.id && !taken.has(draft.id.trim()) ? draft.id.trim() : '',
    receivedAt: draft.receivedAt ?? asOf,
    contact: settings.masking.contacts ? maskContact(draft.contact) : draft.contact,
  };
  const allocator = createNumberAllocator(settings.numbering.pattern, ids);
  const first: LogEntry = { ticketId: '', at: asOf, kind: '受理', channel: base.channel, content: base.subject || base.description.slice(0, 80), nextStep: base.followUp, by, status: base.status ?? settings.initialStatus };
  let ticket = completeTicket(base, { settings, asOf, allocator, log: [first] });
  const writer = new BlockWriter(s);
  // The row first, with the numbers just above it as Excel holds them when the request runs.
  const key = keyColumnOf('Tickets', shape.headers);
  const table = s.workbook.tables.getItem('Tickets');
  const tail: Excel.Range[] = [];
  const above = Math.min(TAIL, shape.bodyRows);
  const probe = await appendRows(writer, s, shape, [ticketRowFor(ticket, shape.headers)]);
  await writer.add(100 * above, () => {
    for (let i = 1; i <= above; i++) tail.push(table.getDataBodyRange().getLastRow().getOffsetRange(-i, 0).getCell(0, key).load('values'));
  });
  await writer.finish();
  // A co-author's row with the same number landed first: this one, the later, takes the next number.
  const theirs = tail.map((r) => String(r.values[0]?.[0] ?? '').trim());
  if (theirs.includes(ticket.id)) ticket = await renumberOwnRow(s, shape, ticket, [...ids, ...theirs], settings.numbering.pattern);
  const logShape = state.shapes.Ticket_Log;
  const logProbe = logShape ? await appendRows(writer, s, logShape, [logRow(logShape.headers, { ...first, ticketId: ticket.id, status: ticket.status }, { contacts: settings.masking.contacts })]) : null;
  await widenTicketRules(writer, s, env.caps, state, workbookLocale(env, state));
  await writer.finish();
  await dropBlankPlaceholder(s, shape, probe);
  if (logShape) await dropBlankPlaceholder(s, logShape, logProbe);
  return ticket;
}

/** Rows above a new one checked for its number: far more than co-authors can add in one instant. */
const TAIL = 50;

/**
 * Gives the row just appended (found from the table's end, checked to be this ticket in the same
 * request) the next free number. Returns the ticket as written; unchanged if co-authors kept
 * appending under it (检查 renumbers it then).
 */
async function renumberOwnRow(s: Session, shape: LargeShape, ticket: Ticket, used: string[], pattern: string): Promise<Ticket> {
  const table = s.workbook.tables.getItem('Tickets');
  const key = keyColumnOf('Tickets', shape.headers);
  const next = { ...ticket, id: createNumberAllocator(pattern, used.filter(Boolean)).next(ticket.receivedAt ?? '') };
  for (let attempt = 0; attempt < 3; attempt++) {
    const last = table.getDataBodyRange().getLastRow();
    const pre = last.load('formulas,rowIndex');
    last.getCell(0, key).values = [[next.id]];
    s.wrote('Tickets', shape.headerRow + shape.bodyRows);
    await s.sync();
    const there = ticketOfCells(shape, pre.formulas[0] ?? []);
    if (there && sameTicket(there, ticket)) return next;
    // Another row is last now: put its number back and look again.
    rangeAt(s.workbook.worksheets.getItem(shape.sheet), pre.rowIndex, shape.firstColumn - 1 + key).formulas = [[(pre.formulas[0] ?? [])[key] ?? '']];
    await s.sync();
  }
  return ticket;
}
