/**
 * A ServiceBook table (Tickets, Ticket_Log, Subtasks) as it may be used and written again: every
 * header and every cell through the core redactor before anything reads it — all columns, extra
 * ones included, 协办人 before it is split, numbers read as text. When masking is on, the contact
 * column is masked by maskContact and phones or e-mail addresses in every other cell too. What was
 * found becomes a problem naming the sheet, the row and the column (the header row for a header),
 * quoting only masked forms: `validate` reports it (exit 1), refresh and export write the clean table.
 */
import { FIELD_META } from '../core/schema/fieldMeta';
import { redactCell, redactSecrets, type SecretFound } from '../core/privacy/redactSecrets';
import { makeProblem, type Problem } from '../core/validation/problem';
import type { RawCell, TableData } from './types';

const CONTACT_HEADERS = new Set(Object.values(FIELD_META.contact.labels).concat('contact'));

/**
 * The table with its secrets masked, and one problem per cell that held any.
 * @example redactTable({ name: 'Ticket_Log', sheet: '处理记录', headerRow: 1, headers: ['内容'], rows: [['卡4111111111111111']] }, { contacts: true }).table.rows[0][0] === '卡4111********1111'
 */
export function redactTable(t: TableData, opts: { contacts: boolean }): { table: TableData; problems: Problem[] } {
  const problems: Problem[] = [];
  const report = (row: number, column: string, found: readonly SecretFound[]): void => {
    const secrets = found.filter((f) => f.kind !== 'contact');
    const contacts = found.filter((f) => f.kind === 'contact');
    const at = (p: Problem): Problem => ({ ...p, sheet: t.sheet });
    if (secrets.length > 0)
      problems.push(at(makeProblem('sensitiveDataFound', row, column, { kind: secrets[0].kind, masked: secrets.map((f) => f.masked).join('、') }, column)));
    if (contacts.length > 0) problems.push(at(makeProblem('contactUnmasked', row, column, { masked: contacts.map((f) => f.masked).join('、') }, column)));
  };

  const headers = t.headers.map((h) => {
    const r = redactSecrets(h, opts);
    report(t.headerRow, r.text, r.found);
    return r.text;
  });
  const contactColumn = t.name === 'Tickets' ? headers.findIndex((h) => CONTACT_HEADERS.has(h.trim())) : -1;
  let changed = headers.some((h, i) => h !== t.headers[i]);
  const inContactCell = { ...opts, contactCell: true };
  const inOtherCell = { ...opts, contactCell: false };
  const rows = t.rows.map((cells, i) => {
    let out: RawCell[] | null = null;
    cells.forEach((v, j) => {
      const r = redactCell(v, j === contactColumn ? inContactCell : inOtherCell);
      if (r.found.length === 0) return;
      report(t.headerRow + 1 + i, headers[j] ?? '', r.found);
      (out ??= [...cells])[j] = r.value;
    });
    if (out) changed = true;
    return out ?? cells;
  });
  return { table: changed ? { ...t, headers, rows } : t, problems };
}
