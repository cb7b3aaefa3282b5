import type { Types } from 'mongoose';
import type { Logger } from '../../../shared/logger';
import { nextRunAt, parseSchedule } from './schedule';
import { claimScheduledRun, newLockOwner } from '../runs/source-lock';
import { SourceModel } from '../../places';

export interface SchedulerDeps {
  tickMs: number;
  logger: Logger;
  /** Imports one source; throws CONFLICT when another instance holds its lock. */
  run(sourceId: Types.ObjectId): Promise<unknown>;
}

/**
 * Runs scheduled sources when due. Every instance ticks; the first to claim a source's due occurrence
 * (a unique claim per occurrence) is the one that imports it, and the source lock keeps imports of one source
 * from overlapping across instances and the CLI.
 */
export class ImportScheduler {
  private timer: NodeJS.Timeout | undefined;
  private ticking: Promise<void> | undefined;
  private readonly owner = newLockOwner();

  constructor(private readonly deps: SchedulerDeps) {}

  start(): void {
    if (this.deps.tickMs <= 0 || this.timer) return;
    this.timer = setInterval(() => void this.tick(), this.deps.tickMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  /** Claims and starts every due source once. */
  tick(now = new Date()): Promise<void> {
    this.ticking ??= this.claimDue(now).finally(() => (this.ticking = undefined));
    return this.ticking;
  }

  private async claimDue(now: Date): Promise<void> {
    try {
      const due = await SourceModel.find(
        { schedule: { $ne: null }, nextRunAt: { $lte: now } },
        { schedule: 1, nextRunAt: 1, name: 1 },
      )
        // Lowest priority first, one after the other: the order a territory sync runs them in (sync-territory.ts).
        .sort({ priority: 1, name: 1 })
        .lean();
      for (const source of due) {
        const schedule = parseSchedule(source.schedule ?? '');
        if (!schedule) continue;
        // Exactly one instance wins an occurrence (a unique insert); it then moves nextRunAt forward.
        if (!(await claimScheduledRun(source._id, source.nextRunAt!, this.owner))) continue;
        await SourceModel.updateOne({ _id: source._id }, { $set: { nextRunAt: nextRunAt(schedule, now) } });
        await this.deps
          .run(source._id)
          .catch((error: unknown) =>
            this.deps.logger.warn({ err: error, source: source.name }, 'scheduled import not run'),
          );
      }
    } catch (error) {
      this.deps.logger.warn({ err: error }, 'import scheduler tick failed');
    }
  }
}
