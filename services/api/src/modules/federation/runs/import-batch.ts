import { Types } from 'mongoose';
import type { ConnectorItem, DeferredItem } from '../connectors/types';
import type { Geocoder } from '../normalise/geocoder';
import type { Rejection, RowWarning } from '../normalise/import-problems';
import type { ImportState } from './import-state';
import type { SourceFilter } from '../connectors/mapping';
import { MatchReviewModel } from '../matching/match-review.model';
import { recordHash } from '../merge/merge';
import { normaliseRecord, type NormalisedRecord, type PlaceFields } from '../normalise/normalise-record';
import type { SlugAllocator } from '../../places';
import {
  createPlaces,
  mergeIntoPlace,
  retireFromSource,
  type LocatedRecord,
  type WriteTarget,
} from '../merge/place-writer';

export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  /** Rows imported with at least one value left out (see RowWarning). */
  warned: number;
  closed: number;
  queuedForReview: number;
}

export interface BatchContext {
  target: WriteTarget;
  state: ImportState;
  filter: SourceFilter | null;
  geocoder: Geocoder | null;
  slugs: SlugAllocator;
  counts: ImportCounts;
  reject(rejection: Rejection): void;
  warn(warning: RowWarning): void;
}

const inBox = (fields: { location?: { coordinates: [number, number] } }, filter: SourceFilter | null) => {
  const box = filter?.bbox;
  if (!box || !fields.location) return true;
  const [lng, lat] = fields.location.coordinates;
  return lng >= box.west && lng <= box.east && lat >= box.south && lat <= box.north;
};

/**
 * A row whose digest is that of the row that gave its record's stored hash, on a place the run may keep
 * as it is: unchanged, without building or normalising it. Anything else (seen already in this run,
 * closed by an import, refused) goes the whole way, as does a row without a stored digest.
 */
function unchangedByDigest(item: DeferredItem, ctx: BatchContext): boolean {
  const stored = ctx.state.records.ofDigest(item.digest);
  const known = stored && ctx.state.known.get(stored.externalId);
  if (!known || known.seenAt || known.hash !== stored!.hash || known.closedByImport || known.refused) return false;
  known.seenAt = item.line;
  known.confirmed = 'unchanged';
  ctx.counts.unchanged += 1;
  return true;
}

/** Normalises a batch, skips what is unchanged, locates what needs it, then matches and writes the rest. */
export async function processBatch(entries: (ConnectorItem | DeferredItem)[], ctx: BatchContext): Promise<void> {
  const pending: { record: NormalisedRecord; hash: string }[] = [];
  // Rows read whole, without warnings: once stored, their digests stand for them (source-records.ts).
  const digests: { externalId: string; digest: string; hash: string }[] = [];
  const items: { item: ConnectorItem; digest: string | null }[] = [];
  for (const entry of entries) {
    if (!('digest' in entry)) items.push({ item: entry, digest: null });
    else if (!unchangedByDigest(entry, ctx))
      for (const item of entry.build()) items.push({ item, digest: entry.digest });
  }
  for (const { item, digest } of items) {
    if ('error' in item) {
      markSeen(ctx, item.externalId, item.line);
      ctx.reject({
        line: item.line,
        externalId: item.externalId,
        code: item.code ?? 'ROW_UNREADABLE',
        reason: item.error,
      });
      continue;
    }
    const epci = ctx.filter?.epci;
    if (epci?.length && item.record.epci && !epci.includes(item.record.epci)) continue;
    const result = normaliseRecord(item.line, item.record);
    if (!result.ok) {
      markSeen(ctx, result.externalId, item.line);
      ctx.reject({ line: item.line, externalId: result.externalId, code: result.code, reason: result.reason });
      continue;
    }
    const { record } = result;
    if (!inBox(record.fields, ctx.filter)) continue;
    if (result.warnings.length > 0) {
      ctx.counts.warned += 1;
      for (const warning of result.warnings) ctx.warn({ line: item.line, externalId: record.externalId, ...warning });
    }
    const known = ctx.state.known.get(record.externalId);
    if (known?.seenAt) {
      ctx.reject({
        line: item.line,
        externalId: record.externalId,
        code: 'DUPLICATE_ID',
        reason: `identifier "${record.externalId}" already used on line ${known.seenAt}`,
      });
      continue;
    }
    const hash = recordHash(record);
    if (digest && result.warnings.length === 0) digests.push({ externalId: record.externalId, digest, hash });
    if (known) {
      known.seenAt = item.line;
      if (known.hash === hash && !known.closedByImport && !known.refused) {
        known.confirmed = 'unchanged';
        ctx.counts.unchanged += 1;
        continue;
      }
    } else if (pending.some((p) => p.record.externalId === record.externalId)) {
      ctx.reject({
        line: item.line,
        externalId: record.externalId,
        code: 'DUPLICATE_ID',
        reason: `identifier "${record.externalId}" appears twice in the file`,
      });
      continue;
    }
    pending.push({ record, hash });
  }
  const located = await locate(pending, ctx);
  const toCreate: LocatedRecord[] = [];
  for (const entry of located) {
    if (!inBox(entry.fields, ctx.filter)) continue;
    await store(entry, ctx, toCreate);
  }
  const ids = await createPlaces(ctx.target, toCreate, ctx.slugs);
  ids.forEach((placeId, i) => {
    ctx.state.known.set(toCreate[i]!.record.externalId, {
      placeId,
      hash: toCreate[i]!.hash,
      closedByImport: false,
      retired: false,
      seenAt: toCreate[i]!.record.line,
      confirmed: 'written',
      missed: false,
    });
  });
  ctx.counts.created += ids.length;
  for (const { externalId, digest, hash } of digests) ctx.state.records.noteDigest(externalId, digest, hash);
}

