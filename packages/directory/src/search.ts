import { compileParts, combine } from './filter-plan';
import { circleBBox, haverSinDistance, metersFromHaverSin } from './geo';
import { acceptor, effectiveBBox, nameComparator, residualSet, type IndexState, type Residual } from './index-state';
import { scoreOf, type TextMatches } from './text-index';
import { firstK } from './top-k';
import type { DirectoryPlace, LatLng, SearchHit, SearchQuery, SearchResult } from './types';

// Below this many filter matches, scanning them beats walking the kd-tree around a sparse filter.
const SCAN_MATCHES_BELOW = 2048;

interface Context<T extends DirectoryPlace> {
  state: IndexState<T>;
  accept: (slot: number) => boolean;
  matchCount: () => number;
  forEachMatch: (fn: (slot: number) => void) => void;
  scores: TextMatches | null;
  residual: Residual;
  offset: number;
  limit: number;
}

/** Runs a search: filters, then orders by distance (near), relevance (text) or name, then paginates. */
export function runSearch<T extends DirectoryPlace>(state: IndexState<T>, query: SearchQuery): SearchResult<T> {
  const filter = query.filter ?? {};
  const parts = compileParts(state.table, state.text, filter);
  const mask = combine(parts);
  const residual: Residual = {
    bbox: effectiveBBox(state, query.bbox),
    openAt: filter.openNow === true ? (query.now ?? new Date()) : null,
  };
  let count = mask === state.table.alive ? state.table.liveCount : -1;
  let ctx: Context<T> = {
    state,
    accept: acceptor(state, mask, residual),
    matchCount: () => (count >= 0 ? count : (count = mask.count())),
    forEachMatch: (fn) => mask.forEach(fn),
    scores: parts.scores,
    residual,
    offset: Math.max(0, Math.floor(query.offset ?? 0)),
    limit: Math.max(0, Math.floor(query.limit)),
  };
  if (query.near) return searchNear(ctx, query.near, query.radiusMeters ?? Infinity);
  if (residual.bbox && !state.spatial.isLarge(residual.bbox)) {
    return ordered(ctx, state.spatial.range(state.table, residual.bbox).filter(ctx.accept));
  }
  if (residual.bbox) {
    // A box over much of the directory: its matches (open ones when asked) as one set, in one tight pass,
    // then the orders below as without a box.
    const matches = residualSet(state, mask, residual);
    let total = -1;
    ctx = {
      ...ctx,
      accept: (slot) => matches.has(slot),
      matchCount: () => (total >= 0 ? total : (total = matches.count())),
      forEachMatch: (fn) => matches.forEach(fn),
      residual: { bbox: null, openAt: null },
    };
  }
  if (ctx.scores) {
    const { slots, scores } = ctx.scores;
    const kept: number[] = [];
    const keptScores: number[] = [];
    for (let i = 0; i < slots.length; i++) {
      if (ctx.accept(slots[i]!)) {
        kept.push(slots[i]!);
        keptScores.push(scores[i]!);
      }
    }
    return ordered(ctx, kept, keptScores);
  }
  return searchByName(ctx);
}

function searchNear<T extends DirectoryPlace>(ctx: Context<T>, near: LatLng, radius: number): SearchResult<T> {
  const { state, accept } = ctx;
  const k = ctx.offset + ctx.limit;
  const distance = (slot: number) =>
    haverSinDistance(near.lng, near.lat, state.table.lng[slot]!, state.table.lat[slot]!);
  // Candidates, their distances and ranks side by side; only the first k are ordered (ties: exact
  // before approximate, then by name). The rank of an approximate point is max(distance, uncertainty).
  const slots: number[] = [];
  const meters: number[] = [];
  const ranks: number[] = [];
  const uncertainties: number[] = [];
  const consider = (slot: number) => {
    const m = metersFromHaverSin(distance(slot));
    if (m <= radius) {
      const uncertainty = uncertaintyOf(state.table.places[slot]!);
      slots.push(slot);
      meters.push(m);
      ranks.push(Math.max(m, uncertainty));
      uncertainties.push(uncertainty);
    }
  };
  let exhaustive = true;
  if (ctx.matchCount() <= SCAN_MATCHES_BELOW) {
    ctx.forEachMatch((slot) => {
      if (accept(slot)) consider(slot);
    });
  } else {
    const found = nearestWithTies(ctx, near, radius, k, distance, (slot) =>
      Math.max(metersFromHaverSin(distance(slot)), uncertaintyOf(state.table.places[slot]!)),
    );
    exhaustive = found.exhausted;
    for (const slot of found.slots) consider(slot);
    for (const slot of state.spatial.overflow) if (accept(slot)) consider(slot);
  }
  const byName = nameComparator(state);
  const order = firstK(
    Array.from(slots, (_, i) => i),
    k,
    (a, b) =>
      ranks[a]! - ranks[b]! ||
      uncertainties[a]! - uncertainties[b]! ||
      meters[a]! - meters[b]! ||
      byName(slots[a]!, slots[b]!),
  );
  const hits = order.slice(ctx.offset).map((i) => hit(ctx, slots[i]!, meters[i]!));
  return { hits, total: exhaustive ? slots.length : countNear(ctx, near, radius) };
}

