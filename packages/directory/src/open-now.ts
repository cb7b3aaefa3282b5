import { Bitset } from './bitset';
import { isOpenAt } from './opening-hours';

const MINUTE_MS = 60_000;

/**
 * "Open now" per distinct opening-hours string, for one minute at a time. Evaluating a rule costs tens
 * of microseconds and a directory repeats the same few strings, so each string is evaluated at most once
 * per minute (rules have minute resolution) and every place sharing it reuses the answer.
 */
export class OpenNowCache {
  private minute = Number.NaN;
  private states = new Int8Array(0); // 0 = not yet evaluated, 1 = open, 2 = closed or unknown
  /** Slots open this minute, for the slots below `slotsDone` of the table `slotsOf`. */
  private open = new Bitset(0);
  private openMinute = Number.NaN;
  private slotsOf: object | null = null;
  private slotsDone = 0;

  /**
   * Slots (live or retired) whose hours say open at `now`: one pass over the slots' hours ids per
   * minute (a slot's hours never change: a write appends a new slot), then a set lookup per place
   * instead of a rule lookup. Later calls in the same minute only add the slots appended since.
   */
  openSlots(table: { hours: Int32Array; hoursValues: readonly string[]; slotCount: number }, now: Date): Bitset {
    const minute = Math.floor(now.getTime() / MINUTE_MS);
    if (minute !== this.openMinute || this.slotsOf !== table || this.slotsDone > table.slotCount) {
      this.open = new Bitset(table.slotCount);
      this.openMinute = minute;
      this.slotsOf = table;
      this.slotsDone = 0;
    }
    const { hours, hoursValues } = table;
    for (let slot = this.slotsDone, end = table.slotCount; slot < end; slot++) {
      if (this.isOpen(hours[slot]!, hoursValues, now)) this.open.add(slot);
    }
    this.slotsDone = table.slotCount;
    return this.open;
  }

  /** Whether the hours with this registry id say open at `now`; unknown counts as not open. */
  isOpen(hoursId: number, values: readonly string[], now: Date): boolean {
    if (hoursId < 0) return false;
    this.prepare(now, values.length);
    let state = this.states[hoursId]!;
    if (state === 0) {
      state = isOpenAt(values[hoursId]!, now) === true ? 1 : 2;
      this.states[hoursId] = state;
    }
    return state === 1;
  }

  private prepare(now: Date, size: number): void {
    const minute = Math.floor(now.getTime() / MINUTE_MS);
    if (minute !== this.minute) {
      this.minute = minute;
      this.states = new Int8Array(size);
    } else if (size > this.states.length) {
      const states = new Int8Array(Math.max(size, this.states.length * 2));
      states.set(this.states);
      this.states = states;
    }
  }
}
