/**
 * Queues writes and syncs whenever the queued JSON would pass the block budget, so a large write
 * becomes a few requests of about 1 MB each instead of one that Excel on the web refuses.
 */
import { OP_OVERHEAD_BYTES, WRITE_BLOCK_BYTES } from './payload';
import type { Session } from './session';

export class BlockWriter {
  private queued = 0;
  /** `onBlockStart` runs as each request begins (e.g. suspendScreenUpdatingUntilNextSync). */
  constructor(
    private readonly s: Session,
    private readonly budget = WRITE_BLOCK_BYTES,
    private readonly onBlockStart?: () => void,
  ) {}

  /** Queues one operation of about `bytes`; first sends what is queued when it would not fit. */
  async add(bytes: number, queue: () => void): Promise<void> {
    const b = bytes + OP_OVERHEAD_BYTES;
    if (this.queued > 0 && this.queued + b > this.budget) {
      await this.s.blockSync();
      this.queued = 0;
    }
    if (this.queued === 0) this.onBlockStart?.();
    this.s.wrote();
    queue();
    this.queued += b;
  }

  /**
   * Sends the rest with the operation's closing sync; with nothing queued there is no request
   * (unless `always`: the caller queued operations of its own outside `add`).
   */
  async finish(always = false): Promise<void> {
    if (this.queued > 0 || always) await this.s.sync();
    this.queued = 0;
  }
}
