/**
 * Duplicate ticket numbers (two co-authors adding rows at once). `rows` are 0-based indexes into
 * the given array, in order; the first keeps its number, the later ones are renumbered.
 */
export function findDuplicateIds(ids: string[]): { id: string; rows: number[] }[] {
  // Most numbers occur once: only the first row of each is kept, a list only for the repeated ones.
  const first = new Map<string, number>();
  const repeated = new Map<string, number[]>();
  ids.forEach((raw, i) => {
    const id = typeof raw === 'string' ? raw.trim() : '';
    if (id === '') return;
    const at = first.get(id);
    if (at === undefined) first.set(id, i);
    else {
      const rows = repeated.get(id);
      if (rows) rows.push(i);
      else repeated.set(id, [at, i]);
    }
  });
  // In the order of each number's first row.
  return [...repeated].sort((a, b) => a[1][0] - b[1][0]).map(([id, rows]) => ({ id, rows }));
}

/** Indexes of the rows that must get a new number: every occurrence after the first. */
export function laterDuplicateRows(ids: string[]): number[] {
  return findDuplicateIds(ids)
    .flatMap((d) => d.rows.slice(1))
    .sort((a, b) => a - b);
}
