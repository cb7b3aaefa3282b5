import { normalizeText } from '@reemploi/taxonomy';
import type { DirectoryService } from '../places';
import type { CommuneLookup } from './commune-lookup';
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

const EMPTY: Omit<CounterKey, 'day' | 'action'> = {
  searchAction: null,
  subcategoryId: null,
  phrase: null,
  inseeCode: null,
  nearBand: null,
  outcome: null,
  placeId: null,
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
 * commune whose approximate area holds it (commune-lookup.ts, the areas of the demand map), then is dropped.
 */
export class RequestInsights {
  /** What this request counted (or would have, under DNT), repeated when its answer is served from cache. */
  readonly counted: Omit<CounterKey, 'day'>[] = [];

  constructor(
    private readonly batcher: InsightBatcher | null,
    private readonly directory: DirectoryService,
    private readonly communes: CommuneLookup,
    private readonly now: Date,
  ) {}

  /** False when the request asked not to be counted. */
  get counting(): boolean {
    return this.batcher !== null;
  }

  private add(key: Partial<CounterKey> & Pick<CounterKey, 'action'>): void {
    const counted = { ...EMPTY, ...key };
    this.counted.push(counted);
    if (this.batcher) this.batcher.add({ ...counted, day: (this.day ??= dayOf(this.now)) });
  }

  /** The request's day, formatted once. */
  private day: string | undefined;

  /** Counts again what another request counted (its answer is being replayed from the response cache). */
  repeat(counted: readonly Omit<CounterKey, 'day'>[]): void {
    if (!this.batcher) return;
    const day = dayOf(this.now);
    for (const key of counted) this.batcher.add({ ...key, day });
  }

  /** A place search's first page: what was sought, where, whether something matched near, which places were shown. */
  countSearch(args: SearchSeen, answer: SearchAnswer): void {
    // Next pages, and text-only or map-area searches (typing, panning) are not a resident's demand.
    if (args.after || !(args.near || args.filter?.subcategories?.length)) return;
    const inseeCode = args.near ? this.communes.at(args.near) : null;
    const nearBand = args.near ? bandOf(answer.edges[0]?.node.distanceMeters) : null;
    const subcategories = args.filter?.subcategories?.length ? args.filter.subcategories : [null];
    const searchAction = args.filter?.actions?.length === 1 ? args.filter.actions[0]! : null;
    for (const subcategoryId of subcategories.slice(0, 5))
      this.add({ action: 'SEARCH', searchAction, subcategoryId, inseeCode, nearBand });
    for (const edge of answer.edges) this.add({ action: 'OUTCOME', outcome: 'SHOWN', placeId: edge.node.id });
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
