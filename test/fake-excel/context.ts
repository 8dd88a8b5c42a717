/**
 * RequestContext: queues operations and sends them as one request at `sync()`. Each sync is
 * counted with the UTF-8 size of its request (the JSON of the queued operations) and of its
 * response; over the limit (5 MB, as Excel on the web) the request fails and nothing is applied.
 */
import { utf8Length } from '../../src/core/text/utf8Length';
import { FakeOfficeError } from './errors';
import type { FakeOffice } from './office';
import type { SheetModel } from './model';
import { FakeWorkbook } from './workbook';
import { FakeApplication } from './workbook';

/** `context.runtime` (ExcelApi 1.8): `enableEvents` switches the add-in's events off and on. */
export class FakeRuntime {
  constructor(private readonly context: FakeRequestContext) {}
  get enableEvents(): boolean {
    this.context.office.requireSet('ExcelApi', '1.8', 'Runtime.enableEvents');
    return this.context.office.eventsEnabled;
  }
  set enableEvents(v: boolean) {
    this.context.office.requireSet('ExcelApi', '1.8', 'Runtime.enableEvents');
    this.context.enqueue({ set: 'runtime', prop: 'enableEvents', value: v }, () => void (this.context.office.eventsEnabled = v));
  }
}

/** Cells one operation of a request wrote, for the change events it raises. */
export interface Touch {
  sheet: SheetModel;
  r: number;
  c: number;
  /** Whether events were on when the cell was written. */
  events: boolean;
}

interface Loaded {
  data: unknown;
  commit(): void;
}
interface Op {
  json: unknown;
  run(): Loaded | void;
}

/** UTF-8 byte length without Node's Buffer (the fake also runs in the browser). */
export { utf8Length };

export class FakeRequestContext {
  private queue: Op[] = [];
  readonly workbook: FakeWorkbook;
  readonly application: FakeApplication;
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
  readonly runtime: FakeRuntime;

  constructor(readonly office: FakeOffice) {
    this.workbook = new FakeWorkbook(this);
    this.application = this.workbook.application;
    this.runtime = new FakeRuntime(this);
  }

  enqueue(json: unknown, run: () => Loaded | void): void {
    this.queue.push({ json, run });
  }

  get pendingOperations(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    await Promise.resolve();
    if (ops.length === 0) return;
    // Co-authors' edits merge between requests; a scripted connection failure drops the request.
    const index = this.office.requests.length + 1;
    this.office.beforeSync?.(index);
    if (this.office.failSync?.(index)) {
      this.office.requests.push({ requestBytes: 0, responseBytes: 0, operations: ops.length, failed: 'GeneralException' });
      throw new FakeOfficeError('GeneralException', 'The connection to Excel was lost (scripted failure).');
    }
    const requestBytes = utf8Length(JSON.stringify(ops.map((o) => o.json)));
    const record = { requestBytes, responseBytes: 0, operations: ops.length, failed: '' as string };
    this.office.requests.push(record);
    if (requestBytes > this.office.options.maxPayloadBytes) {
      record.failed = 'RequestPayloadSizeLimitExceeded';
      throw new FakeOfficeError('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit.');
    }
    const loaded: Loaded[] = [];
    const touches: Touch[][] = [];
    const model = this.office.model;
    try {
      for (const op of ops) {
        const mine: Touch[] = [];
        model.onWrite = (sheet, r, c) => void mine.push({ sheet, r, c, events: this.office.eventsEnabled });
        const l = op.run();
        model.onWrite = null;
        if (mine.length) touches.push(mine);
        if (l) loaded.push(l);
      }
    } catch (e) {
      model.onWrite = null;
      record.failed = (e as FakeOfficeError).code ?? 'GeneralException';
      // Excel applies a request's operations in order up to the one that fails.
      this.office.raiseApiChanges(touches);
      throw e;
    } finally {
      model.onWrite = null;
    }
    this.office.raiseApiChanges(touches);
    record.responseBytes = utf8Length(JSON.stringify(loaded.map((l) => l.data) ?? null));
    if (record.responseBytes > this.office.options.maxPayloadBytes) {
      record.failed = 'ResponsePayloadSizeLimitExceeded';
      throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.');
    }
    loaded.forEach((l) => l.commit());
  }
}
