import { distanceMeters, nameSimilarity, normaliseName, websiteKey } from './similarity';

/** What the matcher knows of an existing place. */
export interface MatchCandidate {
  id: string;
  name: string;
  /** Place kind (PlaceKind); null when unknown. */
  kind: string | null;
  lat: number;
  lng: number;
  siret: string | null;
  phone: string | null;
  website: string | null;
}

export interface MatchQuery {
  name: string;
  kind: string | null;
  lat: number;
  lng: number;
  siret: string | null;
  phone: string | null;
  website: string | null;
}

export interface Match {
  placeId: string;
  certain: boolean;
  reason: string;
  distanceMeters: number;
}

const NEAR_M = 100;
const CONTACT_RADIUS_M = 5000;
/** Two déchèteries this close are one site: sources place it at its gate, its centre or its address. */
const SAME_SITE_M = 300;
/** Farther, a déchèterie with a resembling name is only a suggestion for review (a source's imprecise point). */
const SITE_REVIEW_M = 2000;

/**
 * Kinds that can describe the same place. A container (COLLECTION_POINT) and a déchèterie are never the
 * same place as a shop or a structure, whatever their address, name or operator: a Refashion bin in front of
 * a charity shop is its own point. Shops, repairers and structures describe one another across sources
 * (LVAO's ressourcerie is OSM's charity shop). OTHER is unknown: it may go either way, never certainly.
 */
type Family = 'site' | 'container' | 'structure' | 'unknown';
export function kindFamily(kind: string | null): Family {
  if (kind === 'RECYCLING_CENTRE') return 'site';
  if (kind === 'COLLECTION_POINT') return 'container';
  if (!kind || kind === 'OTHER') return 'unknown';
  return 'structure';
}
const CELL_DEG = 0.05; // ~5.5 km × 3.6 km cells at Cotentin latitudes: contact matches look one cell around

interface Entry extends MatchCandidate {
  family: Family;
  normalisedName: string;
  websiteKey: string | null;
}

/**
 * Finds the existing place an imported record describes: same SIRET; else within ~100 m with a similar
 * name (certain when the names agree, uncertain when they only resemble) or the same phone/website;
 * same phone/website farther away (up to 5 km) is only a suggestion for review.
 */
export class PlaceMatcher {
  private readonly cells = new Map<string, Entry[]>();
  private readonly bySiret = new Map<string, Entry>();
  private readonly excluded = new Set<string>();

  constructor(candidates: Iterable<MatchCandidate>) {
    for (const candidate of candidates) this.add(candidate);
  }

  get size(): number {
    let n = 0;
    for (const list of this.cells.values()) n += list.length;
    return n;
  }

  add(candidate: MatchCandidate): void {
    const entry: Entry = {
      ...candidate,
      family: kindFamily(candidate.kind),
      normalisedName: normaliseName(candidate.name),
      websiteKey: websiteKey(candidate.website),
    };
    const key = this.cellKey(candidate.lat, candidate.lng);
    const list = this.cells.get(key) ?? [];
    list.push(entry);
    this.cells.set(key, list);
    if (candidate.siret) this.bySiret.set(candidate.siret, entry);
  }

  /** A place that took a record of this run is not offered again. */
  exclude(placeId: string): void {
    this.excluded.add(placeId);
  }

