/** The header-mapping Dropdown's values: a field key, `compound:<kind>`, or "keep as extra column". */
import type { ColumnGuess } from '../../core/headers/types';
import type { TicketField } from '../../core/schema/ticket';

export const EXTRA = '__extra__';
export const COMPOUND = 'compound:';

/** The Dropdown value of a column's mapping. */
export const mappingValue = (c: ColumnGuess): string => (c.compound ? COMPOUND + c.compound : (c.field ?? EXTRA));

/** Applies a Dropdown value to a column: a field, a compound kind, or "keep as extra column". */
export function applyMapping(c: ColumnGuess, value: string): ColumnGuess {
  const { compound: _c, dimension: _d, ...rest } = c;
  if (value === EXTRA) return { ...rest, field: null, confidence: 1 };
  if (value.startsWith(COMPOUND)) return { ...rest, field: null, compound: value.slice(COMPOUND.length) as ColumnGuess['compound'], confidence: 1 };
  return { ...rest, field: value as TicketField, ...(value === 'ratings' && c.dimension ? { dimension: c.dimension } : {}), confidence: 1 };
}

