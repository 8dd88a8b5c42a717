/**
 * Tickets rows the add-in itself wrote, so the change events Excel raises for them (source Local,
 * like a user's typing) start no operation. Each queued write adds one expected event per row; an
 * event whose rows are all expected consumes them. Rows of writes older than the last few
 * operations are forgotten, so a user's later edit of the same row is never ignored for long.
 */
export class OwnWrites {
  private readonly rows = new Map<number, { count: number; op: number }>();
  private op = 0;

  /** Starts an operation that writes; forgets rows written three or more operations ago. */
  begin(): void {
    this.op++;
    for (const [r, e] of this.rows) if (e.op < this.op - 2) this.rows.delete(r);
  }

  add(from: number, to: number): void {
    for (let r = from; r <= to; r++) {
      const e = this.rows.get(r);
      this.rows.set(r, { count: (e?.count ?? 0) + 1, op: this.op });
    }
  }

  /** True (and the rows consumed) when every row from…to was written by the add-in. */
  consume(from: number, to: number): boolean {
    for (let r = from; r <= to; r++) if (!this.rows.get(r)?.count) return false;
    for (let r = from; r <= to; r++) {
      const e = this.rows.get(r)!;
      e.count--;
      if (!e.count) this.rows.delete(r);
    }
    return true;
  }
}
