import fc from 'fast-check';
import { STATUSES } from '../schema/enums';
import type { LogEntry } from '../schema/log';
import type { Ticket } from '../schema/ticket';
import { completeTable, groupLogsByTicket, withLatestProgress, type TableRow } from './completeTable';
import { CHECK_AUTHOR } from './checkAuthor';
import { completeTicket } from './completeTicket';
import { makeTicket, rulesTestSettings } from './testSettings';

const settings = rulesTestSettings();
const asOf = '2024-05-08T17:00';

const line = (ticketId: string, at: string | null, content: string, status: LogEntry['status'] = null): LogEntry => ({
  ticketId,
  at,
  kind: '进度',
  channel: '电话',
  content,
  nextStep: '',
  by: '赵*',
  status,
});

/** Rows of a whole table: sheet rows start at 2 under the header. */
const table = (tickets: Partial<Ticket>[]): TableRow[] => tickets.map((f, i) => ({ index: i, row: i + 2, ticket: makeTicket({ receivedAt: '2024-05-08T10:00', subject: `s${i}`, ...f }) }));
const idsOf = (r: { completed: { ticket: Ticket }[] }): string[] => r.completed.map((c) => c.ticket.id);

describe('groupLogsByTicket / withLatestProgress', () => {
  it('groups lines per ticket, oldest first, and takes the latest dated note as progress', () => {
    const logs = [line('A', '2024-05-08T12:00', 'later'), line('B', '2024-05-08T09:00', 'b'), line('A', '2024-05-08T11:00', 'earlier'), line('A', null, 'undated')];
    const g = groupLogsByTicket(logs);
    expect(g.get('A')!.map((l) => l.content)).toEqual(['undated', 'earlier', 'later']);
    expect(g.get('B')!.map((l) => l.content)).toEqual(['b']);
    const t = withLatestProgress(makeTicket({ id: 'A' }), g.get('A')!);
    expect([t.progress, t.lastUpdateAt]).toEqual(['later', '2024-05-08T12:00']);
    // A ticket updated after its last note keeps its own progress.
    const newer = makeTicket({ id: 'A', progress: 'own', lastUpdateAt: '2024-05-08T13:00' });
    expect(withLatestProgress(newer, g.get('A')!)).toBe(newer);
  });
});

describe('lines a check writes are not updates', () => {
  it('withLatestProgress skips the lines by CHECK_AUTHOR: only what a person wrote is progress', () => {
    const person = line('A', '2024-05-08T10:00', '已电话联系客户');
    const noticed = { ...line('A', '2024-05-08T16:00', '状态：处理中 → 协调中', '协调中'), kind: '变更' as const, by: CHECK_AUTHOR };
    const t = withLatestProgress(makeTicket({ id: 'A' }), [person, noticed]);
    expect([t.progress, t.lastUpdateAt]).toEqual(['已电话联系客户', '2024-05-08T10:00']);
    expect(withLatestProgress(makeTicket({ id: 'A' }), [noticed]).lastUpdateAt).toBeNull();
  });

  it('a check run does not reset the "no progress in N hours" escalation', () => {
    // Received 09:00, last note by a person 09:30; progress every 6 business hours → due 16:30.
    const rows = table([{ id: 'CS20240508001', receivedAt: '2024-05-08T09:00', status: '处理中', firstResponseAt: '2024-05-08T09:30' }]);
    const logs = [line('CS20240508001', '2024-05-08T09:30', '已联系', '处理中')];
    const settingsN = { ...settings, followUp: { ...settings.followUp, progressEveryHours: 6 } };
    // The person typed 协调中 into the grid; the check at 17:00 notices it and writes a line.
    const edited = rows.map((r) => ({ ...r, ticket: { ...r.ticket, status: '协调中' as const } }));
    const first = completeTable(edited, logs, { settings: settingsN, asOf, progressFromLog: true, record: true });
    expect(first.newLog.map((l) => l.by)).toEqual([CHECK_AUTHOR]);
    const t = first.completed[0].ticket;
    expect(t.lastUpdateAt).toBe('2024-05-08T09:30');
    expect(t.escalation).toBe('主管');
    // And again, reading back what the check wrote.
    const again = completeTable(first.completed.map((c) => ({ ...c, ticket: c.ticket })), first.logs, { settings: settingsN, asOf, progressFromLog: true, record: true }).completed[0].ticket;
    expect([again.lastUpdateAt, again.escalation]).toEqual(['2024-05-08T09:30', '主管']);
  });
});

