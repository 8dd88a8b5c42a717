import fc from 'fast-check';
import { completeTable } from '../engine/completeTable';
import { makeTicket, rulesTestSettings } from '../engine/testSettings';
import { createNumberAllocator } from './nextTicketNumber';
import { numbersInUse, reserveNumbers } from './reservedNumbers';

const CS = 'CS{yyyyMMdd}{seq:3}';

describe('reserveNumbers', () => {
  it('keeps the highest number of each date part, and numbers of other shapes as they are', () => {
    expect(reserveNumbers(CS, ['CS20240102001', 'CS20240102007', 'CS20240103002', 'OLD-9', ' '], ['CS20240102009'])).toEqual(['CS20240102009', 'CS20240103002', 'OLD-9']);
    expect(reserveNumbers('{yyyyMM}-{seq:4}', ['202405-0013', '202405-0002', '202406-0001'])).toEqual(['202405-0013', '202406-0001']);
  });

  it('lists every number in use, reserved ones included', () => {
    expect(numbersInUse({ pattern: CS, reserved: ['CS20240102009'] }, ['CS20240102001', ''], ['CS20240102003'])).toEqual(['CS20240102001', 'CS20240102003', 'CS20240102009']);
  });

  it('no archived number is ever handed out again (property)', () => {
    const day = fc.integer({ min: 1, max: 5 }).map((d) => `2024-01-0${d}T10:00`);
    fc.assert(
      fc.property(fc.array(day, { minLength: 1, maxLength: 40 }), fc.array(day, { minLength: 1, maxLength: 20 }), (archivedAt, newAt) => {
        const a = createNumberAllocator(CS, []);
        const archived = archivedAt.map((t) => a.next(t));
        const alloc = createNumberAllocator(CS, numbersInUse({ pattern: CS, reserved: reserveNumbers(CS, archived) }, []));
        for (const t of newAt) expect(archived).not.toContain(alloc.next(t));
      }),
    );
  });

  it('completeTable numbers past the reserved numbers of the workbook', () => {
    const settings = { ...rulesTestSettings(), numbering: { pattern: CS, reserved: ['CS20240508004'] } };
    const out = completeTable([{ index: 0, row: 2, ticket: makeTicket({ id: '', receivedAt: '2024-05-08T10:00' }) }], [], { settings, asOf: '2024-05-08T17:00' });
    expect(out.completed[0].ticket.id).toBe('CS20240508005');
  });
});
