/**
 * 更新 › 保存: writes the changed cells of the loaded ticket's row and appends its log lines.
 *
 * The row is found by identity, not by the first row with the number: exactly one row may hold
 * the number (two mean co-authors registered at once — refused until 检查 renumbers), and it must
 * still be the ticket the agent loaded (same time received, same customer). The write request
 * reads the row as Excel holds it when the request runs; if a co-author's insert, delete or sort
 * moved another row there between the syncs, that row is restored and the ticket found again.
 * The log lines go in only once the row is known to be right.
 */
import { applyStatusChange } from '../../core/engine/applyStatusChange';
import { completeTicket } from '../../core/engine/completeTicket';
import { withRatings } from '../../core/engine/withRatings';
import { sameTicket, type TicketRef } from '../../core/engine/sameTicket';
import { maskContact } from '../../core/privacy/maskContact';
import type { LogEntry } from '../../core/schema/log';
import type { Ticket } from '../../core/schema/ticket';
import { logFromTable } from '../../workbook/readPlan';
import { BlockWriter } from '../blockWriter';
import { ticketRowFor } from '../cellValues';
import { HostError } from '../errors';
import { appendRows, dropBlankPlaceholder, logRow, restoreRow, writeRowGuarded } from '../rowWrites';
import type { TicketChange } from '../serviceBookHost';
import type { Session } from '../session';
import { loadState, readRows } from '../workbookState';
import { asOfFor, workbookLocale, type OpEnv } from './env';
import { indexOfNumber, rowsOfTicket, ticketOfCells } from './ticketRows';

/** Attempts before giving up when co-authors keep moving rows under the write. */
const ATTEMPTS = 3;

export async function updateTicket(s: Session, env: OpEnv, ref: TicketRef, change: TicketChange, by: string): Promise<Ticket> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const state = await loadState(s, { Tickets: 'ids', Ticket_Log: 'ids' });
    const shape = state.shapes.Tickets;
    if (!shape) throw new HostError('noTicketsTable');
    const index = indexOfNumber(state, ref.id);
    const cells = (await readRows(s, shape, [index])).get(index)!;
    const found = ticketOfCells(shape, cells);
    if (!found || !sameTicket(found, ref)) throw new HostError('ticketChanged', { id: ref.id });
    const logData = await rowsOfTicket(s, state, 'Ticket_Log', found.id);
    const oldLog = logData ? logFromTable(logData.data, []) : [];
    const { settings } = state;
    const asOf = asOfFor(env, settings);
    const { status, ...fields } = change.fields;
    let t: Ticket = { ...found, ...fields, id: found.id };
    // Ratings sent without a satisfaction give it, as on import (a satisfaction they gave follows them).
    if (fields.ratings !== undefined && fields.satisfaction === undefined) t = withRatings({ ...t, ratings: found.ratings }, fields.ratings);
    if (fields.contact !== undefined && settings.masking.contacts) t.contact = maskContact(t.contact);
    const lines: LogEntry[] = [];
    if (status && status !== found.status) {
      const r = applyStatusChange(t, status, asOf, settings, { by, earlier: found, locale: workbookLocale(env, state) });
      t = r.ticket;
      lines.push(r.log);
    }
    if (change.note && change.note.content.trim()) {
      lines.push({ ticketId: t.id, at: asOf, kind: change.note.kind, channel: change.note.channel, content: change.note.content, nextStep: change.note.nextStep, by, status: null });
      t = { ...t, progress: change.note.content, lastUpdateAt: asOf };
    }
    t = completeTicket(t, { settings, asOf, log: [...oldLog, ...lines] });

    const writer = new BlockWriter(s);
    const guard = await writeRowGuarded(writer, s, shape, index, cells, ticketRowFor(t, shape.headers));
    await writer.finish();
    if (guard) {
      const there = ticketOfCells(shape, guard.pre.formulas[0] ?? []);
      if (!there || !sameTicket(there, ref)) {
        await restoreRow(writer, s, shape, guard);
        await writer.finish();
        continue;
      }
    }
    const logShape = state.shapes.Ticket_Log;
    if (logShape && lines.length) {
      const probe = await appendRows(writer, s, logShape, lines.map((l) => logRow(logShape.headers, { ...l, ticketId: t.id }, { contacts: settings.masking.contacts })));
      await writer.finish();
      await dropBlankPlaceholder(s, logShape, probe);
    }
    return t;
  }
  throw new HostError('rowsKeptMoving', { id: ref.id });
}
