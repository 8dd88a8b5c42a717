/**
 * An export table as CSV that Excel opens as it is: UTF-8 with a byte-order mark (so Chinese
 * text is not read as GBK), CRLF line ends, RFC 4180 quoting, times as `yyyy-MM-dd HH:mm`, and
 * formula-like text (`=…`, `+…`, `-…`, `@…`) prefixed with `'` so Excel shows it as text and
 * never evaluates it.
 */
import { isFormulaLike } from '../../core/privacy/formulaSafe';
import type { ExportTable, ExportType, ExportValue } from '../../core/export/exportTables';

const BOM = '\uFEFF';

/**
 * One CSV field.
 * @example csvField('=HYPERLINK("x")', 'string') // '"\'=HYPERLINK(""x"")"'
 */
export function csvField(v: ExportValue, type: ExportType): string {
  if (v === null) return '';
  let s: string;
  if (type === 'timestamp') s = String(v).replace('T', ' ');
  else if (typeof v === 'boolean') s = v ? 'TRUE' : 'FALSE';
  else if (typeof v === 'number') s = String(v);
  else s = isFormulaLike(v) ? `'${v}` : v;
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * The whole table, BOM first, header row of column names, then a line per row (CRLF after each):
 * pieces, so a table larger than one string is written whole.
 * @example [...tableCsvChunks({ name: 'subtasks', columns: [{ name: 'ticketId', type: 'string' }], rows: [['CS1']] })].join('') // '\uFEFFticketId\r\nCS1\r\n'
 */
export function* tableCsvChunks(t: ExportTable): Generator<string> {
  yield BOM + t.columns.map((c) => csvField(c.name, 'string')).join(',') + '\r\n';
  for (const r of t.rows) yield r.map((v, i) => csvField(v, t.columns[i].type)).join(',') + '\r\n';
}
