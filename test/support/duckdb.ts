/** Runs SQL with DuckDB (@duckdb/node-api) in `cwd`, so relative paths in the query resolve there. */
import { DuckDBInstance } from '@duckdb/node-api';

export async function duckdbRows(sql: string, cwd: string): Promise<Record<string, unknown>[]> {
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  try {
    await conn.run(`SET file_search_path = '${cwd.replace(/'/g, "''")}'`);
    const statements = sql.split(/;\s*(?:\n|$)/).map((s) => s.trim()).filter((s) => s && !/^(--[^\n]*\n?)*$/.test(s));
    let last: Record<string, unknown>[] = [];
    for (const s of statements) last = (await conn.runAndReadAll(s)).getRowObjectsJS() as Record<string, unknown>[];
    return last;
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
}
