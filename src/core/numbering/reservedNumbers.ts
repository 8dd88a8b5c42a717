/**
 * Numbers that stay reserved after their tickets moved to an archive workbook. The allocator
 * hands out "highest sequence of the date part + 1", so the highest archived number of each
 * date part is enough to keep every archived number from coming back; numbers that do not
 * follow the pattern (kept from an older sheet) are kept as they are. The working workbook
 * stores the list (Config_Reserved), and both hosts number through `numbersInUse`.
 */
import { parsePattern, parseTicketNumber } from './pattern';

/**
 * The reservation list for `archived` numbers merged with an earlier list: one number per date
 * part (the highest), then the numbers that do not follow `pattern`, sorted.
 * @example reserveNumbers('CS{yyyyMMdd}{seq:3}', ['CS20240102001', 'CS20240102007', 'CS20240103002', 'OLD-9'], ['CS20240102009'])
 *   // ['CS20240102009', 'CS20240103002', 'OLD-9']
 */
export function reserveNumbers(pattern: string, archived: Iterable<string>, earlier: Iterable<string> = []): string[] {
  const pp = parsePattern(pattern);
  const best = new Map<string, { id: string; seq: number }>();
  const other = new Set<string>();
  for (const raw of [...earlier, ...archived]) {
    const id = typeof raw === 'string' ? raw.trim() : '';
    if (id === '') continue;
    const p = parseTicketNumber(pp, id);
    if (!p) other.add(id);
    else if ((best.get(p.datePart)?.seq ?? 0) < p.seq) best.set(p.datePart, { id, seq: p.seq });
  }
  return [...[...best.values()].map((b) => b.id), ...other].sort();
}

/**
 * Every number the allocator must treat as taken: the given ids (Tickets, Ticket_Log) and the
 * workbook's reserved numbers.
 * @example numbersInUse({ pattern: 'CS{yyyyMMdd}{seq:3}', reserved: ['CS20240102009'] }, ['CS20240102001']) // ['CS20240102001', 'CS20240102009']
 */
export function numbersInUse(numbering: { pattern: string; reserved?: readonly string[] }, ...ids: Iterable<string>[]): string[] {
  const out: string[] = [];
  for (const xs of ids) for (const id of xs) if (id) out.push(id);
  for (const id of numbering.reserved ?? []) if (id) out.push(id);
  return out;
}

/**
 * True when `id` may be the number of a ticket moved to an archive: at or below the highest
 * archived number of its date part, or a number kept from an older sheet that is listed itself.
 * @example isReservedNumber({ pattern: 'CS{yyyyMMdd}{seq:3}', reserved: ['CS20240102009'] }, 'CS20240102004') === true
 * @example isReservedNumber({ pattern: 'CS{yyyyMMdd}{seq:3}', reserved: ['CS20240102009'] }, 'CS20240102010') === false
 */
export function isReservedNumber(numbering: { pattern: string; reserved?: readonly string[] }, id: string): boolean {
  const reserved = numbering.reserved ?? [];
  if (reserved.length === 0) return false;
  const wanted = id.trim();
  if (reserved.some((r) => r.trim() === wanted)) return true;
  let pp;
  try {
    pp = parsePattern(numbering.pattern);
  } catch {
    return false;
  }
  const p = parseTicketNumber(pp, wanted);
  if (!p) return false;
  return reserved.some((r) => {
    const q = parseTicketNumber(pp, r.trim());
    return q !== null && q.datePart === p.datePart && q.seq >= p.seq;
  });
}
