/** Reads the engine's suggestions into { value, reasons } whatever shape each one has. */
export interface Suggested {
  value: string;
  reasons: string[];
}

export function readSuggested(x: unknown): Suggested | null {
  if (x === null || x === undefined || x === '') return null;
  if (typeof x === 'string' || typeof x === 'number') return { value: String(x), reasons: [] };
  if (typeof x === 'object') {
    const o = x as Record<string, unknown>;
    const v = o.value ?? o.level ?? o.category ?? o.department ?? o.owner ?? o.name;
    if (v === null || v === undefined || v === '') return null;
    const r = Array.isArray(o.reasons) ? o.reasons : o.reason ? [o.reason] : [];
    return { value: String(v), reasons: r.map(String).filter(Boolean) };
  }
  return null;
}
