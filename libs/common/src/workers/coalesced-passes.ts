/**
 * A background pass run on demand (deliver what is due, send what is due), with calls coalesced:
 * at most one pass runs and one waits, however many callers ask. A call during a pass joins the
 * one queued after it, which sees everything that happened meanwhile. The pass must not reject.
 */
export class CoalescedPasses<Result> {
  private running: Promise<Result> | undefined;
  private queued: Promise<Result> | undefined;

  constructor(private readonly pass: () => Promise<Result>) {}

  /** Resolves with the result of the pass this call joined. */
  request(): Promise<Result> {
    if (!this.running) {
      this.running = this.pass().finally(() => {
        this.running = undefined;
      });
      return this.running;
    }
    this.queued ??= this.running.then(() => {
      this.queued = undefined;
      return this.request();
    });
    return this.queued;
  }

  /** The pass under way, if any: e.g. to let it finish on shutdown. */
  get current(): Promise<Result> | undefined {
    return this.running;
  }
}
