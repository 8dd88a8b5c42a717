/**
 * An error from the host, worded in the pane's language: HostError codes come from the message
 * files (`hostError.<code>`); anything else (a bug) keeps its own message.
 */
import { isHostError } from '../../excel/errors';
import type { MessageKey, Translator } from './index';

/**
 * @example describeError(new HostError('ticketNotFound', { id: 'CS1' }), makeTranslator('en-US')) // 'Ticket CS1 was not found (it may have been deleted or renumbered).'
 */
export function describeError(e: unknown, t: Translator): string {
  if (!isHostError(e)) return t('hostError.unknown', { message: e instanceof Error ? e.message : String(e) });
  const p = { ...e.params };
  if (e.code === 'interrupted') return t(`hostError.interrupted.${p.written === 'partial' ? 'partial' : 'nothing'}`, { op: t(`op.${p.op}` as MessageKey) });
  if (e.code === 'needsApi') p.feature = t(`feature.${p.feature}` as MessageKey);
  return t(`hostError.${e.code}` as MessageKey, p);
}
