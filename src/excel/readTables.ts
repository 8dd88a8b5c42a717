/**
 * Reading tables: the list of tables, small tables whole in one sync, and large ones (Tickets,
 * Ticket_Log) header first, then body blocks of a fixed number of cells, one sync per block.
 */
import type { TableData } from '../workbook/types';
import { isPayloadTooLarge, rowsPerReadBlock } from './payload';
import { rawOf } from './cellValues';
import { rangeAt } from './rangeAt';
import type { Session } from './session';

export interface TableShape {
  name: string;
  sheet: string;
  /** 1-based sheet row of the header, and 1-based first column. */
  headerRow: number;
  firstColumn: number;
  headers: string[];
  bodyRows: number;
}

/** Names of all tables (one sync, may be shared with other loads queued before). */
export async function listTableNames(s: Session): Promise<string[]> {
  const tables = s.workbook.tables.load('items/name');
  await s.sync();
  return tables.items.map((t) => t.name);
}

/** Header, position and size of each table in `names` (one sync). */
export async function loadShapes(s: Session, names: readonly string[]): Promise<Map<string, TableShape>> {
  const probes = names.map((name) => {
    const t = s.workbook.tables.getItem(name);
    const header = t.getHeaderRowRange().load('values,rowIndex,columnIndex');
    const body = t.getDataBodyRange().load('rowCount');
    const ws = t.worksheet.load('name');
    return { name, header, body, ws };
  });
  if (probes.length) await s.sync();
  const out = new Map<string, TableShape>();
  for (const p of probes)
    out.set(p.name, {
      name: p.name,
      sheet: p.ws.name,
      headerRow: p.header.rowIndex + 1,
      firstColumn: p.header.columnIndex + 1,
      headers: (p.header.values[0] ?? []).map((v) => String(v ?? '').trim()),
      bodyRows: p.body.rowCount,
    });
  return out;
}

/**
 * Body rows `[from, to)` of some columns of a table (all columns by default), block by block.
 * A block whose response is still too large is retried at half the size.
 */
export async function readBody(
  s: Session,
  shape: TableShape,
  opts: { columns?: { first: number; count: number }; from?: number; to?: number; onBlock?: (done: number, total: number) => void } = {},
): Promise<unknown[][]> {
  const first = opts.columns?.first ?? 0;
  const count = opts.columns?.count ?? shape.headers.length;
  const from = opts.from ?? 0;
  const to = Math.min(opts.to ?? shape.bodyRows, shape.bodyRows);
  const out: unknown[][] = [];
  let size = rowsPerReadBlock(count);
  const sheet = s.workbook.worksheets.getItem(shape.sheet);
  for (let r = from; r < to; ) {
    const n = Math.min(size, to - r);
    const range = rangeAt(sheet, shape.headerRow + r, shape.firstColumn - 1 + first, n, count).load('values');
    try {
      await s.blockSync();
    } catch (e) {
      if (isPayloadTooLarge(e) && n > 1) {
        size = Math.max(1, Math.floor(n / 2));
        continue;
      }
      throw e;
    }
    for (const row of range.values) out.push(row);
    r += n;
    opts.onBlock?.(r - from, to - from);
  }
  return out;
}

/** A whole table as TableData (blank rows kept, so indexes match body rows). */
export async function readTableData(s: Session, shape: TableShape, onBlock?: (done: number, total: number) => void): Promise<TableData> {
  const rows = await readBody(s, shape, { onBlock });
  return { name: shape.name, sheet: shape.sheet, headerRow: shape.headerRow, headers: shape.headers, rows: rows.map((r) => r.map(rawOf)) };
}

