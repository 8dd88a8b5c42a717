/**
 * An export table as JSON: the one document of `export --format json`, or JSON Lines. Both come as
 * pieces, a row at a time, so an export larger than one JavaScript string (about 536 million
 * characters: two years of several teams' tickets) is written whole.
 */
import type { ExportTable, ExportValue } from '../../core/export/exportTables';

/**
 * One row as a JSON object keyed by column name.
 * @example rowJson({ name: 'subtasks', columns: [{ name: 'ticketId', type: 'string' }], rows: [] }, ['CS1']) // '{"ticketId":"CS1"}'
 */
function rowJson(t: ExportTable, r: readonly ExportValue[]): string {
  const o: Record<string, ExportValue> = {};
  for (let i = 0; i < t.columns.length; i++) o[t.columns[i].name] = r[i];
  return JSON.stringify(o);
}

/**
 * JSON Lines: one object per row, `\n` after each.
 * @example [...tableJsonlChunks({ name: 'subtasks', columns: [{ name: 'ticketId', type: 'string' }], rows: [['CS1'], ['CS2']] })].join('') // '{"ticketId":"CS1"}\n{"ticketId":"CS2"}\n'
 */
export function* tableJsonlChunks(t: ExportTable): Generator<string> {
  for (const r of t.rows) yield rowJson(t, r) + '\n';
}

/** A table as a JSON array, row by row. */
function* arrayChunks(t: ExportTable): Generator<string> {
  yield '[';
  for (let i = 0; i < t.rows.length; i++) yield (i ? ',' : '') + rowJson(t, t.rows[i]);
  yield ']';
}

/**
 * The one document `export --format json` writes: the three tables as arrays of objects, then the
 * problems, one line — the text JSON.stringify gives for the same object.
 * @example [...exportJsonChunks([tickets, log, subtasks], [])].join('') // '{"tickets":[…],"ticketLog":[…],"subtasks":[…],"problems":[]}\n'
 */
export function* exportJsonChunks(tables: readonly ExportTable[], problems: readonly unknown[]): Generator<string> {
  const [tickets, log, subtasks] = tables;
  yield '{"tickets":';
  yield* arrayChunks(tickets);
  yield ',"ticketLog":';
  yield* arrayChunks(log);
  yield ',"subtasks":';
  yield* arrayChunks(subtasks);
  yield `,"problems":${JSON.stringify(problems)}}\n`;
}
