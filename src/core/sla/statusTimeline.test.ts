import { lastReopenAt, pauseIntervals } from './statusTimeline';
import { logLine } from './testSettings';

describe('pauseIntervals', () => {
  it('pauses from 等待客户 until the next other status', () => {
    const log = [logLine('2024-05-08T10:00', '处理中'), logLine('2024-05-09T10:00', '等待客户'), logLine('2024-05-09T15:00', '处理中')];
    expect(pauseIntervals(log)).toEqual([{ from: '2024-05-09T10:00', to: '2024-05-09T15:00' }]);
  });

  it('keeps one pause across repeated 等待客户 lines and lines without a status', () => {
    const log = [
      logLine('2024-05-09T10:00', '等待客户'),
      logLine('2024-05-09T11:00', null, '再次催促客户'),
      logLine('2024-05-09T12:00', '等待客户'),
      logLine('2024-05-10T09:00', '处理中'),
      logLine('2024-05-10T10:00', '等待客户'),
      logLine('2024-05-10T11:00', '已完成'),
    ];
    expect(pauseIntervals(log)).toEqual([
      { from: '2024-05-09T10:00', to: '2024-05-10T09:00' },
      { from: '2024-05-10T10:00', to: '2024-05-10T11:00' },
    ]);
  });

  it('orders lines by time and ignores lines without a time', () => {
    const log = [logLine('2024-05-09T15:00', '处理中'), logLine(null, '处理中'), logLine('2024-05-09T10:00', '等待客户')];
    expect(pauseIntervals(log)).toEqual([{ from: '2024-05-09T10:00', to: '2024-05-09T15:00' }]);
  });

  it('ends an unterminated pause at asOf, or leaves it open', () => {
    const log = [logLine('2024-05-09T10:00', '等待客户')];
    expect(pauseIntervals(log, '2024-05-10T10:00')).toEqual([{ from: '2024-05-09T10:00', to: '2024-05-10T10:00' }]);
    expect(pauseIntervals(log)).toEqual([{ from: '2024-05-09T10:00', to: null }]);
    expect(pauseIntervals(log, '2024-05-09T09:00')).toEqual([]);
  });

  it('is empty without pauses', () => expect(pauseIntervals([logLine('2024-05-09T10:00', '处理中')])).toEqual([]));
});

describe('lastReopenAt', () => {
  it('is the latest 重新打开', () => {
    const log = [logLine('2024-05-20T10:00', '重新打开'), logLine('2024-05-25T10:00', '已完成'), logLine('2024-05-27T09:30', '重新打开')];
    expect(lastReopenAt(log)).toBe('2024-05-27T09:30');
  });
  it('is null when never reopened', () => expect(lastReopenAt([logLine('2024-05-20T10:00', '已完成')])).toBeNull());
});
