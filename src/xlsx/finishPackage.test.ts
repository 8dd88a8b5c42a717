/**
 * finishPackageFile adds the charts and PivotTables without reloading the package: the parts it
 * does not touch keep their compressed bytes, the parts it writes are the ones JSZip's
 * `finishPackage` writes, and no `.finish` file is left behind.
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import { completeTicket } from '../core/engine/completeTicket';
import { getPreset } from '../core/presets';
import { computeStats } from '../core/stats/computeStats';
import { periodContaining } from '../core/stats/period';
import { sampleWorkbook } from '../cli/sample';
import { buildWorkbookPlan } from '../workbook/plan';
import { finishPackage, finishPackageFile } from './finishPackage';
import { openZip } from './read/zip';
import { writePlanStreaming } from './writeStreaming';

jest.setTimeout(120_000);

const dir = mkdtempSync(path.join(tmpdir(), 'sb-finish-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const AS_OF = '2024-03-31T23:00';

/** Each entry's stored (compressed) bytes. */
async function rawEntries(file: string): Promise<Map<string, Buffer>> {
  const zip = await openZip(file);
  const out = new Map<string, Buffer>();
  try {
    for (const name of zip.names) {
      const chunks: Buffer[] = [];
      for await (const c of await zip.rawStream(zip.entry(name)!)) chunks.push(c as Buffer);
      out.set(name, Buffer.concat(chunks));
    }
  } finally {
    zip.close();
  }
  return out;
}

async function texts(zip: JSZip): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const [name, f] of Object.entries(zip.files)) if (!f.dir) out.set(name, await f.async('string'));
  return out;
}

test('charts and PivotTables are added with every other entry copied compressed, as JSZip would write them', async () => {
  const settings = getPreset('standard').settings;
  const base = sampleWorkbook(200, settings);
  const tickets = base.tickets.map((t) => completeTicket(t, { settings, asOf: AS_OF }));
  const stats = computeStats(tickets, { period: periodContaining('month', AS_OF), asOf: AS_OF, settings });
  const plan = buildWorkbookPlan({ settings, locale: 'zh-CN', tickets, logs: base.logs, subtasks: [], stats, fixedAsOf: AS_OF });
  expect(plan.charts.length).toBeGreaterThan(0);
  expect(plan.pivotTables.length).toBeGreaterThan(0);
  const file = path.join(dir, 'book.xlsx');
  await writePlanStreaming(plan, file);
  const plain = path.join(dir, 'plain.xlsx');
  copyFileSync(file, plain);

  await finishPackageFile(plan, file);
  expect(existsSync(`${file}.finish`)).toBe(false);

  // The same additions through JSZip.
  const viaJszip = await JSZip.loadAsync(readFileSync(plain));
  await finishPackage(plan, viaJszip);
  const want = await texts(viaJszip);
  const got = await texts(await JSZip.loadAsync(readFileSync(file)));
  expect([...got.keys()].sort()).toEqual([...want.keys()].sort());
  expect([...got.keys()].filter((k) => got.get(k) !== want.get(k))).toEqual([]);

  // Untouched entries keep their stored bytes.
  const before = await rawEntries(plain);
  const after = await rawEntries(file);
  const kept = [...before.keys()].filter((k) => before.get(k)!.equals(after.get(k) ?? Buffer.alloc(0)));
  expect(kept).toContain('xl/sharedStrings.xml');
  expect(kept.some((k) => /^xl\/worksheets\/sheet\d+\.xml$/.test(k))).toBe(true);
  expect(after.has('xl/pivotCache/pivotCacheDefinition1.xml')).toBe(true);
});