const uncertaintyOf = (place: DirectoryPlace) => place.positionUncertaintyMeters ?? 0;

/**
 * Enough nearest kd-tree slots to hold the first k by rank, ties included: every slot left out is
 * farther than the k-th rank (a rank is never below the distance). geokdbush stops at `max`, so ask for
 * a few more and widen while the farthest one could still tie.
 */
function nearestWithTies<T extends DirectoryPlace>(
  ctx: Context<T>,
  near: LatLng,
  radius: number,
  k: number,
  distance: (slot: number) => number,
  rank: (slot: number) => number,
): { slots: number[]; exhausted: boolean } {
  // A hair over the radius: the exact cut is made in metres afterwards, like every other distance.
  const maxKm = Number.isFinite(radius) ? (radius / 1000) * (1 + 1e-9) + 1e-9 : Infinity;
  for (let want = k + 8; ; want *= 4) {
    const slots = ctx.state.spatial.nearest(near.lng, near.lat, want, maxKm, ctx.accept);
    if (slots.length < want) return { slots, exhausted: true };
    if (k === 0) return { slots, exhausted: false };
    const kthRank = slots.map(rank).sort((a, b) => a - b)[k - 1]!;
    if (metersFromHaverSin(distance(slots[slots.length - 1]!)) > kthRank) return { slots, exhausted: false };
  }
}

function countNear<T extends DirectoryPlace>(ctx: Context<T>, near: LatLng, radius: number): number {
  const { state, accept } = ctx;
  if (Number.isFinite(radius)) {
    return state.spatial
      .range(state.table, circleBBox(near, radius))
      .filter(
        (slot) =>
          accept(slot) &&
          metersFromHaverSin(haverSinDistance(near.lng, near.lat, state.table.lng[slot]!, state.table.lat[slot]!)) <=
            radius,
      ).length;
  }
  return countAll(ctx);
}

/** Number of matches without a distance limit. */
function countAll<T extends DirectoryPlace>(ctx: Context<T>): number {
  const { residual, state, accept } = ctx;
  if (residual.bbox) return state.spatial.range(state.table, residual.bbox).filter(accept).length;
  if (!residual.openAt) return ctx.matchCount();
  let total = 0;
  ctx.forEachMatch((slot) => {
    if (accept(slot)) total++;
  });
  return total;
}

/** Orders an explicit list of matches by relevance (text) or name and paginates it. */
function ordered<T extends DirectoryPlace>(
  ctx: Context<T>,
  slots: number[],
  knownScores?: ArrayLike<number>,
): SearchResult<T> {
  const byName = nameComparator(ctx.state);
  const text = ctx.scores;
  const k = ctx.offset + ctx.limit;
  let page: number[];
  if (text) {
    // Scores are looked up once per candidate, then only the first k are ordered.
    const scores = knownScores ?? Float64Array.from(slots, (slot) => scoreOf(text, slot) ?? 0);
    const order = firstK(
      Array.from(slots, (_, i) => i),
      k,
      (a, b) => scores[b]! - scores[a]! || byName(slots[a]!, slots[b]!),
    );
    page = order.map((i) => slots[i]!);
  } else {
    page = firstK(slots, k, byName);
  }
  return {
    hits: page.slice(ctx.offset).map((slot) => hit(ctx, slot, null)),
    total: slots.length,
  };
}

/** Name order without text or geo: dense filters walk the precomputed name order, sparse ones sort their matches. */
function searchByName<T extends DirectoryPlace>(ctx: Context<T>): SearchResult<T> {
  const { state, accept } = ctx;
  const matches = ctx.matchCount();
  if (matches * 8 <= state.table.liveCount) {
    const slots: number[] = [];
    ctx.forEachMatch((slot) => {
      if (accept(slot)) slots.push(slot);
    });
    return ordered(ctx, slots);
  }
  const k = ctx.offset + ctx.limit;
  const mustCount = ctx.residual.openAt !== null || ctx.residual.bbox !== null;
  const picked: number[] = [];
  let total = 0;
  for (const slot of state.spatial.byName) {
    if (!accept(slot)) continue;
    total++;
    if (picked.length < k) picked.push(slot);
    else if (!mustCount) break;
  }
  for (const slot of state.spatial.overflow) {
    if (accept(slot)) {
      picked.push(slot);
      total++;
    }
  }
  const page = ordered(ctx, picked).hits;
  return { hits: page, total: mustCount ? total : matches };
}

function hit<T extends DirectoryPlace>(ctx: Context<T>, slot: number, distanceMeters: number | null): SearchHit<T> {
  return {
    place: ctx.state.table.places[slot]!,
    distanceMeters,
    score: ctx.scores ? scoreOf(ctx.scores, slot) : null,
  };
}
