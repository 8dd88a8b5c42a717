/**
 * Whether a record holds any key, without listing them (a ticket's `ratings` and `extra` are
 * empty on most of 100,000 rows).
 * @example hasKeys({}) === false && hasKeys({ 服务态度: 5 }) === true
 */
export function hasKeys(o: object): boolean {
  for (const _ in o) return true;
  return false;
}
