import { breachedSince, isOverdue } from './isOverdue';
import { ticket } from './testSettings';

const due = { responseDue: '2024-05-09T16:30', resolveDue: '2024-05-11T16:30' };

describe('isOverdue', () => {
  it('is false before any due and exactly at a due', () => {
    expect(isOverdue(ticket({ ...due, status: '待受理' }), '2024-05-09T16:00')).toBe(false);
    expect(isOverdue(ticket({ ...due, status: '待受理' }), '2024-05-09T16:30')).toBe(false);
  });

  it('is true past the response due without a first response', () => {
    expect(isOverdue(ticket({ ...due, status: '待受理' }), '2024-05-09T16:31')).toBe(true);
  });

  it('is false past the response due when the response came in time', () => {
    expect(isOverdue(ticket({ ...due, status: '处理中', firstResponseAt: '2024-05-09T09:00' }), '2024-05-10T10:00')).toBe(false);
  });

  it('stays true after a late response (the breach remains)', () => {
    expect(isOverdue(ticket({ ...due, status: '处理中', firstResponseAt: '2024-05-10T09:00' }), '2024-05-10T10:00')).toBe(true);
  });

  it('is true past the resolution due, and false once done', () => {
    const open = ticket({ ...due, status: '处理中', firstResponseAt: '2024-05-09T09:00' });
    expect(isOverdue(open, '2024-05-12T09:00')).toBe(true);
    expect(isOverdue({ ...open, status: '已完成' }, '2024-05-12T09:00')).toBe(false);
    expect(isOverdue({ ...open, status: null }, '2024-05-12T09:00')).toBe(true);
  });

  it('is false while the clock is stopped (等待客户), even past a due', () => {
    expect(isOverdue(ticket({ ...due, status: '等待客户', firstResponseAt: '2024-05-09T09:00' }), '2024-05-12T09:00')).toBe(false);
  });

  it('does not call an unknown first response late (past 待受理, no time)', () => {
    expect(isOverdue(ticket({ ...due, status: '处理中' }), '2024-05-10T10:00')).toBe(false);
  });

  it('is false without due times', () => expect(isOverdue(ticket({ status: '处理中' }), '2030-01-01T00:00')).toBe(false));
});

describe('breachedSince', () => {
  it('is the earliest missed due', () => {
    expect(breachedSince(ticket({ ...due, status: '待受理' }), '2024-05-12T09:00')).toBe('2024-05-09T16:30');
    expect(breachedSince(ticket({ ...due, status: '处理中' }), '2024-05-10T09:00')).toBe(null);
    expect(breachedSince(ticket({ ...due, status: '处理中', firstResponseAt: '2024-05-09T09:00' }), '2024-05-12T09:00')).toBe('2024-05-11T16:30');
  });
});
