/**
 * What a ticket's log says about its SLA clocks: when it waited for the customer (clock
 * stopped) and when it was last reopened (resolution clock restarts). Pass one ticket's lines;
 * lines without a time or without a status change are ignored.
 */
import { toMinutes } from '../time/localDateTime';
import type { Status } from '../schema/enums';
import type { LogEntry } from '../schema/log';
import type { LocalDateTime } from '../time/localDateTime';
import type { Pause } from '../calendar/pauses';

export const PAUSE_STATUS: Status = '等待客户';
export const REOPEN_STATUS: Status = '重新打开';

/** Status changes in time order (stable for equal times, so the sheet's order breaks ties). */
function statusChanges(log: readonly LogEntry[]): { at: LocalDateTime; m: number; status: Status }[] {
  return log
    .filter((e) => e.at !== null && e.status !== null)
    .map((e) => ({ at: e.at as string, m: toMinutes(e.at as string), status: e.status as Status }))
    .filter((e) => Number.isFinite(e.m))
    .sort((a, b) => a.m - b.m);
}

/**
 * Stretches in 等待客户: from a line that set it until the next line that set another status.
 * A pause still running ends at `asOf` when given (dropped when `asOf` is not after its start),
 * otherwise it stays open (`to: null`: the clock is stopped until further notice).
 */
export function pauseIntervals(log: readonly LogEntry[], asOf?: LocalDateTime): Pause[] {
  const out: Pause[] = [];
  let from: { at: LocalDateTime; m: number } | null = null;
  for (const e of statusChanges(log)) {
    if (e.status === PAUSE_STATUS) {
      from ??= e;
    } else if (from) {
      if (e.m > from.m) out.push({ from: from.at, to: e.at });
      from = null;
    }
  }
  if (from) {
    if (asOf === undefined) out.push({ from: from.at, to: null });
    else if (toMinutes(asOf) > from.m) out.push({ from: from.at, to: asOf });
  }
  return out;
}

/** Time of the latest line that set 重新打开, or null. */
export function lastReopenAt(log: readonly LogEntry[]): LocalDateTime | null {
  const reopens = statusChanges(log).filter((e) => e.status === REOPEN_STATUS);
  return reopens.length ? reopens[reopens.length - 1].at : null;
}
