/**
 * One Excel.run with its syncs counted. Every `context.sync()` of this folder goes through a
 * Session, so tests can check that an operation's syncs stay constant as rows grow: `blockSyncs`
 * are the syncs spent on the blocks of a large read or write, `syncs` all of them.
 */
export interface SyncCounts {
  syncs: number;
  blockSyncs: number;
}

export class Session {
  readonly counts: SyncCounts = { syncs: 0, blockSyncs: 0 };
  constructor(readonly context: Excel.RequestContext) {}

  get workbook(): Excel.Workbook {
    return this.context.workbook;
  }

  async sync(): Promise<void> {
    this.counts.syncs++;
    await this.context.sync();
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
