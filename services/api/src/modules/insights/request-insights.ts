import { normalizeText } from '@reemploi/taxonomy';
import type { DirectoryService } from '../places';
import type { CommuneLookup } from './commune-lookup';
import { type Counted, NO_DIMENSIONS } from './counted';
import type { InsightBatcher } from './insight-batcher';
import type { CounterKey } from './insight-counter.model';

const parisDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' });
/** The last minute formatted: a search counts ~20 keys, and Intl formatting was most of counting's cost. */
let lastMinute = NaN;
let lastDay = '';
/** The day a count belongs to (Europe/Paris), YYYY-MM-DD. Days change on the minute, so one format a minute. */
export const dayOf = (at: Date) => {
  const minute = Math.floor(at.getTime() / 60_000);
  if (minute !== lastMinute) {
    lastDay = parisDay.format(at);
    lastMinute = minute;
  }
  return lastDay;
};

/** The headers that say "do not count me": Do Not Track and Global Privacy Control. */
export const refusesCounting = (header: (name: string) => string | undefined) =>
  header('dnt')?.trim() === '1' || header('sec-gpc')?.trim() === '1';

export interface SearchSeen {
  filter?: { subcategories?: readonly string[] | null; actions?: readonly string[] | null } | null;
  near?: { lat: number; lng: number } | null;
  after?: string | null;
}
export interface SearchAnswer {
  edges: readonly { node: { id: string; distanceMeters?: number | null } }[];
}

const bandOf = (meters: number | null | undefined) =>
  meters == null ? 'NONE' : meters <= 5000 ? 'KM5' : meters <= 15_000 ? 'KM15' : meters <= 30_000 ? 'KM30' : 'NONE';

/**
 * What one request may count. Built per request: a request with `DNT: 1` or `Sec-GPC: 1` gets one that
 * counts nothing. Nothing about the person is kept: the searched point becomes the INSEE code of the
 * commune whose outline holds it (commune-lookup.ts, the outlines of the demand map), then is dropped.
 * Each count is one compact entry (counted.ts) handed to the batcher, which writes out its counters later.
 */
export class RequestInsights {
  /** What this request counted (or would have, under DNT), counted again when its answer is served from cache. */
  readonly counted: Counted[] = [];

  constructor(
    private readonly batcher: InsightBatcher | null,
    private readonly directory: DirectoryService,
    private readonly communes: CommuneLookup,
    private readonly now: Date,
    /** Whether the answer may be kept by the response cache (its replays need what was counted). */
    private readonly replayable: boolean,
  ) {}

  /** False when the request asked not to be counted. */
  get counting(): boolean {
    return this.batcher !== null;
  }

  /** Whether anything counted would be used: by this request's counters or by replays of its answer. */
  private get recording(): boolean {
    return this.batcher !== null || this.replayable;
  }

  private record(counted: Counted): void {
    if (this.replayable) this.counted.push(counted);
    this.batcher?.record((this.day ??= dayOf(this.now)), counted);
  }

  private add(key: Partial<CounterKey> & Pick<CounterKey, 'action'>): void {
    if (this.recording) this.record({ kind: 'KEY', key: { ...NO_DIMENSIONS, ...key } });
  }

  /** The request's day, formatted once. */
  private day: string | undefined;

  /** A place search's first page: what was sought, where, whether something matched near, which places were shown. */
  countSearch(args: SearchSeen, answer: SearchAnswer): void {
    // Next pages, and text-only or map-area searches (typing, panning) are not a resident's demand.
    if (args.after || !(args.near || args.filter?.subcategories?.length) || !this.recording) return;
    const subcategories = args.filter?.subcategories;
    this.record({
      kind: 'SEARCH',
      searchAction: args.filter?.actions?.length === 1 ? args.filter.actions[0]! : null,
      subcategoryIds: subcategories?.length ? subcategories.slice(0, 5) : [null],
      inseeCode: args.near ? this.communes.at(args.near) : null,
      nearBand: args.near ? bandOf(answer.edges[0]?.node.distanceMeters) : null,
      placeIds: answer.edges.map((edge) => edge.node.id),
    });
  }

  /** An object typed in: its sub-category when the resolver knew it, else the phrase (kept for the synonyms). */
  countLookup(text: string, subcategoryIds: readonly string[]): void {
    if (subcategoryIds.length > 0) this.add({ action: 'LOOKUP', subcategoryId: subcategoryIds[0]! });
    else {
      const phrase = normalizeText(text).slice(0, 60).trim();
      if (phrase) this.add({ action: 'LOOKUP', phrase });
    }
  }

  countOutcome(placeId: string, outcome: string): void {
    this.add({ action: 'OUTCOME', outcome, placeId });
  }

  countFeedback(answer: string, placeId: string | null, subcategoryId: string | null): void {
    const inseeCode = placeId ? (this.directory.index.get(placeId)?.inseeCode ?? null) : null;
    this.add({ action: 'FEEDBACK', outcome: answer, placeId, subcategoryId, inseeCode });
  }
}
