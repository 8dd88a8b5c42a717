/**
 * An error from the host, worded in the pane's language: HostError codes come from the message
 * files (`hostError.<code>`); anything else (a bug) keeps its own message.
 */
import { isHostError, newerSchemaError } from '../../excel/errors';
import { configProblemMessage } from '../../workbook/configMessages';
import type { MessageKey, Translator } from './index';

/**
 * @example describeError(new HostError('ticketNotFound', { id: 'CS1' }), makeTranslator('en-US')) // 'Ticket CS1 was not found (it may have been deleted or renumbered).'
 */
export function describeError(e: unknown, t: Translator): string {
  if (!isHostError(e)) return t('hostError.unknown', { message: e instanceof Error ? e.message : String(e) });
  const p = { ...e.params };
  if (e.code === 'interrupted') return t(`hostError.interrupted.${p.written === 'partial' ? 'partial' : 'nothing'}`, { op: t(`op.${p.op}` as MessageKey) });
  // The command's words for the same refusal, in the pane's language.
  if (e.code === 'schemaTooNew') return configProblemMessage('schemaTooNew', t.locale, p);
  if (e.code === 'needsApi') p.feature = t(`feature.${p.feature}` as MessageKey);
  return t(`hostError.${e.code}` as MessageKey, p);
}

/**
 * The pane's one line for a workbook made by a newer ServiceBook (it writes nothing), or null.
 * @example newerSchemaLine(999, makeTranslator('en-US')) // 'This workbook was made by a newer ServiceBook (schema version 999; this one supports up to 1): please update ServiceBook first'
 */
export function newerSchemaLine(version: number | null, t: Translator): string | null {
  const e = newerSchemaError(version);
  return e ? describeError(e, t) : null;
}
