/**
 * Workbook-scope defined names written into the workbook part by a schema upgrade
 * (SB_HolidayDates … over a Config table): added to `<definedNames>` (created in its place
 * among the workbook's children when there is none), or set anew where the name exists but
 * refers to no sheet (`#REF!`, a deleted sheet) or the edit says `replace`. Every other name and
 * every other byte of the part stay as they are.
 */
import type { DefinedNameEdit } from './types';
import { xmlText } from './xmlText';

/** The workbook's children that come after `<definedNames>` (ECMA-376 CT_Workbook order). */
const AFTER_NAMES = ['calcPr', 'oleSize', 'customWorkbookViews', 'pivotCaches', 'smartTagPr', 'smartTagTypes', 'webPublishing', 'fileRecoveryPr', 'webPublishObjects', 'extLst'];

const decode = (s: string): string => s.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e] ?? '');

/**
 * The sheet a name's definition refers to (null for a constant or a formula without one).
 * @example sheetOfDefinition("'配置 (2)'!$A$3:$A$9") === '配置 (2)'
 * @example sheetOfDefinition('Sheet1!$A$1') === 'Sheet1'
 */
export function sheetOfDefinition(text: string): string | null {
  const m = /^'((?:[^']|'')+)'!|^([^!'"=(),]+)!/.exec(text.trim());
  return m ? (m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]) : null;
}

/**
 * A definition that refers to nothing: `#REF!` in it, or a sheet the workbook does not have.
 * @example isBroken("'配置'!#REF!", ['配置']) === true
 * @example isBroken("'配置'!$A$1", ['配置']) === false
 */
export function isBroken(text: string, sheets: readonly string[]): boolean {
  if (text.includes('#REF!')) return true;
  const s = sheetOfDefinition(text);
  return s !== null && !sheets.some((x) => x.toLowerCase() === s.toLowerCase());
}

/** `'sheet'!ref` as a definition. @example definition("O'Brien", '$A$1') === "'O''Brien'!$A$1" */
export const definition = (sheet: string, ref: string): string => `'${sheet.replace(/'/g, "''")}'!${ref}`;

/**
 * The workbook part with the names written; `written` lists those it wrote.
 * @example withDefinedNames('<workbook><sheets/><calcPr/></workbook>', [{ name: 'N', sheet: 'S', ref: '$A$1', replace: false }], ['S']).xml === `<workbook><sheets/><definedNames><definedName name="N">'S'!$A$1</definedName></definedNames><calcPr/></workbook>`
 */
export function withDefinedNames(xml: string, names: readonly DefinedNameEdit[], sheets: readonly string[]): { xml: string; written: string[] } {
  const p = /<([\w.-]+:)?workbook\b/.exec(xml)?.[1] ?? '';
  const el = (n: DefinedNameEdit): string => `<${p}definedName name="${xmlText(n.name)}">${xmlText(definition(n.sheet, n.ref))}</${p}definedName>`;
  const existing = new RegExp(`<${p}definedName\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${p}definedName>)`, 'g');
  let out = xml;
  const written: string[] = [];
  const append: string[] = [];
  for (const n of names) {
    const found = [...out.matchAll(existing)].find((m) => new RegExp(`\\sname="${n.name}"`).test(m[1]) && !/\slocalSheetId=/.test(m[1]));
    if (found && !n.replace && !isBroken(decode(found[2] ?? ''), sheets)) continue;
    if (found) out = out.slice(0, found.index!) + el(n) + out.slice(found.index! + found[0].length);
    else append.push(el(n));
    written.push(n.name);
  }
  if (!append.length) return { xml: out, written };
  const block = new RegExp(`<${p}definedNames\\b[^>]*?(/?)>`).exec(out);
  if (block && block[1] === '/') out = out.replace(block[0], `<${p}definedNames>${append.join('')}</${p}definedNames>`);
  else if (block) out = out.replace(`</${p}definedNames>`, `${append.join('')}</${p}definedNames>`);
  else {
    const next = new RegExp(`<${p}(?:${AFTER_NAMES.join('|')})\\b|</${p}workbook>`).exec(out)!;
    out = `${out.slice(0, next.index)}<${p}definedNames>${append.join('')}</${p}definedNames>${out.slice(next.index)}`;
  }
  return { xml: out, written };
}
