import { computeDueTimes, dueTimesOf } from './computeDueTimes';
import { logLine, testSettings, ticket } from './testSettings';

const settings = testSettings();
const wed = { receivedAt: '2024-05-08T16:30', priority: '中' as const, customerLevel: null };

describe('computeDueTimes', () => {
  it('pins the standard example: 中 received Wed 16:30 → Thu 16:30 / make-up Sat 16:30', () => {
    expect(computeDueTimes(wed, settings)).toEqual({ responseDue: '2024-05-09T16:30', resolveDue: '2024-05-11T16:30' });
  });

  it('uses clock hours for 高 (4 h / 24 h), regardless of nights and weekends', () => {
    expect(computeDueTimes({ receivedAt: '2024-05-17T17:00', priority: '高', customerLevel: '普通' }, settings)).toEqual({
      responseDue: '2024-05-17T21:00',
      resolveDue: '2024-05-18T17:00',
    });
  });

  it('applies the VIP rule before the * rule', () => {
    expect(computeDueTimes({ ...wed, customerLevel: 'VIP' }, settings)).toEqual({ responseDue: '2024-05-09T11:30', resolveDue: '2024-05-10T16:30' });
    expect(computeDueTimes({ ...wed, customerLevel: '普通' }, settings).responseDue).toBe('2024-05-09T16:30');
    const reversed = testSettings({ sla: [...settings.sla].reverse() });
    expect(computeDueTimes({ ...wed, customerLevel: 'VIP' }, reversed).responseDue).toBe('2024-05-09T11:30');
  });

  it('is all null without receipt time, priority or rule', () => {
    const none = { responseDue: null, resolveDue: null };
    expect(computeDueTimes({ ...wed, receivedAt: null }, settings)).toEqual(none);
    expect(computeDueTimes({ ...wed, priority: null }, settings)).toEqual(none);
    expect(computeDueTimes(wed, testSettings({ sla: [settings.sla[0]] }))).toEqual(none);
  });

  it('extends both dues by a pause and resumes after it', () => {
    const log = [logLine('2024-05-09T10:00', '等待客户'), logLine('2024-05-09T15:00', '处理中')];
    expect(computeDueTimes(wed, settings, log)).toEqual({ responseDue: '2024-05-10T11:30', resolveDue: '2024-05-13T11:30' });
  });

  it('does not move the response due by a pause after an on-time response', () => {
    const log = [logLine('2024-05-09T10:00', '等待客户'), logLine('2024-05-09T15:00', '处理中')];
    const answered = { ...wed, firstResponseAt: '2024-05-09T09:00' };
    expect(computeDueTimes(answered, settings, log)).toEqual({ responseDue: '2024-05-09T16:30', resolveDue: '2024-05-13T11:30' });
  });

  it('ends an unterminated pause at asOf, or stops the clock (null) without one', () => {
    const log = [logLine('2024-05-09T10:00', '等待客户')];
    expect(computeDueTimes(wed, settings, log, '2024-05-10T10:00').responseDue).toBe('2024-05-10T16:30');
    expect(computeDueTimes(wed, settings, log)).toEqual({ responseDue: null, resolveDue: null });
    const early = [logLine('2024-05-09T17:00', '等待客户')];
    expect(computeDueTimes(wed, settings, early)).toEqual({ responseDue: '2024-05-09T16:30', resolveDue: null });
  });

  it('restarts the resolution clock at the last reopen, even after a breach', () => {
    const log = [logLine('2024-05-20T10:00', '已完成'), logLine('2024-05-21T10:00', '重新打开')];
    expect(computeDueTimes(wed, settings, log)).toEqual({ responseDue: '2024-05-09T16:30', resolveDue: '2024-05-24T10:00' });
  });

  it('ignores a reopen dated before receipt', () => {
    const log = [logLine('2024-05-01T10:00', '重新打开')];
    expect(computeDueTimes(wed, settings, log).resolveDue).toBe('2024-05-11T16:30');
  });
});

describe('dueTimesOf', () => {
  it('keeps stored due times', () => {
    const t = ticket({ ...wed, responseDue: '2024-05-08T17:00', resolveDue: null });
    expect(dueTimesOf(t, settings)).toEqual({ responseDue: '2024-05-08T17:00', resolveDue: null });
  });
  it('computes them when the ticket has none', () => {
    expect(dueTimesOf(ticket(wed), settings)).toEqual({ responseDue: '2024-05-09T16:30', resolveDue: '2024-05-11T16:30' });
  });
});

describe('computeDueTimes with the standard preset', () => {
  it('pins the DESIGN example on defaultSettings()', () => {
    // Imported lazily so a preset still being written cannot break the other tests of this file.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { defaultSettings } = require('../presets') as typeof import('../presets');
    expect(computeDueTimes(wed, defaultSettings())).toEqual({ responseDue: '2024-05-09T16:30', resolveDue: '2024-05-11T16:30' });
  });
});
