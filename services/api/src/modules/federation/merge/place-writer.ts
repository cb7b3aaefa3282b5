import type { Types } from 'mongoose';
import type { Actor } from '../../../shared/viewer';
import { createImportedPlaces } from '../../places';
import { writePlace, type PlaceWriteDeps, type StoredPlace } from '../../places';
import { placePolicy, type SourceWrite, type WritingSource } from '../../places';
import type { SlugAllocator } from '../../places';
import { provenanceKey } from '../../places';
import { mergeRecord, type StoredFields } from './merge';
import type { NormalisedRecord, PlaceFields } from '../normalise/normalise-record';

/** The source being imported, as the writer needs it. */
export interface WriteTarget {
  sourceId: Types.ObjectId;
  sourceName: string;
  /** The source's organisation (null: the syndicate's own source): it bounds what the import may write. */
  organizationId: Types.ObjectId | null;
  licence: string | null;
  attribution: string | null;
  priority: number;
  priorities: ReadonlyMap<string, number>;
  now: Date;
  /** The import run writing (recorded in the audit trail); null outside a run (review decisions). */
  importRunId?: string | null;
  /** Called with every stored place written (the running instance's directory applies it at once). */
  onWritten?: (doc: unknown) => void;
}

/** A record ready to store: validated, located, hashed. */
export interface LocatedRecord {
  record: NormalisedRecord;
  fields: PlaceFields;
  hash: string;
}

function sourceEntry(target: WriteTarget, located: LocatedRecord, firstSeenAt: Date) {
  return {
    sourceId: target.sourceId,
    name: target.sourceName,
    licence: target.licence,
    attribution: located.record.attribution ?? target.attribution,
    externalId: located.record.externalId,
    url: located.record.url,
    firstSeenAt,
    lastSeenAt: target.now,
    missed: false,
    hash: located.hash,
  };
}

const mergeInput = (target: WriteTarget) => ({
  sourceId: String(target.sourceId),
  priority: target.priority,
  priorities: target.priorities,
});

/** The source as the rule of place.policy.ts sees it. */
export const writingSource = (target: WriteTarget): WritingSource => ({
  id: String(target.sourceId),
  organizationId: target.organizationId ? String(target.organizationId) : null,
  priority: target.priority,
});

const importActor = (target: WriteTarget): Actor => ({
  type: 'IMPORT',
  sourceId: String(target.sourceId),
  sourceName: target.sourceName,
  importRunId: target.importRunId ?? null,
});

export const writeDeps = (target: WriteTarget): PlaceWriteDeps => ({
  apply: target.onWritten,
  importRunId: target.importRunId,
});

/** Creates the places of new records (through the places module), owned by the source's organisation. */
export function createPlaces(
  target: WriteTarget,
  records: LocatedRecord[],
  slugs: SlugAllocator,
): Promise<Types.ObjectId[]> {
  const places = records.map((located) => {
    const merged = mergeRecord(null, located.fields, mergeInput(target));
    return {
      doc: {
        ...expand(merged.set),
        provenance: merged.provenance,
        sources: [sourceEntry(target, located, target.now)],
      },
      name: located.fields.name,
      commune: located.fields['address.commune'],
    };
  });
  return createImportedPlaces(
    { sourceId: target.sourceId, organizationId: target.organizationId, actor: importActor(target) },
    places,
    slugs,
    writeDeps(target),
  );
}

/** "address.street" paths → nested objects, for documents built from scratch. */
function expand(flat: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, Record<string, unknown> | unknown> = {};
  for (const [path, value] of Object.entries(flat)) {
    const [head, tail] = path.split('.') as [string, string | undefined];
    if (tail) out[head] = { ...((out[head] as Record<string, unknown>) ?? {}), [tail]: value };
    else out[head] = value;
  }
  return out;
}

/** `refused`: the source may not write this place (the reason says why); it belongs in the review queue. */
export type MergeOutcome = { outcome: 'updated' } | { outcome: 'missing' } | { outcome: 'refused'; reason: string };

/**
 * Merges a record into a stored place (its own, or the place it was matched to) through the places
 * module's write primitive, which recomputes the merge from the stored place on conflict. The rule of
 * place.policy.ts (sourceAccess) is checked there too, on the place as stored at that instant. A
 * place the import itself had closed is published again.
 */
