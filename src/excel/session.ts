/**
 * One Excel.run with its syncs counted. Every `context.sync()` of this folder goes through a
 * Session, so tests can check that an operation's syncs stay constant as rows grow: `blockSyncs`
 * are the syncs spent on the blocks of a large read or write, `syncs` all of them. It also knows
 * how many requests carrying writes reached the workbook (to tell the user what an interrupted
 * operation did) and which Tickets rows the add-in wrote (to ignore its own change events).
 */
export interface SyncCounts {
  syncs: number;
  blockSyncs: number;
}

export class Session {
  readonly counts: SyncCounts = { syncs: 0, blockSyncs: 0 };
  /** Requests with writes that reached the workbook. */
  writesDone = 0;
  private writesQueued = false;

  constructor(
    readonly context: Excel.RequestContext,
    /** Told of the 1-based sheet rows of `table` a queued write touches. */
    private readonly onRowsWritten?: (table: string, from: number, to: number) => void,
    /** The operation writes: it refuses a workbook it must not rewrite (loadState). */
    readonly writes = false,
  ) {}

  get workbook(): Excel.Workbook {
    return this.context.workbook;
  }

  /** Marks the queued request as one that changes the workbook (rows: sheet rows of a table). */
  wrote(table?: string, from?: number, to?: number): void {
    this.writesQueued = true;
    if (table && from !== undefined) this.onRowsWritten?.(table, from, to ?? from);
  }

  async sync(): Promise<void> {
    this.counts.syncs++;
    const writes = this.writesQueued;
    this.writesQueued = false;
    await this.context.sync();
    if (writes) this.writesDone++;
  }

  /** A sync that carries one block of a large read or write. */
  async blockSync(): Promise<void> {
    this.counts.blockSyncs++;
    await this.sync();
  }
}

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** `Excel.run` from the global the Office.js script (or the fake) installs. */
export const globalExcelRun: ExcelRun = (batch) => Excel.run(batch);
