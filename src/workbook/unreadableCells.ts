/**
 * Cells of a Tickets table the reader could not use (an impossible date, a rating out of range):
 * both hosts keep them exactly as typed when they write the completed row (the problem stays
 * listed until someone fixes the cell). Cells the redactor reported are written redacted instead.
 */
import type { Problem } from '../core/validation/problem';

/** Problems the redactor reports: those cells are written redacted, not kept. */
const PRIVACY_CODES = new Set(['sensitiveDataFound', 'contactUnmasked']);

/**
 * The reader's problems about cells it could not use.
 * @example unreadableProblems([{ row: 3, field: 'receivedAt', column: '受理时间', code: 'invalidDateTime', message: '' }, { row: 4, field: 'contact', code: 'contactUnmasked', message: '' }]).length // → 1
 */
export const unreadableProblems = <P extends Pick<Problem, 'code'>>(problems: readonly P[]): P[] => problems.filter((p) => !PRIVACY_CODES.has(p.code));

/**
 * The cells to keep as typed, as `sheetRow|header`.
 * @example unreadableCells([{ row: 3, field: 'receivedAt', column: '受理时间', code: 'invalidDateTime', message: '' }]) // → Set { '3|受理时间' }
 */
export const unreadableCells = (problems: readonly Pick<Problem, 'code' | 'row' | 'column'>[]): Set<string> => new Set(unreadableProblems(problems).map((p) => `${p.row}|${p.column ?? ''}`));