describe('completeTable', () => {
  it('renumbers only the later of two duplicate numbers and reports it', () => {
    const rows = table([{ id: 'CS20240508001' }, { id: 'CS20240508002' }, { id: 'CS20240508001' }]);
    const r = completeTable(rows, [], { settings, asOf });
    expect(idsOf(r)).toEqual(['CS20240508001', 'CS20240508002', 'CS20240508003']);
    expect(r.renumbered).toEqual([{ row: 4, from: 'CS20240508001', to: 'CS20240508003' }]);
    expect(r.completed[2].before.id).toBe('CS20240508001');
  });

  it('never reuses a number: new ones follow the highest, gaps stay, other date parts apart', () => {
    const rows = table([
      { id: 'CS20240508001' },
      { id: 'CS20240508007' },
      { id: '' },
      { id: 'CS20240508001' },
      { id: '', receivedAt: '2024-05-09T09:00' },
    ]);
    const r = completeTable(rows, [], { settings, asOf });
    expect(idsOf(r)).toEqual(['CS20240508001', 'CS20240508007', 'CS20240508008', 'CS20240508009', 'CS20240509001']);
    expect(r.renumbered).toEqual([{ row: 5, from: 'CS20240508001', to: 'CS20240508009' }]);
  });

  it('never hands out a number only the log still holds (its row was deleted)', () => {
    const r = completeTable(table([{ id: 'CS20240508001' }, { id: '' }]), [], { settings, asOf, usedIds: ['CS20240508001', 'CS20240508002', 'row:3'] });
    expect(idsOf(r)).toEqual(['CS20240508001', 'CS20240508003']);
  });

  it('completes a subset against every number of the table (the edited rows of a large table)', () => {
    // Rows 0–3 exist; only rows 2 and 3 were edited. Row 3 repeats row 0's number; row 1 holds the highest.
    const allIds = ['CS20240508001', 'CS20240508012', '', 'CS20240508001'];
    const subset: TableRow[] = [
      { index: 2, row: 4, ticket: makeTicket({ receivedAt: '2024-05-08T10:00', subject: 'typed' }) },
      { index: 3, row: 5, ticket: makeTicket({ id: 'CS20240508001', receivedAt: '2024-05-08T10:00', subject: 'pasted' }) },
    ];
    const r = completeTable(subset, [], { settings, asOf, allIds });
    expect(idsOf(r)).toEqual(['CS20240508013', 'CS20240508014']);
    expect(r.renumbered).toEqual([{ row: 5, from: 'CS20240508001', to: 'CS20240508014' }]);
    expect(r.completed.map((c) => c.index)).toEqual([2, 3]);
  });

  it('re-attaches lines parsed before numbering to the new number and lets them count', () => {
    const rows = table([{ id: 'CS20240508001' }, { id: '', status: '处理中' }]);
    const logs = [line('row:3', '2024-05-08T11:00', '已致电客户', '处理中'), line('CS20240508001', '2024-05-08T10:30', 'first')];
    const r = completeTable(rows, logs, { settings, asOf, progressFromLog: true });
    const t = r.completed[1].ticket;
    expect(t.id).toBe('CS20240508002');
    expect([t.progress, t.lastUpdateAt, t.firstResponseAt]).toEqual(['已致电客户', '2024-05-08T11:00', '2024-05-08T11:00']);
    expect(r.logs.map((l) => [l.ticketId, l.content])).toEqual([
      ['CS20240508001', 'first'],
      ['CS20240508002', '已致电客户'],
    ]);
    expect(r.newLog).toEqual([]);
  });

  it('keeps lines under a duplicated number with its first row; the renumbered row takes its own row:N lines', () => {
    const rows = table([{ id: 'CS20240508001' }, { id: 'CS20240508001' }]);
    const logs = [line('CS20240508001', '2024-05-08T11:00', 'of the first'), line('row:3', '2024-05-08T12:00', 'of the second')];
    const r = completeTable(rows, logs, { settings, asOf, progressFromLog: true });
    expect(r.completed.map((c) => c.ticket.progress)).toEqual(['of the first', 'of the second']);
    expect(r.logs.map((l) => l.ticketId)).toEqual(['CS20240508001', 'CS20240508002']);
  });

  it('records its lines in the workbook’s language', () => {
    const rows = table([{ id: 'CS20240508001', status: '已完成' }, { id: 'CS20240508001' }]);
    const logs = [line('CS20240508001', '2024-05-08T11:00', '处理中', '处理中')];
    const r = completeTable(rows, logs, { settings, asOf, record: true, locale: 'en-US' });
    expect(r.newLog.map((l) => l.content)).toEqual(['Status: In progress → Resolved', 'Duplicate number: changed from CS20240508001 to CS20240508002']);
  });

  it('takes the latest log note as progress only when asked', () => {
    const rows = table([{ id: 'CS20240508001', progress: 'typed' }]);
    const logs = [line('CS20240508001', '2024-05-08T09:00', 'old'), line('CS20240508001', '2024-05-08T15:00', 'latest')];
    expect(completeTable(rows, logs, { settings, asOf }).completed[0].ticket.progress).toBe('typed');
    const t = completeTable(rows, logs, { settings, asOf, progressFromLog: true }).completed[0].ticket;
    expect([t.progress, t.lastUpdateAt]).toEqual(['latest', '2024-05-08T15:00']);
  });

  it('records a 受理 line for numbered and renumbered rows and a status change the log has not seen', () => {
    const rows = table([{ id: 'CS20240508001', status: '已完成' }, { id: '', subject: '手工录入' }, { id: 'CS20240508001' }]);
    const logs = [line('CS20240508001', '2024-05-08T11:00', '处理中', '处理中')];
    const r = completeTable(rows, logs, { settings, asOf, record: true });
    expect(r.newLog.map((l) => [l.ticketId, l.kind, l.content, l.status, l.by])).toEqual([
      ['CS20240508001', '变更', expect.stringContaining('已完成'), '已完成', 'ServiceBook'],
      ['CS20240508002', '受理', '手工录入', '待受理', 'ServiceBook'],
      ['CS20240508003', '受理', '编号重复，由 CS20240508001 改为 CS20240508003', '待受理', 'ServiceBook'],
    ]);
    // 已完成 was typed into the grid at an unknown moment: the check records it, not a time (the
    // first response is the logged 处理中 at 11:00, a real one).
    expect([r.completed[0].ticket.firstResponseAt, r.completed[0].ticket.resolvedAt]).toEqual(['2024-05-08T11:00', null]);
    expect(r.logs).toHaveLength(logs.length + r.newLog.length);
  });

  it('writes no lines without record', () => {
    const rows = table([{ id: 'CS20240508001', status: '已完成' }, { id: '' }, { id: 'CS20240508001' }]);
    expect(completeTable(rows, [line('CS20240508001', '2024-05-08T11:00', 'x', '处理中')], { settings, asOf }).newLog).toEqual([]);
  });

  it('matches completeTicket for a row with a unique number', () => {
    const rows = table([{ id: 'CS20240508001', description: '购买的产品无法开机' }]);
    const own = [line('CS20240508001', '2024-05-08T12:00', 'x', '处理中')];
    expect(completeTable(rows, own, { settings, asOf }).completed[0].ticket).toEqual(completeTicket(rows[0].ticket, { settings, asOf, log: own }));
  });

  it('is idempotent: a second run on its own output changes nothing', () => {
    const idArb = fc.constantFrom('', 'CS20240508001', 'CS20240508002', 'CS20240508005', 'CS20240507001', 'X-1');
    const rowArb = fc.record({
      id: idArb,
      status: fc.constantFrom(null, ...STATUSES),
      receivedAt: fc.constantFrom('2024-05-07T09:00', '2024-05-08T10:00', null),
    });
    const lineArb = fc.record({ key: fc.nat(7), at: fc.constantFrom('2024-05-08T09:00', '2024-05-08T12:00', null), status: fc.constantFrom(null, ...STATUSES) });
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 1, maxLength: 7 }), fc.array(lineArb, { maxLength: 6 }), fc.boolean(), fc.boolean(), (fields, ls, progress, record) => {
        const rows = table(fields);
        // Lines under a number of the table or under a row key, as parsed.
        const logs = ls.map((l, i) => line(l.key < rows.length ? rows[l.key].ticket.id || `row:${l.key + 2}` : `row:${l.key + 2}`, l.at, `n${i}`, l.status));
        const opts = { settings, asOf, progressFromLog: progress, record };
        const once = completeTable(rows, logs, opts);
        const twice = completeTable(once.completed, once.logs, opts);
        expect(twice.completed.map((c) => c.ticket)).toEqual(once.completed.map((c) => c.ticket));
        expect(twice.renumbered).toEqual([]);
        expect(twice.newLog).toEqual([]);
        expect(twice.logs).toEqual(once.logs);
        const ids = idsOf(once);
        expect(new Set(ids).size).toBe(ids.length);
      }),
      { numRuns: 150 },
    );
  });
});

describe('completeTable never reuses a number', () => {
  it('skips a number the log still names after its row was deleted (both hosts, without being told)', () => {
    const logs = [line('CS20240508001', '2024-05-08T09:30', '已删除的工单的记录')];
    const r = completeTable(table([{ id: '' }]), logs, { settings, asOf });
    expect(idsOf(r)).toEqual(['CS20240508002']);
  });
});
