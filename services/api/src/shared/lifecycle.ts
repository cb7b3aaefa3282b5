import type { NextFunction, Request, Response } from 'express';

/**
 * The process's serving state for graceful shutdown: counts requests in flight and, once draining
 * has started, makes /readyz answer 503 and asks keep-alive clients to reconnect elsewhere.
 */
export class Lifecycle {
  draining = false;
  private inFlight = 0;
  private waiters: (() => void)[] = [];

  get requestsInFlight(): number {
    return this.inFlight;
  }

  /** Express middleware counting requests until their response is finished or aborted. */
  track() {
    return (_req: Request, res: Response, next: NextFunction) => {
      this.inFlight += 1;
      if (this.draining) res.set('Connection', 'close');
      res.once('close', () => {
        this.inFlight -= 1;
        if (this.inFlight === 0) for (const wake of this.waiters.splice(0)) wake();
      });
      next();
    };
  }

  startDraining(): void {
    this.draining = true;
  }

  /** Resolves true once no request is in flight, or false when the timeout comes first. */
  waitForIdle(timeoutMs: number): Promise<boolean> {
    if (this.inFlight === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      this.waiters.push(() => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }
}