function markSeen(ctx: BatchContext, externalId: string | null, line: number) {
  // A broken row of a known place must not close that place at the end of the run.
  const known = externalId ? ctx.state.known.get(externalId) : undefined;
  if (known && !known.seenAt) known.seenAt = line;
}

async function locate(
  pending: { record: NormalisedRecord; hash: string }[],
  ctx: BatchContext,
): Promise<LocatedRecord[]> {
  const located = await Promise.all(
    pending.map(async ({ record, hash }): Promise<LocatedRecord | null> => {
      if (record.fields.location) return { record, hash, fields: record.fields as PlaceFields };
      if (!ctx.geocoder) {
        ctx.reject({
          line: record.line,
          externalId: record.externalId,
          code: 'GEOCODING_DISABLED',
          reason: 'no coordinates, and address geocoding is disabled',
        });
        return null;
      }
      try {
        const found = await ctx.geocoder.geocode(record.geocodeQuery!);
        if (!found) {
          ctx.reject({
            line: record.line,
            externalId: record.externalId,
            code: 'ADDRESS_NOT_FOUND',
            reason: `address not found by the geocoder: "${record.geocodeQuery!.q}"`,
          });
          return null;
        }
        const fields = {
          ...record.fields,
          location: { type: 'Point' as const, coordinates: [found.lng, found.lat] as [number, number] },
          locationPrecision: found.precision,
          'address.postcode': record.fields['address.postcode'] ?? found.postcode,
          'address.inseeCode': record.fields['address.inseeCode'] ?? found.citycode,
          'address.commune': record.fields['address.commune'] ?? found.city,
        };
        return { record, hash, fields };
      } catch (error) {
        ctx.reject({
          line: record.line,
          externalId: record.externalId,
          code: 'GEOCODER_UNAVAILABLE',
          reason: `geocoder unavailable: ${(error as Error).message}`,
        });
        return null;
      }
    }),
  );
  return located.filter((l): l is LocatedRecord => l !== null);
}

/**
 * Known record → merge into its place; new record → a certain match merges, an uncertain one waits for
 * review. A place the source may not write (place.policy.ts, sourceAccess) is never written: the record
 * waits in the review queue instead, and no place is created for it meanwhile.
 */
