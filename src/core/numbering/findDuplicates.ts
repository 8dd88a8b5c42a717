/**
 * Duplicate ticket numbers (two co-authors adding rows at once). `rows` are 0-based indexes into
 * the given array, in order; the first keeps its number, the later ones are renumbered.
 */
export function findDuplicateIds(ids: string[]): { id: string; rows: number[] }[] {
  const seen = new Map<string, number[]>();
  ids.forEach((raw, i) => {
    const id = typeof raw === 'string' ? raw.trim() : '';
    if (id === '') return;
    const rows = seen.get(id);
    if (rows) rows.push(i);
    else seen.set(id, [i]);
  });
  return [...seen].filter(([, rows]) => rows.length > 1).map(([id, rows]) => ({ id, rows }));
}

/** Indexes of the rows that must get a new number: every occurrence after the first. */
export function laterDuplicateRows(ids: string[]): number[] {
  return findDuplicateIds(ids)
    .flatMap((d) => d.rows.slice(1))
    .sort((a, b) => a - b);
}
