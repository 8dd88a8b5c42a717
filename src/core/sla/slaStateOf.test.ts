import { slaStateOf } from './slaStateOf';
import { testSettings, ticket } from './testSettings';

const settings = testSettings(); // warningHours: 2
const due = { receivedAt: '2024-05-08T16:30', priority: '中' as const, responseDue: '2024-05-09T16:30', resolveDue: '2024-05-11T16:30' };
const open = (fields = {}) => ticket({ ...due, status: '处理中', ...fields });

describe('slaStateOf — open tickets', () => {
  it('is 正常 well before the next due', () => expect(slaStateOf(open(), '2024-05-09T10:00', settings)).toBe('正常'));

  it('is 即将超时 when an unmet due is within warningHours, including exactly at it', () => {
    expect(slaStateOf(open({ status: '待受理' }), '2024-05-09T14:30', settings)).toBe('即将超时');
    expect(slaStateOf(open({ status: '待受理' }), '2024-05-09T16:30', settings)).toBe('即将超时');
  });

  it('does not warn about a response already given', () => {
    expect(slaStateOf(open({ firstResponseAt: '2024-05-09T09:00' }), '2024-05-09T15:00', settings)).toBe('正常');
    expect(slaStateOf(open({ firstResponseAt: '2024-05-09T09:00' }), '2024-05-11T15:00', settings)).toBe('即将超时');
  });

  it('is 已超时 past the response due without a response', () => {
    expect(slaStateOf(open({ status: '待受理' }), '2024-05-09T16:31', settings)).toBe('已超时');
  });

  it('is 正常, not 已超时, past the response due when the response time is unknown (past 待受理)', () => {
    expect(slaStateOf(open(), '2024-05-09T16:31', settings)).toBe('正常');
  });

  it('is 正常 while waiting for the customer, whatever the dues say', () => {
    expect(slaStateOf(open({ status: '等待客户' }), '2024-05-12T16:31', settings)).toBe('正常');
  });

  it('stays 已超时 after a late response, and past the resolution due', () => {
    expect(slaStateOf(open({ firstResponseAt: '2024-05-10T09:00' }), '2024-05-10T10:00', settings)).toBe('已超时');
    expect(slaStateOf(open({ firstResponseAt: '2024-05-09T09:00' }), '2024-05-11T16:31', settings)).toBe('已超时');
  });

  it('honours a different warning window', () => {
    const wide = testSettings({ followUp: { ...settings.followUp, warningHours: 24 } });
    expect(slaStateOf(open({ status: '待受理' }), '2024-05-08T17:00', wide)).toBe('即将超时');
  });
});

describe('slaStateOf — done tickets', () => {
  const done = (fields = {}) => ticket({ ...due, status: '已完成', firstResponseAt: '2024-05-09T09:00', ...fields });
  it('is 按时完成 when resolved by the due and answered in time', () => {
    expect(slaStateOf(done({ resolvedAt: '2024-05-11T16:30' }), '2024-06-01T00:00', settings)).toBe('按时完成');
  });
  it('is 超时完成 when resolved late', () => {
    expect(slaStateOf(done({ status: '已关闭', resolvedAt: '2024-05-11T16:31' }), '2024-06-01T00:00', settings)).toBe('超时完成');
  });
  it('is 超时完成 when the response was late though resolution was in time', () => {
    expect(slaStateOf(done({ firstResponseAt: '2024-05-10T09:00', resolvedAt: '2024-05-10T10:00' }), '2024-06-01T00:00', settings)).toBe('超时完成');
  });
  it('does not call an unknown response late', () => {
    expect(slaStateOf(done({ firstResponseAt: null, resolvedAt: '2024-05-09T10:00' }), '2024-06-01T00:00', settings)).toBe('按时完成');
    expect(slaStateOf(done({ firstResponseAt: null, resolvedAt: '2024-05-10T10:00' }), '2024-06-01T00:00', settings)).toBe('按时完成');
  });
  it('is null for a finished ticket whose resolution time is unknown, unless its response was late', () => {
    expect(slaStateOf(done({ resolvedAt: null }), '2024-05-20T10:00', settings)).toBeNull();
    expect(slaStateOf(done({ resolvedAt: null, firstResponseAt: '2024-05-13T09:00' }), '2024-05-20T10:00', settings)).toBe('超时完成');
  });
});

describe('slaStateOf — due times', () => {
  it('is null without due times', () => {
    expect(slaStateOf(ticket({ status: '处理中' }), '2024-05-09T10:00', settings)).toBeNull();
  });
  it('computes due times when the ticket carries none', () => {
    const fresh = ticket({ receivedAt: '2024-05-08T16:30', priority: '中', status: '待受理' });
    expect(slaStateOf(fresh, '2024-05-09T16:31', settings)).toBe('已超时');
    expect(slaStateOf(fresh, '2024-05-09T10:00', settings)).toBe('正常');
  });
});
