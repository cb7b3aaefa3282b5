import { randomUUID } from 'node:crypto';
import { composeOpeningHours } from '@reemploi/directory/hours-notices';
import { notFound } from '../../shared/errors';
import type { Logger } from '../../shared/logger';
import { actorOf, type Actor, type Viewer } from '../../shared/viewer';
import { type DirectoryService, type StoredPlace, loadPlace, placePolicy, selectPlaces, writePlace } from '../places';
import { NoticeProblem, isLive, localDay, noticeRefused, parseNotice, type NoticeInput } from './notice-input';

export interface NoticeTarget {
  placeIds?: readonly string[] | null;
  kinds?: readonly string[] | null;
  communes?: readonly string[] | null;
}
export interface NoticeDeps {
  directory: Pick<DirectoryService, 'apply'>;
  logger: Logger;
}
type StoredNotice = NonNullable<StoredPlace['notices']>[number];
type NewNotice = ReturnType<typeof parseNotice> & { id: string; createdAt: Date };

const MAX_PLACES = 500;
const MAX_NOTICES_PER_PLACE = 20;
const MAX_COMMUNES = 50;

/**
 * The places a notice goes to, every one checked with placePolicy.edit before anything is written (all
 * or nothing): explicit ids, plus the published or draft places of the caller's scope of some kinds
 * and/or communes (a STRUCTURE gets its own places only).
 */
async function targetPlaces(viewer: Viewer, target: NoticeTarget): Promise<StoredPlace[]> {
  const ids = [...new Set(target.placeIds ?? [])];
  const kinds = target.kinds ?? [];
  const communes = (target.communes ?? []).map((c) => c.trim()).filter(Boolean);
  if (communes.length > MAX_COMMUNES || communes.some((c) => c.length > 100))
    throw noticeRefused(NoticeProblem.TOO_LONG, 'communes', `At most ${MAX_COMMUNES} communes of 100 characters.`);
  if (ids.length === 0 && kinds.length === 0 && communes.length === 0)
    throw noticeRefused(NoticeProblem.NO_PLACES, 'target', 'Choose places, kinds or communes.');
  if (ids.length > MAX_PLACES)
    throw noticeRefused(NoticeProblem.TOO_MANY_PLACES, 'target', `At most ${MAX_PLACES} places at once.`);
  const places = new Map<string, StoredPlace>();
  for (const id of ids) places.set(id, await loadPlace(id));
  if (kinds.length > 0 || communes.length > 0)
    for (const place of await selectPlaces(placePolicy.scope(viewer), { kinds, communes }, MAX_PLACES))
      places.set(place._id.toString(), place);
  if (places.size === 0) throw noticeRefused(NoticeProblem.NO_PLACES, 'target', 'No place matches this selection.');
  if (places.size > MAX_PLACES)
    throw noticeRefused(NoticeProblem.TOO_MANY_PLACES, 'target', `At most ${MAX_PLACES} places at once.`);
  for (const place of places.values()) placePolicy.edit(viewer, place);
  return [...places.values()];
}

function describe(notice: NewNotice | StoredNotice): string {
  const period = notice.startsOn ? ` ${notice.startsOn} → ${notice.endsOn}` : '';
  const text = notice.reason ?? notice.message;
  return `${notice.kind}${period}${text ? ` (${text})` : ''}`;
}

/** The place's notices with `notice` added and those over before `today` dropped; throws when it cannot be. */
function withNotice(place: StoredPlace, notice: NewNotice, today: string): NewNotice[] {
  const kept = (place.notices ?? []).filter((n) => isLive(n, today)) as NewNotice[];
  if (kept.length >= MAX_NOTICES_PER_PLACE)
    throw noticeRefused(
      NoticeProblem.TOO_MANY_NOTICES,
      'notice',
      `"${place.name}" already has ${MAX_NOTICES_PER_PLACE} notices: remove one first.`,
    );
  const after = [...kept, notice];
  try {
    // The notices' own hours must combine; base hours an import wrote may not parse (public-place.ts).
    composeOpeningHours(null, after);
  } catch (error) {
    throw noticeRefused(NoticeProblem.INVALID_HOURS, 'notice', `These hours cannot be combined: ${String(error)}`);
  }
  return after;
}

/** Adds one notice to every target place, each through writePlace (audit, version, directories). */
export async function addNotice(
  viewer: Viewer,
  target: NoticeTarget,
  input: NoticeInput,
  now: Date,
  deps: NoticeDeps,
): Promise<{ notice: NewNotice; places: StoredPlace[] }> {
  const notice: NewNotice = { ...parseNotice(input, now), id: randomUUID(), createdAt: now };
  const today = localDay(now);
  const places = await targetPlaces(viewer, target);
  const actor = actorOf(placePolicy.edit(viewer, places[0]!));
  for (const place of places) withNotice(place, notice, today); // refuse before writing anything
  const written: StoredPlace[] = [];
  for (const place of places) {
    const { place: after } = await writePlace(
      place._id,
      (stored) => {
        if (!stored) return { result: null };
        const notices = withNotice(stored, notice, today);
        return {
          set: { notices },
          audit: audit(actor, stored, notices, `Notice added: ${describe(notice)}`),
          result: null,
        };
      },
      { apply: (p) => deps.directory.apply(p), logger: deps.logger },
    );
    if (after) written.push(after);
  }
  return { notice, places: written };
}

/** Removes a notice from the given places; NOT_FOUND when none of them carries it. */
export async function removeNotice(
  viewer: Viewer,
  noticeId: string,
  placeIds: readonly string[],
  now: Date,
  deps: NoticeDeps,
): Promise<StoredPlace[]> {
  if (placeIds.length === 0 || placeIds.length > MAX_PLACES)
    throw noticeRefused(NoticeProblem.NO_PLACES, 'placeIds', `Choose between 1 and ${MAX_PLACES} places.`);
  const places = await targetPlaces(viewer, { placeIds });
  if (!places.some((p) => (p.notices ?? []).some((n) => n.id === noticeId)))
    throw notFound('None of these places has this notice.');
  const actor = actorOf(placePolicy.edit(viewer, places[0]!));
  const today = localDay(now);
  const results: StoredPlace[] = [];
  for (const place of places) {
    const { place: after } = await writePlace(
      place._id,
      (stored) => {
        const removed = stored?.notices?.find((n) => n.id === noticeId);
        if (!stored || !removed) return { result: null };
        const notices = stored.notices.filter((n) => n.id !== noticeId && isLive(n, today));
        return {
          set: { notices },
          audit: audit(actor, stored, notices, `Notice removed: ${describe(removed)}`),
          result: null,
        };
      },
      { apply: (p) => deps.directory.apply(p), logger: deps.logger },
    );
    if (after) results.push(after);
  }
  return results;
}

function audit(actor: Actor, place: StoredPlace, after: unknown[], note: string) {
  return {
    action: 'UPDATE' as const,
    actor,
    changes: [{ field: 'notices', before: place.notices ?? [], after }],
    note,
  };
}
