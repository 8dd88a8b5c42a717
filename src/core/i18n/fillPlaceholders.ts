/** Message templates: `{name}` placeholders filled from params. */

export type MessageParams = Record<string, string | number>;

/**
 * Fills `{name}` placeholders; a placeholder without a value stays visible rather than vanish.
 * @example fillPlaceholders('第 {row} 行：{value}', { row: 5 }) // → '第 5 行：{value}'
 */
export function fillPlaceholders(template: string, params: MessageParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}

/**
 * The placeholder names of a template, sorted (the message-file tests compare them across locales).
 * @example placeholdersOf('{b} 与 {a}') // → ['a', 'b']
 */
export const placeholdersOf = (template: string): string[] => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
