/** LibreOffice as an independent reader of the files we write: recalculation to CSV, rendering to PDF/PPM. */
import { execFileSync } from 'child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { parseCsv } from '../../src/xlsx/csv';

/** A fresh LibreOffice profile that recalculates every formula of an .xlsx on load. */
function freshProfile(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'sb-lo-profile-'));
  mkdirSync(path.join(dir, 'user'), { recursive: true });
  writeFileSync(
    path.join(dir, 'user', 'registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  );
  return dir;
}

function soffice(args: string[]): void {
  const profile = freshProfile();
  try {
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${profile}`, ...args], { stdio: 'pipe', timeout: 180_000 });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Every sheet of the workbook as CSV after LibreOffice recalculated it: sheet name → rows. */
export function recalcToCsv(book: string, outDir: string): Map<string, string[][]> {
  return recalcManyToCsv([book], outDir).get(book)!;
}

/**
 * Every sheet of every workbook as CSV after LibreOffice recalculated them, in one soffice run:
 * book → sheet name → rows. The books' base names must differ.
 */
export function recalcManyToCsv(books: readonly string[], outDir: string): Map<string, Map<string, string[][]>> {
  // Token 12 = -1: one CSV per sheet (LibreOffice ≥ 7.2), named <book>-<sheet>.csv; UTF-8 (76).
  soffice(['--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', '--outdir', outDir, ...books]);
  const files = readdirSync(outDir);
  const out = new Map<string, Map<string, string[][]>>();
  for (const book of books) {
    const base = path.basename(book, '.xlsx');
    const sheets = new Map<string, string[][]>();
    for (const f of files) {
      if (!f.startsWith(`${base}-`) || !f.endsWith('.csv')) continue;
      sheets.set(f.slice(base.length + 1, -4), parseCsv(readFileSync(path.join(outDir, f), 'utf8')));
    }
    out.set(book, sheets);
  }
  return out;
}

export interface Image {
  width: number;
  height: number;
  rgb: Buffer;
}

/** Renders the workbook to PDF as LibreOffice prints it (page setup, headers, charts); returns the PDF's path. */
export function renderPdf(book: string, outDir: string): string {
  soffice(['--convert-to', 'pdf', '--outdir', outDir, book]);
  return path.join(outDir, `${path.basename(book, '.xlsx')}.pdf`);
}

/** Renders the workbook to PDF, then each page to a PPM image. */
export function renderPages(book: string, outDir: string, dpi = 50): Image[] {
  const pdf = renderPdf(book, outDir);
  execFileSync('pdftoppm', ['-r', String(dpi), pdf, path.join(outDir, 'page')], { timeout: 120_000 });
  return readdirSync(outDir)
    .filter((f) => f.startsWith('page') && f.endsWith('.ppm'))
    .sort()
    .map((f) => readPpm(readFileSync(path.join(outDir, f))));
}

/** Binary PPM (P6, maxval 255). */
export function readPpm(buf: Buffer): Image {
  const tokens: string[] = [];
  let i = 0;
  while (tokens.length < 4) {
    while (/\s/.test(String.fromCharCode(buf[i]))) i++;
    if (buf[i] === 0x23) {
      while (buf[i] !== 0x0a) i++;
      continue;
    }
    let t = '';
    while (!/\s/.test(String.fromCharCode(buf[i]))) t += String.fromCharCode(buf[i++]);
    tokens.push(t);
  }
  i++; // the single whitespace after maxval
  if (tokens[0] !== 'P6' || tokens[3] !== '255') throw new Error(`not a P6 PPM: ${tokens.join(' ')}`);
  const width = +tokens[1];
  const height = +tokens[2];
  return { width, height, rgb: buf.subarray(i, i + width * height * 3) };
}

/** Pixels within `tolerance` of the colour (RRGGBB). */
export function countColour(img: Image, rgb: string, tolerance = 6): number {
  const r = parseInt(rgb.slice(0, 2), 16);
  const g = parseInt(rgb.slice(2, 4), 16);
  const b = parseInt(rgb.slice(4, 6), 16);
  let n = 0;
  for (let p = 0; p < img.rgb.length; p += 3) {
    if (Math.abs(img.rgb[p] - r) <= tolerance && Math.abs(img.rgb[p + 1] - g) <= tolerance && Math.abs(img.rgb[p + 2] - b) <= tolerance) n++;
  }
  return n;
}
