/** Lists and row colours follow the Tickets table as it grows past the rows setup covered. */
import { emptyTicket, type Ticket } from '../../src/core/schema/ticket';
import { GROWTH_ROWS } from '../../src/workbook/plan';
import { ticketRowFor } from '../../src/excel/cellValues';
import { headersOf } from '../fake-excel/table';
import { setup } from './helpers';

const draft = (f: Partial<Ticket>): Ticket => ({ ...emptyTicket(), ...f });

describe('validation lists and row colours', () => {
  it('are widened when a registration takes the table past the rows they cover, and not stacked', async () => {
    const { office, host } = setup();
    await host.setupWorkbook('standard');
    const t = office.table('Tickets');
    const heads = headersOf(t);
    const covered = () => Math.min(...t.sheet.conditionalFormats.map((c) => c.rect.r1));
    const listsTo = () => Math.min(...t.sheet.validations.filter((v) => v.rect.r0 <= t.r0 + 1).map((v) => v.rect.r1));
    const first = covered();
    office.appendTableRows('Tickets', Array.from({ length: first - 1 }, (_, i) => ticketRowFor(draft({ id: `X${i}`, receivedAt: '2024-05-08T09:00', subject: `s${i}` }), heads)));
    await host.addTicket(draft({ receivedAt: '2024-05-08T09:00', subject: 'new' }), 'x');
    const last = t.r0 + t.dataRows;
    expect(covered()).toBeGreaterThanOrEqual(last + GROWTH_ROWS - 1);
    expect(listsTo()).toBeGreaterThanOrEqual(last + GROWTH_ROWS - 1);
    expect(t.sheet.conditionalFormats).toHaveLength(2);
    // The next registration finds them wide enough and leaves them.
    const now = JSON.stringify(t.sheet.conditionalFormats);
    await host.addTicket(draft({ receivedAt: '2024-05-08T09:00', subject: 'next' }), 'x');
    expect(JSON.stringify(t.sheet.conditionalFormats)).toBe(now);
  });
});
