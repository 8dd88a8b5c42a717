/**
 * Errors the host raises for the user: a code and parameters, never words. The pane and the
 * ribbon commands word them from their message files (`hostError.<code>` in zh-CN, zh-TW, en-US),
 * so an en-US pane never shows a Chinese sentence.
 */
import { isNewerSchema, SCHEMA_VERSION } from '../core/settings/settings';

export type HostErrorCode =
  /** Setup over a workbook that already holds tickets. */
  | 'alreadyStructured'
  /** Convert in a workbook that already holds a Tickets table. */
  | 'alreadyConverted'
  | 'noTicketsTable'
  | 'noSubtasksTable'
  /** { id } */
  | 'ticketNotFound'
  /** { id, rows }: two co-authors gave the same number; 检查 renumbers the later row. */
  | 'ambiguousNumber'
  /** { id }: the row holding this number is another ticket now (renumbered, or rows moved). */
  | 'ticketChanged'
  /** { id }: co-authors kept moving rows while the add-in wrote; nothing of theirs was changed. */
  | 'rowsKeptMoving'
  /** { feature, set }: this Excel lacks the requirement set the operation needs. */
  | 'needsApi'
  /** { written }: the connection to Excel failed part-way; `written` says what reached the workbook. */
  | 'interrupted'
  /** { found, supported }: a newer ServiceBook made this workbook (isNewerSchema); nothing is written. */
  | 'schemaTooNew';

export type HostErrorParams = Record<string, string | number>;

export class HostError extends Error {
  override readonly name = 'HostError';
  constructor(
    readonly code: HostErrorCode,
    readonly params: HostErrorParams = {},
    /** The error underneath (an Office.js error), for logs. */
    override readonly cause?: unknown,
  ) {
    super(`${code}${Object.keys(params).length ? ` ${JSON.stringify(params)}` : ''}`);
  }
}

/**
 * The refusal of a workbook made by a newer ServiceBook (the command's rule, isNewerSchema), or null.
 * @example newerSchemaError(999) // HostError schemaTooNew { found: 999, supported: 1 }
 */
export function newerSchemaError(version: number | null): HostError | null {
  return version !== null && isNewerSchema(version) ? new HostError('schemaTooNew', { found: version, supported: SCHEMA_VERSION }) : null;
}

export const isHostError = (e: unknown): e is HostError => e instanceof HostError || (typeof e === 'object' && e !== null && (e as { name?: string }).name === 'HostError' && typeof (e as { code?: unknown }).code === 'string');
