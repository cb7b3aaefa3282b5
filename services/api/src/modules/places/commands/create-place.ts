import { recordPlaceChange } from '../../audit';
import { recordPlaceWrites } from '../../changes';
import type { Actor } from '../../../shared/viewer';
import { EDITOR, provenanceKey } from '../provenance';
import { setPath, type FieldProblem, type PlaceChanges } from '../place-fields';
import { PlaceModel } from '../place.model';
import { uniqueSlug } from '../slug';
import type { PlaceStatus, StoredPlace, WriteDeps } from './update-place';

const REQUIRED: { field: keyof PlaceChanges; message: string }[] = [
  { field: 'name', message: 'A place needs a name.' },
  { field: 'kind', message: 'A place needs a kind.' },
  { field: 'location', message: 'A place needs a location on the map.' },
];

/**
 * Creates a place by hand (staff form or accepted suggestion). Every field given is an editor
 * override, so a source that later matches this place cannot overwrite it.
 */
export async function createPlace(
  input: {
    changes: PlaceChanges;
    status: PlaceStatus;
    organizationId: string | null;
    actor: Actor;
    note?: string | null;
  },
  deps: WriteDeps,
): Promise<{ ok: true; place: StoredPlace } | { ok: false; problems: FieldProblem[] }> {
  const problems = REQUIRED.filter(({ field }) => input.changes[field] == null).map(({ field, message }) => ({
    field,
    message,
  }));
  if (problems.length > 0) return { ok: false, problems };

  const doc: Record<string, unknown> = {};
  const provenance: Record<string, string> = {};
  for (const [field, value] of Object.entries(input.changes)) {
    setPath(doc, field, value);
    provenance[provenanceKey(field)] = EDITOR;
  }
  const address = doc.address as { commune?: string | null } | undefined;
  const created = await PlaceModel.create({
    ...doc,
    slug: await uniqueSlug(String(input.changes.name), address?.commune ?? null),
    status: input.status,
    organizationId: input.organizationId,
    overrides: Object.keys(input.changes),
    provenance,
    version: 1,
  });
  const place = created.toObject() as unknown as StoredPlace;
  await recordPlaceChange(
    {
      placeId: place._id,
      action: 'CREATE',
      actor: input.actor,
      changes: Object.entries(input.changes).map(([field, after]) => ({ field, before: null, after })),
      version: 1,
      note: input.note ?? null,
    },
    deps.logger,
  );
  await recordPlaceWrites([{ before: null, after: place, fields: Object.keys(input.changes) }], deps.logger);
  deps.directory.apply(place);
  return { ok: true, place };
}
