/** Lets the host run other work (requests, health checks) between two slices of a long computation. */
export type YieldTurn = () => Promise<void>;

/** Isomorphic default: a timer, which both browsers and Node run after pending I/O. */
export const timerTurn: YieldTurn = () => new Promise((resolve) => setTimeout(resolve, 0));

/** How long one slice of a long computation may run before it gives the event loop back. */
export const SLICE_MS = 4;

/**
 * Cuts a long loop into slices of about SLICE_MS: call `due()` often (it is cheap: it reads the clock
 * every 256 calls; `dueNow()` reads it every call, for bigger steps) and `await next()` when it says so.
 */
export class TimeSlicer {
  private started = now();
  private calls = 0;

  constructor(
    private readonly yieldTurn: YieldTurn,
    private readonly sliceMs = SLICE_MS,
  ) {}

  due(): boolean {
    return (++this.calls & 255) === 0 && this.dueNow();
  }

  /** Whether the slice is used up, reading the clock now: for steps of uneven, possibly large, size. */
  dueNow(): boolean {
    return now() - this.started >= this.sliceMs;
  }

  async next(): Promise<void> {
    await this.yieldTurn();
    this.started = now();
  }
}

const now = () => performance.now();
