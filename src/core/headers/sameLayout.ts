/**
 * Whether two recognised tables share one layout: one sheet per month, say. They do when the
 * fields (and compounds) their headers map to mostly agree (Jaccard index at least 0.8), so a
 * workbook's monthly sheets are imported together and a differently shaped sheet is not.
 */
import type { TableGuess } from './types';

const claims = (g: TableGuess): Set<string> => new Set(g.columns.flatMap((c) => (c.field ? [c.dimension ? `ratings:${c.dimension}` : c.field] : c.compound ? [c.compound] : [])));

/**
 * @example sameLayout(guessOf(['工单编号','问题描述','处理状态']), guessOf(['工单编号','问题描述','处理状态'])) === true
 */
export function sameLayout(a: TableGuess, b: TableGuess): boolean {
  const x = claims(a);
  const y = claims(b);
  const both = [...x].filter((k) => y.has(k)).length;
  const either = new Set([...x, ...y]).size;
  return either > 0 && both / either >= 0.8;
}
