/** A source's sync schedule: every N minutes/hours/days, or daily at a local time (Europe/Paris). */
export type Schedule = { kind: 'every'; ms: number } | { kind: 'daily'; hour: number; minute: number };

const UNIT_MS = { m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/** Parses "every 6h", "every 30m", "every 1d", "daily 03:30"; null when the text is none of these. */
export function parseSchedule(text: string): Schedule | null {
  const every = /^every\s+(\d{1,4})\s*([mhd])$/i.exec(text.trim());
  if (every) {
    const ms = Number(every[1]) * UNIT_MS[every[2]!.toLowerCase() as keyof typeof UNIT_MS];
    return ms >= 5 * 60_000 ? { kind: 'every', ms } : null; // no more often than every 5 minutes
  }
  const daily = /^daily\s+([01]\d|2[0-3]):([0-5]\d)$/i.exec(text.trim());
  if (daily) return { kind: 'daily', hour: Number(daily[1]), minute: Number(daily[2]) };
  return null;
}

/** When a schedule next fires after `from` (daily times in the process's zone: the API runs with TZ=Europe/Paris). */
export function nextRunAt(schedule: Schedule, from: Date): Date {
  if (schedule.kind === 'every') return new Date(from.getTime() + schedule.ms);
  const next = new Date(from);
  next.setHours(schedule.hour, schedule.minute, 0, 0);
  if (next <= from) next.setDate(next.getDate() + 1);
  return next;
}
