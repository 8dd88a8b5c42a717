/** DuckDB for the tests: the same runner as `node scripts/duckdb.js` (paths relative to `cwd`). */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { queryRows } = require('../../scripts/duckdb.js') as { queryRows: (sql: string, cwd: string) => Promise<Record<string, unknown>[]> };

export const duckdbRows = (sql: string, cwd: string): Promise<Record<string, unknown>[]> => queryRows(sql, cwd);
