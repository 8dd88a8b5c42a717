/**
 * The hostile corpus (test/fixtures/hostile/EXPECTED.md): every input run through `servicebook`,
 * with its outcome checked against the table and the figures counted — inputs tried,
 * rows lost, crashes, malformed outputs (well-formed XML, the Open XML SDK validator, openpyxl) —
 * into test-output/hostile-summary.json.
 */
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { isBlankRow } from '../../src/core/headers/recognizeTable';
import { load } from '../../src/cli/pipeline';
import { readInput } from '../../src/xlsx/readInput';
import { sb } from '../cli/helpers';
import { python } from '../support/fixtures';
import { ooxmlErrors } from '../support/ooxmlValidator';
import { CASES, type Run } from '../fixtures/hostile/cases';

jest.setTimeout(600_000);

interface Expected {
  outcome: 'kept' | 'reported' | 'refused';
  tickets: number;
}

const TABLE = readFileSync(path.join(__dirname, '..', 'fixtures', 'hostile', 'EXPECTED.md'), 'utf8');
const EXPECTED = new Map<string, Expected>(
  TABLE.split('\n')
    .map((l) => /^\| ([^|]+?) \| (kept|reported|refused) \| (\d+) \|$/.exec(l))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => [m[1], { outcome: m[2] as Expected['outcome'], tickets: Number(m[3]) }]),
);

/** Every XML part of a package parses strictly; returns the parts that do not. */
async function malformedParts(file: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const bad: string[] = [];
  for (const name of Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n))) {
    const p = new SaxesParser();
    try {
      p.write(await zip.file(name)!.async('string')).close();
    } catch {
      bad.push(name);
    }
  }
  return bad;
}

const REPORTING = new Set(['skipped', 'cell', 'redaction']);

/** Non-blank source rows not accounted for by a ticket, a report line or a not-imported sheet. */
async function rowsLost(input: string): Promise<{ lost: number; reported: boolean; tickets: number }> {
  const book = await readInput(input);
  const loaded = await load(input);
  const imported = new Set(loaded.sheet.split('、'));
  let total = 0;
  let notImported = 0;
  for (const s of book.sheets) {
    const n = s.grid.filter((r) => !isBlankRow(r)).length;
    if (imported.has(s.name)) total += n - 1; // the header row
    else notImported += n;
  }
  const skippedRows = loaded.report.filter((r) => r.kind === 'skipped' && r.row !== null && r.field !== 'sheet').length;
  const lost = total - loaded.tickets.length - skippedRows;
  return { lost: Math.max(0, lost) + (notImported > 0 && !loaded.report.some((r) => r.field === 'sheet') ? notImported : 0), reported: loaded.report.some((r) => REPORTING.has(r.kind)), tickets: loaded.tickets.length };
}

const summary = { inputsTried: 0, rowsLost: 0, crashes: 0, malformedOutputs: 0, outcomes: {} as Record<string, string> };
const written: string[] = [];

test('the table and the builders name the same inputs, at least 60', () => {
  expect([...EXPECTED.keys()].sort()).toEqual(Object.keys(CASES).sort());
  expect(EXPECTED.size).toBeGreaterThanOrEqual(60);
});

describe.each([...EXPECTED.entries()])('%s', (name, expected) => {
  test(`is ${expected.outcome}`, async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sb-hostile-'));
    const run: Run = await CASES[name](dir, path.join(dir, 'out.xlsx'));
    const before = new Map(run.inputs.map((f) => [f, readFileSync(f)]));
    const listing = readdirSync(dir).sort();
    summary.inputsTried += 1;
    const r = await sb(...run.args);
    const crashed = ![0, 2].includes(r.code) || /\n\s+at |Error:|ENOENT|EACCES|EISDIR|errno/.test(r.err);
    if (crashed) summary.crashes += 1;
    expect(crashed ? r.err : '').toBe('');
    for (const [f, bytes] of before) expect(readFileSync(f).equals(bytes)).toBe(true);

    if (expected.outcome === 'refused') {
      summary.outcomes[name] = r.code === 2 ? 'refused' : `exit ${r.code}`;
      expect(r.code).toBe(2);
      expect(r.err.trim().split('\n')).toHaveLength(1);
      expect(readdirSync(dir).sort()).toEqual(listing);
      if (run.out === '/dev/null') expect(lstatSync('/dev/null').isCharacterDevice()).toBe(true);
      return;
    }
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(run.out && existsSync(run.out)).toBe(true);
    const out = run.out!;
    written.push(out);
    const bad = await malformedParts(out);
    if (bad.length) summary.malformedOutputs += 1;
    expect(bad).toEqual([]);
    expect(readdirSync(path.dirname(out)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const { lost, reported, tickets } = await rowsLost(run.inputs[0]);
    summary.rowsLost += lost;
    summary.outcomes[name] = reported ? 'reported' : 'kept';
    expect({ lost, outcome: summary.outcomes[name], tickets }).toEqual({ lost: 0, outcome: expected.outcome, tickets: expected.tickets });
  });
});

test('every output passes the Open XML SDK validator (what Excel would repair)', () => {
  expect(written.length).toBeGreaterThan(0);
  const failing = written.map((f) => ({ f: path.basename(path.dirname(f)), errors: ooxmlErrors(f) })).filter((x) => x.errors.length);
  summary.malformedOutputs += failing.length;
  expect(failing).toEqual([]);
});

test('every output opens in openpyxl, which refuses malformed XML', () => {
  const script = 'import openpyxl, sys\nfor f in sys.argv[1:]:\n    try:\n        openpyxl.load_workbook(f)\n    except Exception as e:\n        print(f, type(e).__name__)';
  const failures = written.length ? python(script, ...written).trim() : '';
  if (failures) summary.malformedOutputs += failures.split('\n').length;
  expect(failures).toBe('');
});

afterAll(() => {
  const dir = path.join(__dirname, '..', '..', 'test-output');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'hostile-summary.json'), JSON.stringify(summary, null, 2) + '\n');
});
