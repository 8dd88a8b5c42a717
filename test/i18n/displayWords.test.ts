/**
 * Every word a person sees comes from a message file. This scan reads every module of src/ (not
 * tests) and lists the string literals with Chinese characters outside the message files. What
 * may hold them is said here, once:
 * - MESSAGE_FILES: the homes of words, one per audience (README, "Languages");
 * - DATA: what the engine reads or stores, not what it says: canonical list values and their
 *   synonyms, seed header synonyms, keywords, preset contents, sample tickets;
 * - a literal that is exactly a canonical stored value (处理中, 高…) is data wherever it is.
 * PENDING names the modules whose sentences are still to move, each with its count: the count
 * may only go down (a new display literal anywhere fails this test).
 */
import { readdirSync, readFileSync, statSync } from 'fs';
import { join, relative } from 'path';
import ts from 'typescript';
import { CATEGORIES, CUSTOMER_LEVELS, ESCALATIONS, LEVELS, LOG_KINDS, SLA_STATES, STATUSES, SUBTASK_STATUSES } from '../../src/core/schema/enums';
import { EMPTY_LABEL } from '../../src/core/stats/classification';

const ROOT = join(__dirname, '..', '..');

const MESSAGE_FILES = [/^src\/cli\/messages\//, /^src\/taskpane\/i18n\//, /^src\/core\/i18n\/words\//, /^src\/core\/validation\/messages\//, /^src\/core\/i18n\/vocabulary\.ts$/];

const DATA = [
  /^src\/core\/presets\//, // seed templates: their headers, lists and scripts are the team's data
  /^src\/core\/headers\//, // header synonyms and compound headers of the seeds
  /^src\/core\/schema\//, // canonical values, field labels and their synonyms
  /^src\/core\/parse\//, // what people type: synonyms of list values, dates, satisfaction
  /^src\/core\/engine\/inferCategory\.ts$/, // keywords
  /^src\/core\/engine\/inferStatus\.ts$/, // keywords
  /^src\/core\/priority\/derivePriority\.ts$/, // keywords
  /^src\/core\/text\/t2sMap\.ts$/, // Traditional → Simplified characters
  /^src\/cli\/sample\.ts$/, // sample tickets of `init --sample`
  /^src\/core\/[a-z]+\/testSettings\.ts$/, /^src\/core\/settings\/testParts\.ts$/, // fixtures for tests in src
  /^src\/taskpane\/dev\//, // the pane's in-browser fake host
  /^src\/workbook\/cells\.ts$/, // yes/no and unit words people type in cells
];

/**
 * Modules still holding sentences (the count of literals), to move into the message files. Empty:
 * a module that holds one again fails the scan.
 */
const PENDING: Record<string, number> = {};

const CANONICAL = new Set<string>([...CATEGORIES, ...LEVELS, ...STATUSES, ...SLA_STATES, ...CUSTOMER_LEVELS, ...LOG_KINDS, ...SUBTASK_STATUSES, ...ESCALATIONS, EMPTY_LABEL]);
const HAN = /[\u3400-\u9fff]/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [p] : [];
  });
}

/** The string literals (and template parts, JSX text) of a module that hold Chinese characters. */
function hanLiterals(path: string): string[] {
  const sf = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true, path.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    const literal = ts.isStringLiteralLike(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node) || ts.isJsxText(node);
    if (literal && HAN.test(node.text) && !CANONICAL.has(node.text) && !ts.isImportDeclaration(node.parent)) found.push(node.text);
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

describe('display words live in the message files', () => {
  const files = sourceFiles(join(ROOT, 'src')).map((p) => relative(ROOT, p).split('\\').join('/'));
  const scanned = files.filter((f) => !MESSAGE_FILES.some((r) => r.test(f)) && !DATA.some((r) => r.test(f)));
  const counts: Record<string, number> = Object.fromEntries(scanned.map((f) => [f, hanLiterals(join(ROOT, f)).length] as const).filter(([, n]) => n > 0));

  it('no module outside the message files and the data holds Chinese display literals (beyond PENDING)', () => {
    const over = Object.entries(counts)
      .filter(([f, n]) => n > (PENDING[f] ?? 0))
      .map(([f, n]) => ({ f, n, allowed: PENDING[f] ?? 0, first: hanLiterals(join(ROOT, f)).slice(0, 3) }));
    expect(over).toEqual([]);
  });

  it('PENDING is exact: a module that moved its words leaves the list', () => {
    const stale = Object.entries(PENDING).filter(([f, n]) => (counts[f] ?? 0) < n).map(([f, n]) => ({ f, listed: n, now: counts[f] ?? 0 }));
    expect(stale).toEqual([]);
  });

  it('the scan finds a display literal (it can fail)', () => {
    expect(hanLiterals(join(ROOT, 'src/core/i18n/words/zh-CN.ts')).length).toBeGreaterThan(100);
  });
});