export async function mergeIntoPlace(
  target: WriteTarget,
  placeId: Types.ObjectId | string,
  located: LocatedRecord,
  how: SourceWrite,
): Promise<MergeOutcome> {
  const { result } = await writePlace<MergeOutcome>(
    placeId,
    (place) => {
      if (!place) return { result: { outcome: 'missing' } };
      const access = placePolicy.sourceAccess(writingSource(target), place, how, target.priorities);
      if (!access.allowed) return { result: { outcome: 'refused', reason: access.reason } };
      return { set: mergeSet(target, place, located), audit: importAudit(target), result: { outcome: 'updated' } };
    },
    writeDeps(target),
  );
  return result;
}

const importAudit = (target: WriteTarget) => ({ action: 'IMPORT' as const, actor: importActor(target) });

function mergeSet(target: WriteTarget, place: StoredPlace, located: LocatedRecord): Record<string, unknown> {
  const merged = mergeRecord(place as unknown as StoredFields, located.fields, mergeInput(target));
  const sources = [...place.sources];
  const index = sources.findIndex(
    (s) => String(s.sourceId) === String(target.sourceId) && s.externalId === located.record.externalId,
  );
  const entry = sourceEntry(target, located, index >= 0 ? sources[index]!.firstSeenAt : target.now);
  if (index >= 0) sources[index] = entry as (typeof sources)[number];
  else sources.push(entry as (typeof sources)[number]);
  const set: Record<string, unknown> = { ...merged.set, provenance: merged.provenance, sources };
  const statusKey = provenanceKey('status');
  if (
    place.status === 'CLOSED' &&
    merged.provenance[statusKey] === 'import' &&
    !(place.overrides ?? []).includes('status')
  ) {
    set.status = 'PUBLISHED';
    const provenance = { ...merged.provenance };
    delete provenance[statusKey];
    set.provenance = provenance;
  }
  return set;
}

export type Retirement = 'closed' | 'detached' | 'unchanged';
type RetireAudit = { action: 'IMPORT' | 'STATUS'; actor: Actor; note?: string };

/**
 * What retiring `place` from the source does, and the write: drop its entry, and close the place (never
 * delete) when no other source lists it and this source created it (place.policy.ts, sourceMayClose); a
 * place it did not create stays as it is, without its entry. Staff-closed or archived places are left
 * alone. `close: false` only detaches (staff said the record is another place). Pure: a run asks it
 * first for every vanished place to know how many would close (runs/close-vanished.ts).
 */
export function planRetirement(
  target: WriteTarget,
  place: StoredPlace | null,
  options: { close: boolean; audit?: { actor: Actor; note: string } },
): { result: Retirement; set?: Record<string, unknown>; audit?: RetireAudit } {
  if (!place || place.status === 'CLOSED' || place.status === 'ARCHIVED') return { result: 'unchanged' };
  const others = place.sources.filter((s) => String(s.sourceId) !== String(target.sourceId));
  if (others.length === place.sources.length) return { result: 'unchanged' };
  const audit: RetireAudit = options.audit ? { action: 'STATUS', ...options.audit } : importAudit(target);
  const detach = { set: { sources: others }, audit: importAudit(target) as RetireAudit, result: 'detached' as const };
  if (others.length > 0 || !options.close) return detach;
  if ((place.overrides ?? []).includes('status')) return { result: 'unchanged' };
  if (!placePolicy.sourceMayClose(writingSource(target), place)) return detach;
  const provenance = {
    ...((place.provenance ?? {}) as Record<string, string>),
    [provenanceKey('status')]: 'import',
  };
  return { set: { status: 'CLOSED', provenance }, audit, result: 'closed' };
}

/**
 * The source no longer lists this place (planRetirement says what that does), through the places
 * module's write primitive. `audit`: who decided, when staff confirmed a closure a run held back.
 */
export async function retireFromSource(
  target: WriteTarget,
  placeId: Types.ObjectId,
  options: { close: boolean; audit?: { actor: Actor; note: string } } = { close: true },
): Promise<Retirement> {
  const { result } = await writePlace<Retirement>(
    placeId,
    (place) => {
      const plan = planRetirement(target, place, options);
      return plan.set ? { set: plan.set, audit: plan.audit!, result: plan.result } : { result: plan.result };
    },
    writeDeps(target),
  );
  return result;
}
