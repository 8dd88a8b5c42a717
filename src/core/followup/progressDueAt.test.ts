import { needsProgressUpdate, progressDueAt } from './progressDueAt';
import { testSettings, ticket } from '../sla/testSettings';

const settings = testSettings(); // progressEveryHours: 6 business hours

describe('progressDueAt', () => {
  it('counts from the latest progress note', () => {
    const t = ticket({ status: '处理中', receivedAt: '2024-05-06T09:00', acceptedAt: '2024-05-06T09:30', lastUpdateAt: '2024-05-08T10:00' });
    expect(progressDueAt(t, settings)).toBe('2024-05-08T17:00');
  });
  it('falls back to acceptance, then to receipt, walking business hours', () => {
    expect(progressDueAt(ticket({ status: '处理中', receivedAt: '2024-05-08T09:00', acceptedAt: '2024-05-08T15:00' }), settings)).toBe('2024-05-09T12:00');
    expect(progressDueAt(ticket({ status: '待受理', receivedAt: '2024-05-10T17:00' }), settings)).toBe('2024-05-11T15:00');
  });
  it('is null for done tickets, tickets waiting for the customer and tickets without times', () => {
    expect(progressDueAt(ticket({ status: '已完成', receivedAt: '2024-05-08T09:00' }), settings)).toBeNull();
    expect(progressDueAt(ticket({ status: '等待客户', receivedAt: '2024-05-08T09:00' }), settings)).toBeNull();
    expect(progressDueAt(ticket({ status: '处理中' }), settings)).toBeNull();
  });
  it('follows the configured cadence (seed 001: 24 h)', () => {
    const daily = testSettings({ followUp: { ...settings.followUp, progressEveryHours: 24 } });
    expect(progressDueAt(ticket({ status: '处理中', lastUpdateAt: '2024-05-08T09:00' }), daily)).toBe('2024-05-10T18:00');
  });
});

describe('needsProgressUpdate', () => {
  const t = ticket({ status: '处理中', lastUpdateAt: '2024-05-08T10:00' });
  it('is false until the due and true after it', () => {
    expect(needsProgressUpdate(t, '2024-05-08T17:00', settings)).toBe(false);
    expect(needsProgressUpdate(t, '2024-05-08T17:01', settings)).toBe(true);
  });
  it('is false while waiting for the customer', () => {
    expect(needsProgressUpdate({ ...t, status: '等待客户' }, '2024-06-01T10:00', settings)).toBe(false);
  });
});
