#!/usr/bin/env node
/**
 * Runs a SQL file with DuckDB (the @duckdb/node-api development dependency), for machines
 * without the DuckDB command line: `node scripts/duckdb.js weekly.sql`. Relative paths in the
 * query resolve from the current folder. Prints the last statement's rows as a table. The tests
 * run the README's query through `queryRows`.
 */
const fs = require('fs');
const { DuckDBInstance } = require('@duckdb/node-api');

/** The statements of a SQL text, comments-only pieces dropped. */
const statements = (sql) =>
  sql
    .split(/;\s*(?:\n|$)/)
    .map((x) => x.trim())
    .filter((x) => x && !/^(--[^\n]*\n?)*$/.test(x));

/** Runs every statement (SET VARIABLE, then the query) with paths relative to `cwd`; the last one's rows. */
async function queryRows(sql, cwd = process.cwd()) {
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  try {
    await conn.run(`SET file_search_path = '${cwd.replace(/'/g, "''")}'`);
    let rows = [];
    for (const s of statements(sql)) rows = (await conn.runAndReadAll(s)).getRowObjectsJS();
    return rows;
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
}

module.exports = { queryRows };

if (require.main === module) {
  const file = process.argv[2];
  if (!file) {
    process.stderr.write('usage: node scripts/duckdb.js QUERY.sql\n');
    process.exit(2);
  }
  queryRows(fs.readFileSync(file, 'utf8')).then(
    (rows) => console.table(rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v])))),
    (e) => {
      process.stderr.write(`${e.message}\n`);
      process.exit(2);
    },
  );
}
