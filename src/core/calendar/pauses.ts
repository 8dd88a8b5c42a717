/** Pauses (`等待客户`): stretches of local time during which no SLA clock runs. */
import { toMinutes } from '../time/localDateTime';
import type { LocalDateTime } from '../time/localDateTime';

/** `to: null` is a pause that has not ended: the clock stays stopped from `from` on. */
export interface Pause {
  from: LocalDateTime;
  to: LocalDateTime | null;
}

/** Sorted, merged `[from, to)` minute pairs; an open pause ends at +Infinity; bad or empty ones dropped. */
export function compilePauses(pauses: readonly Pause[] | undefined): [number, number][] {
  if (!pauses?.length) return [];
  const pairs = pauses
    .map((p): [number, number] => [toMinutes(p.from), p.to === null ? Infinity : toMinutes(p.to)])
    .filter(([f, t]) => Number.isFinite(f) && !Number.isNaN(t) && f < t)
    .sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [f, t] of pairs) {
    const last = out[out.length - 1];
    if (last && f <= last[1]) last[1] = Math.max(last[1], t);
    else out.push([f, t]);
  }
  return out;
}

/**
 * Walks pauses alongside a forward walk of time. `clip(s, e)` answers the usable part of the
 * stretch `[s, e)`: either `{ skipTo }` when `s` falls inside a pause (resume the walk there;
 * Infinity when it never ends) or `{ end }`, the stretch shortened to the next pause's start.
 * Calls must come with non-decreasing `s`.
 */
export function pauseClipper(pauses: [number, number][]) {
  let i = 0;
  return (s: number, e: number): { skipTo: number } | { end: number } => {
    while (i < pauses.length && pauses[i][1] <= s) i++;
    const p = pauses[i];
    if (!p) return { end: e };
    if (p[0] <= s) return { skipTo: p[1] };
    return { end: Math.min(e, p[0]) };
  };
}
