/**
 * Input paths of the commands that read several workbooks (stats, export, refresh): each
 * argument is a path or a pattern whose file name holds `*` or `?` (`archive/*.xlsx`), for
 * shells that do not expand it (Windows) or when it is quoted. Matches come in name order;
 * a pattern that matches nothing is an error, and a file named twice is read once.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { UsageError } from './args';
import { t } from './messages';

const WILD = /[*?]/;

/**
 * The pattern's file-name part as a regular expression (`*` any run, `?` one character).
 * @example nameMatcher('book-*.xlsx').test('book-2024.xlsx') // true
 */
export function nameMatcher(pattern: string): RegExp {
  const body = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${body}$`, 'i');
}

export async function expandInputs(args: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (p: string): void => {
    const key = path.resolve(p);
    if (!seen.has(key)) {
      seen.add(key);
      out.push(p);
    }
  };
  for (const a of args) {
    const name = path.basename(a);
    if (!WILD.test(name)) {
      add(a);
      continue;
    }
    const dir = path.dirname(a);
    if (WILD.test(dir)) throw new UsageError(t('globDirWild', { value: a }));
    let names: string[];
    try {
      names = await fs.readdir(dir);
    } catch {
      throw new UsageError(t('globNoDir', { path: dir }));
    }
    const re = nameMatcher(name);
    // Lock files Excel leaves beside an open workbook (~$book.xlsx) are never inputs.
    const hits = names.filter((n) => re.test(n) && !n.startsWith('~$')).sort();
    if (hits.length === 0) throw new UsageError(t('globNoMatch', { value: a }));
    for (const n of hits) add(dir === '.' && !a.startsWith('.') ? n : path.join(dir, n));
  }
  return out;
}