  /** The best match, or null; `skip` lists places staff said are a different place. */
  find(query: MatchQuery, skip: ReadonlySet<string> = new Set()): Match | null {
    const family = kindFamily(query.kind);
    const usable = (entry: Entry) => !this.excluded.has(entry.id) && !skip.has(entry.id);
    // Same family: may be certain; one side unknown: at most a suggestion; two known families: never.
    const kindsAgree = (entry: Entry) => family === entry.family && family !== 'unknown';
    const kindsMayAgree = (entry: Entry) => kindsAgree(entry) || family === 'unknown' || entry.family === 'unknown';
    if (query.siret) {
      const entry = this.bySiret.get(query.siret);
      if (entry && usable(entry) && kindsAgree(entry))
        return {
          placeId: entry.id,
          certain: true,
          reason: 'same SIRET',
          distanceMeters: Math.round(distanceMeters(query, entry)),
        };
    }
    const name = normaliseName(query.name);
    const site = websiteKey(query.website);
    let best: Match | null = null;
    for (const entry of this.around(query.lat, query.lng)) {
      if (!usable(entry) || !kindsMayAgree(entry)) continue;
      const distance = distanceMeters(query, entry);
      if (distance > CONTACT_RADIUS_M) continue;
      const match = kindsAgree(entry)
        ? this.judge(query, name, site, entry, distance)
        : this.suggest(query, name, site, entry, distance);
      if (match && (!best || rank(match) > rank(best))) best = match;
    }
    return best;
  }

  /** Two places of one family: the rules of the class comment, and one site per déchèterie. */
  private judge(query: MatchQuery, name: string, site: string | null, entry: Entry, distance: number): Match | null {
    const rounded = Math.round(distance);
    if (entry.family === 'site') {
      if (distance <= SAME_SITE_M)
        return { placeId: entry.id, certain: true, reason: `déchèterie ${rounded} m away`, distanceMeters: rounded };
      if (distance <= SITE_REVIEW_M && nameSimilarity(name, entry.normalisedName) >= 0.34)
        return {
          placeId: entry.id,
          certain: false,
          reason: `déchèterie with a similar name ${rounded} m away`,
          distanceMeters: rounded,
        };
    }
    return this.byNameAndContact(query, name, site, entry, distance);
  }

  /** One side of unknown kind: what would match certainly is only suggested. */
  private suggest(query: MatchQuery, name: string, site: string | null, entry: Entry, distance: number): Match | null {
    const match = this.byNameAndContact(query, name, site, entry, distance);
    return match && { ...match, certain: false, reason: `${match.reason}, kind unknown` };
  }

  private byNameAndContact(
    query: MatchQuery,
    name: string,
    site: string | null,
    entry: Entry,
    distance: number,
  ): Match | null {
    const sameContact =
      (query.phone !== null && query.phone === entry.phone) || (site !== null && site === entry.websiteKey);
    const similarity = distance <= NEAR_M ? nameSimilarity(name, entry.normalisedName) : 0;
    let match: Match | null = null;
    const rounded = Math.round(distance);
    if (distance <= NEAR_M && similarity >= 0.8)
      match = { placeId: entry.id, certain: true, reason: `same name ${rounded} m away`, distanceMeters: rounded };
    else if (distance <= NEAR_M && sameContact)
      match = {
        placeId: entry.id,
        certain: true,
        reason: `same phone or website ${rounded} m away`,
        distanceMeters: rounded,
      };
    else if (distance <= NEAR_M && similarity >= 0.34)
      match = {
        placeId: entry.id,
        certain: false,
        reason: `similar name ${rounded} m away`,
        distanceMeters: rounded,
      };
    else if (sameContact)
      match = {
        placeId: entry.id,
        certain: false,
        reason: `same phone or website ${rounded} m away`,
        distanceMeters: rounded,
      };
    return match;
  }

  private cellKey(lat: number, lng: number): string {
    return `${Math.floor(lat / CELL_DEG)}:${Math.floor(lng / CELL_DEG)}`;
  }

  private *around(lat: number, lng: number): Generator<Entry> {
    const cy = Math.floor(lat / CELL_DEG);
    const cx = Math.floor(lng / CELL_DEG);
    for (let dy = -1; dy <= 1; dy += 1)
      for (let dx = -1; dx <= 1; dx += 1) yield* this.cells.get(`${cy + dy}:${cx + dx}`) ?? [];
  }
}

/** Certain beats uncertain; then nearer beats farther. */
const rank = (match: Match) => (match.certain ? 1e7 : 0) - match.distanceMeters;
