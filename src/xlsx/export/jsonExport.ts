/** An export table as JSON objects keyed by column name (one per line for JSON Lines). */
import type { ExportTable, ExportValue } from '../../core/export/exportTables';

/**
 * @example tableObjects({ name: 'subtasks', columns: [{ name: 'ticketId', type: 'string' }], rows: [['CS1']] }) // [{ ticketId: 'CS1' }]
 */
export function tableObjects(t: ExportTable): Record<string, ExportValue>[] {
  return t.rows.map((r) => {
    const o: Record<string, ExportValue> = {};
    t.columns.forEach((c, i) => (o[c.name] = r[i]));
    return o;
  });
}

/** JSON Lines: one object per row, `\n` after each. */
export function tableToJsonl(t: ExportTable): string {
  return tableObjects(t).map((o) => JSON.stringify(o) + '\n').join('');
}

/**
 * The one document `export --format json` writes: the three tables as arrays of objects, then the
 * problems, one line.
 * @example exportJsonText([tickets, log, subtasks], []) // '{"tickets":[…],"ticketLog":[…],"subtasks":[…],"problems":[]}\n'
 */
export function exportJsonText(tables: readonly ExportTable[], problems: readonly unknown[]): string {
  const [tickets, log, subtasks] = tables;
  return JSON.stringify({ tickets: tableObjects(tickets), ticketLog: tableObjects(log), subtasks: tableObjects(subtasks), problems }) + '\n';
}