async function store(entry: LocatedRecord, ctx: BatchContext, toCreate: LocatedRecord[]): Promise<void> {
  const { record } = entry;
  const decisions = ctx.state.decisions.get(record.externalId) ?? [];
  const known = ctx.state.known.get(record.externalId);
  if (known && !known.refused) {
    const merged = await mergeIntoPlace(ctx.target, known.placeId, entry, known.via ?? 'listed');
    if (merged.outcome === 'updated') {
      known.hash = entry.hash;
      known.closedByImport = false;
      known.confirmed = 'written';
      ctx.counts.updated += 1;
      return;
    }
    if (merged.outcome === 'refused') known.refused = merged.reason;
    else {
      // The place no longer exists: start again (and the source's table forgets it).
      ctx.state.known.delete(record.externalId);
      ctx.state.records.applyPlace(String(known.placeId), null);
    }
  }
  if (known?.refused) {
    if (!decisions.some((d) => d.status === 'SEPARATE' && d.placeId === String(known.placeId))) {
      await queueForReview(ctx, entry, String(known.placeId), `listed on this place, but ${known.refused}`, null);
      return;
    }
    // Staff said the record is another place: its entry leaves that place, and it is matched afresh.
    await retireFromSource(ctx.target, known.placeId, { close: false });
    ctx.state.known.delete(record.externalId);
  }
  const same = decisions.find((d) => d.status === 'SAME_PLACE');
  if (same && (await mergeIntoPlace(ctx.target, same.placeId, entry, 'approved')).outcome === 'updated') {
    adopt(ctx, record, new Types.ObjectId(same.placeId), entry.hash, 'approved');
    ctx.counts.updated += 1;
    return;
  }
  if (decisions.some((d) => d.status === 'PENDING')) {
    ctx.counts.queuedForReview += 1;
    return;
  }
  const [lng, lat] = entry.fields.location.coordinates;
  const skip = new Set(decisions.filter((d) => d.status === 'SEPARATE').map((d) => d.placeId));
  const match = await ctx.state.matcher.find(
    {
      name: entry.fields.name,
      kind: entry.fields.kind ?? null,
      lat,
      lng,
      siret: entry.fields.siret,
      phone: entry.fields['contact.phone'],
      website: entry.fields['contact.website'],
    },
    skip,
  );
  if (match?.certain) {
    const merged = await mergeIntoPlace(ctx.target, match.placeId, entry, 'match');
    if (merged.outcome === 'updated') {
      adopt(ctx, record, new Types.ObjectId(match.placeId), entry.hash, 'listed');
      ctx.counts.updated += 1;
      return;
    }
    if (merged.outcome === 'refused') {
      await queueForReview(ctx, entry, match.placeId, `${match.reason}, but ${merged.reason}`, match.distanceMeters);
      return;
    }
  }
  if (match && !match.certain) {
    await queueForReview(ctx, entry, match.placeId, match.reason, match.distanceMeters);
    return;
  }
  toCreate.push(entry);
}

async function queueForReview(
  ctx: BatchContext,
  entry: LocatedRecord,
  placeId: string,
  reason: string,
  distanceMeters: number | null,
) {
  const { record } = entry;
  await MatchReviewModel.updateOne(
    { sourceId: ctx.target.sourceId, externalId: record.externalId, placeId: new Types.ObjectId(placeId) },
    {
      $set: {
        sourceName: ctx.target.sourceName,
        reason,
        distanceMeters,
        record: JSON.stringify({ record, fields: entry.fields, hash: entry.hash }),
      },
      $setOnInsert: { status: 'PENDING' },
    },
    { upsert: true },
  );
  ctx.counts.queuedForReview += 1;
}

function adopt(
  ctx: BatchContext,
  record: NormalisedRecord,
  placeId: Types.ObjectId,
  hash: string,
  via: 'listed' | 'approved',
) {
  ctx.state.matcher.exclude(String(placeId));
  ctx.state.known.set(record.externalId, {
    placeId,
    hash,
    closedByImport: false,
    retired: false,
    seenAt: record.line,
    confirmed: 'written',
    missed: false,
    via,
  });
}
