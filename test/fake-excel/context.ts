/**
 * RequestContext: queues operations and sends them as one request at `sync()`. Each sync is
 * counted with the UTF-8 size of its request (the JSON of the queued operations) and of its
 * response; over the limit (5 MB, as Excel on the web) the request fails and nothing is applied.
 */
import { FakeOfficeError } from './errors';
import type { FakeOffice } from './office';
import { FakeWorkbook } from './workbook';
import { FakeApplication } from './workbook';

interface Loaded {
  data: unknown;
  commit(): void;
}
interface Op {
  json: unknown;
  run(): Loaded | void;
}

/** UTF-8 byte length without Node's Buffer (the fake also runs in the browser). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

export class FakeRequestContext {
  private queue: Op[] = [];
  readonly workbook: FakeWorkbook;
  readonly application: FakeApplication;
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };

  constructor(readonly office: FakeOffice) {
    this.workbook = new FakeWorkbook(this);
    this.application = this.workbook.application;
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
    const requestBytes = utf8Length(JSON.stringify(ops.map((o) => o.json)));
    const record = { requestBytes, responseBytes: 0, operations: ops.length, failed: '' as string };
    this.office.requests.push(record);
    if (requestBytes > this.office.options.maxPayloadBytes) {
      record.failed = 'RequestPayloadSizeLimitExceeded';
      throw new FakeOfficeError('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit.');
    }
    const loaded: Loaded[] = [];
    try {
      for (const op of ops) {
        const l = op.run();
        if (l) loaded.push(l);
      }
    } catch (e) {
      record.failed = (e as FakeOfficeError).code ?? 'GeneralException';
      throw e;
    }
    record.responseBytes = utf8Length(JSON.stringify(loaded.map((l) => l.data) ?? null));
    if (record.responseBytes > this.office.options.maxPayloadBytes) {
      record.failed = 'ResponsePayloadSizeLimitExceeded';
      throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.');
    }
    loaded.forEach((l) => l.commit());
  }
}
