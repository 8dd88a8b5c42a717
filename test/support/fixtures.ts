/**
 * Workbooks written at test time by the programs teams use: openpyxl and XlsxWriter (Debian's
 * /usr/bin/python3; the `python3` on PATH may lack them) and LibreOffice (its own profile per
 * run, so parallel runs do not collide). Nothing binary is committed.
 */
import { execFileSync } from 'child_process';
import { mkdtempSync, readdirSync, renameSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';

export const PYTHON = '/usr/bin/python3';

/** Runs a Python script (openpyxl / xlsxwriter available); `args` become sys.argv[1:]. */
export function python(script: string, ...args: string[]): string {
  return execFileSync(PYTHON, ['-c', script, ...args], { encoding: 'utf8', timeout: 300_000 });
}

/**
 * Opens each file in LibreOffice and saves it as .xlsx (one soffice run for all of them), as a
 * team member who edits the workbook in LibreOffice would. Returns the paths of the saved files
 * (`<name>.lo.xlsx` beside each input).
 */
export function libreOfficeRoundTrip(files: string[]): string[] {
  const profile = mkdtempSync(path.join(tmpdir(), 'sb-lo-profile-'));
  const outDir = mkdtempSync(path.join(tmpdir(), 'sb-lo-out-'));
  try {
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${profile}`, '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', outDir, ...files], { stdio: 'pipe', timeout: 300_000 });
    const made = new Set(readdirSync(outDir));
    return files.map((f) => {
      const base = `${path.basename(f).replace(/\.[^.]+$/, '')}.xlsx`;
      if (!made.has(base)) throw new Error(`LibreOffice did not save ${f}`);
      const dest = f.replace(/\.[^.]+$/, '.lo.xlsx');
      renameSync(path.join(outDir, base), dest);
      return dest;
    });
  } finally {
    rmSync(profile, { recursive: true, force: true });
    rmSync(outDir, { recursive: true, force: true });
  }
}

/**
 * Python lines (for a script where `ws` is the Tickets sheet, indented `indent` spaces) that type
 * `count` rows below everything on it, as a script appending tickets would: 受理时间 as text on
 * `day` (`2026-11-30`), a customer and a description.
 */
export const appendTicketRowsPy = (count: number, day: string, indent = 8): string =>
  [
    'last = ws.max_row',
    `for i in range(${count}):`,
    `    ws.cell(row=last + 1 + i, column=2, value='${day} 09:%02d' % (i % 60))`,
    "    ws.cell(row=last + 1 + i, column=5, value='客户%d' % i)",
    "    ws.cell(row=last + 1 + i, column=8, value='设备故障 %d' % i)",
  ]
    .map((l) => ' '.repeat(indent) + l)
    .join('\n');
