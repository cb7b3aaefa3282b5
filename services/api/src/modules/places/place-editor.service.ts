import { isValidObjectId } from 'mongoose';
import { z } from 'zod';
import { AppError, ErrorCode, badInput } from '../../shared/errors';
import type { Logger } from '../../shared/logger';
import { auditEvent, placeHistory, type StoredAuditEvent } from '../audit';
import { withCreatedValues } from './created-values';
import { PlaceModel } from './place.model';
import { actorOf, type StaffViewer, type Viewer } from '../../shared/viewer';
import { createPlace } from './commands/create-place';
import { loadPlace, updatePlace, type PlaceStatus, type StoredPlace } from './commands/update-place';
import type { DirectoryService } from './directory.service';
import { isEditableField, parsePlaceFields, type FieldProblem } from './place-fields';
import { placePolicy } from './place.policy';
import { listPlacesToVerify, listStaffPlaces, type StaffPlacesArgs } from './staff-place-query';
import { confirmPlace } from './commands/confirm-place';
import type { Confirmation } from './freshness';
import { OrganizationModel } from '../organizations';

export type EditResult = { place: StoredPlace | null; problems: FieldProblem[] };
export interface VersionedId {
  id: string;
  version: number;
}
export interface BulkItemResult {
  id: string;
  place: StoredPlace | null;
  error: { code: string; reason: string | null; message: string } | null;
}

const MAX_BULK = 200;
const noteSchema = z.string().trim().max(2000).nullish();

/** An import's CREATE event with the values it created (created-values.ts), from its place's whole history. */
async function withItsCreatedValues(event: StoredAuditEvent): Promise<StoredAuditEvent> {
  const place = await PlaceModel.findOne({ _id: event.placeId }).lean();
  if (!place) return event;
  const events = withCreatedValues(await placeHistory(event.placeId, 0), place);
  return events.find((e) => String(e._id) === String(event._id)) ?? event;
}

/**
 * Who a person's edit or confirmation is shown as: a structure by its organisation's name; the
 * syndicate's staff as « l'équipe » (no person's name or e-mail in the public API; the history keeps who).
 */
async function confirmer(staff: StaffViewer): Promise<Confirmation['by']> {
  if (staff.role !== 'STRUCTURE' || !staff.organizationId) return { type: 'STAFF', name: null };
  const organization = await OrganizationModel.findOne({ _id: staff.organizationId }, { name: 1 }).lean();
  return { type: 'STRUCTURE', name: organization?.name ?? null };
}

/** Staff work on places: each method authorizes with placePolicy, validates, then runs one command. */
export class PlaceEditor {
  private readonly deps: { directory: DirectoryService; logger: Logger };

  constructor(directory: DirectoryService, logger: Logger) {
    this.deps = { directory, logger };
  }

  list(viewer: Viewer, args: StaffPlacesArgs) {
    return listStaffPlaces(placePolicy.scope(viewer), args);
  }

  async get(viewer: Viewer, id: string): Promise<StoredPlace> {
    const place = await loadPlace(id);
    placePolicy.view(viewer, place);
    return place;
  }

  async create(
    viewer: Viewer,
    input: { fields: unknown; status?: PlaceStatus | null; organizationId?: string | null },
  ): Promise<EditResult> {
    if (input.organizationId != null && !isValidObjectId(input.organizationId))
      throw badInput('Not an organisation id.', 'organizationId');
    const { staff, organizationId } = placePolicy.create(viewer, input.organizationId);
    const parsed = parsePlaceFields(input.fields);
    if (!parsed.ok) return { place: null, problems: parsed.problems };
    const status = input.status ?? 'DRAFT';
    if (status !== 'DRAFT' && status !== 'PUBLISHED') throw badInput('A new place is a DRAFT or PUBLISHED.', 'status');
    const result = await createPlace(
      { changes: parsed.changes, status, organizationId, actor: actorOf(staff) },
      this.deps,
    );
    return result.ok ? { place: result.place, problems: [] } : { place: null, problems: result.problems };
  }

  async update(viewer: Viewer, id: string, version: number, fields: unknown): Promise<EditResult> {
    const staff = placePolicy.edit(viewer, await loadPlace(id));
    const parsed = parsePlaceFields(fields);
    if (!parsed.ok) return { place: null, problems: parsed.problems };
    const place = await updatePlace(
      {
        placeId: id,
        expectedVersion: version,
        changes: parsed.changes,
        overrides: { mode: 'set', fields: [] },
        actor: actorOf(staff),
        action: 'UPDATE',
        confirmation: await confirmer(staff),
      },
      this.deps,
    );
    return { place, problems: [] };
  }

  /** Publish a draft, close, or reopen. A status set by staff is an override: imports neither reopen nor close the place until it is cleared. */
  async setStatus(
    viewer: Viewer,
    id: string,
    version: number,
    status: PlaceStatus,
    note?: string | null,
  ): Promise<StoredPlace> {
    const staff = placePolicy.edit(viewer, await loadPlace(id));
    return updatePlace(
      {
        placeId: id,
        expectedVersion: version,
        status,
        overrides: { mode: 'set', fields: [] },
        actor: actorOf(staff),
        action: 'STATUS',
        note: noteSchema.parse(note),
        confirmation: status === 'PUBLISHED' ? await confirmer(staff) : null,
      },
      this.deps,
    );
  }

  /** « Toujours exact » : the structure (or staff) confirms the listing without changing it. */
  async confirm(viewer: Viewer, id: string): Promise<StoredPlace> {
    const staff = placePolicy.confirm(viewer, await loadPlace(id));
    return confirmPlace({ placeId: id, by: await confirmer(staff), actor: actorOf(staff) }, this.deps);
  }

  /** Published places not confirmed for a year, oldest first (the « À vérifier » list). */
  toVerify(viewer: Viewer, args: { first?: number | null; after?: string | null }, now: Date) {
    return listPlacesToVerify(
      placePolicy.scope(viewer),
      args,
      (place) => this.deps.directory.lastConfirmation(place),
      now,
    );
  }

  /** Hands a field back to the sources: their next import writes it again, even from an unchanged file. */
  async clearOverride(viewer: Viewer, id: string, version: number, field: string): Promise<StoredPlace> {
    const place = await loadPlace(id);
    const staff = placePolicy.edit(viewer, place);
    if (!place.overrides.includes(field)) throw badInput(`"${field}" is not overridden on this place.`, 'field');
    return updatePlace(
      {
        placeId: id,
        expectedVersion: version,
        overrides: { mode: 'clear', fields: [field] },
        actor: actorOf(staff),
        action: 'CLEAR_OVERRIDE',
        note: `Override of ${field} cleared`,
      },
      this.deps,
    );
  }

  /** Restores the value a field had before one recorded change (admin); it becomes an editor override. */
  async revertField(viewer: Viewer, eventId: string, field: string, version: number): Promise<StoredPlace> {
    const staff = placePolicy.revert(viewer);
    const stored = isValidObjectId(eventId) ? await auditEvent(eventId) : null;
    const event = stored?.changesOmitted ? await withItsCreatedValues(stored) : stored;
    const change = event?.changes.find((c) => c.field === field);
    if (!event || !change) throw new AppError(ErrorCode.NOT_FOUND, 'No such change in the history of this place.');
    if (field === 'status') {
      return updatePlace(
        {
          placeId: event.placeId.toString(),
          expectedVersion: version,
          status: change.before as PlaceStatus,
          overrides: { mode: 'set', fields: [] },
          actor: actorOf(staff),
          action: 'REVERT',
          note: `Reverted change ${eventId}`,
        },
        this.deps,
      );
    }
    if (!isEditableField(field)) throw badInput(`"${field}" cannot be reverted.`, 'field');
    return updatePlace(
      {
        placeId: event.placeId.toString(),
        expectedVersion: version,
        changes: { [field]: change.before ?? null },
        overrides: { mode: 'set', fields: [field] },
        actor: actorOf(staff),
        action: 'REVERT',
        note: `Reverted change ${eventId}`,
      },
      this.deps,
    );
  }

  async history(viewer: Viewer, placeId: string, first: number | null | undefined) {
    const place = await loadPlace(placeId);
    placePolicy.view(viewer, place);
    return withCreatedValues(await placeHistory(placeId, Math.min(Math.max(first ?? 50, 1), 200)), place);
  }

  bulkClose(viewer: Viewer, items: VersionedId[], note?: string | null): Promise<BulkItemResult[]> {
    return this.bulk(viewer, items, (item, staff) =>
      updatePlace(
        {
          placeId: item.id,
          expectedVersion: item.version,
          status: 'CLOSED',
          overrides: { mode: 'set', fields: [] },
          actor: actorOf(staff),
          action: 'STATUS',
          note: noteSchema.parse(note),
        },
        this.deps,
      ),
    );
  }

  async bulkSetOpeningHours(
    viewer: Viewer,
    items: VersionedId[],
    openingHours: string | null,
  ): Promise<{ results: BulkItemResult[]; problems: FieldProblem[] }> {
    const parsed = parsePlaceFields({ openingHours });
    if (!parsed.ok) return { results: [], problems: parsed.problems };
    const results = await this.bulk(viewer, items, async (item, staff) =>
      updatePlace(
        {
          placeId: item.id,
          expectedVersion: item.version,
          changes: parsed.changes,
          overrides: { mode: 'set', fields: [] },
          actor: actorOf(staff),
          action: 'UPDATE',
          confirmation: await confirmer(staff),
        },
        this.deps,
      ),
    );
    return { results, problems: [] };
  }

  /** All or nothing for permissions (FORBIDDEN before any write); then place by place, conflicts reported per place. */
  private async bulk(
    viewer: Viewer,
    items: VersionedId[],
    write: (item: VersionedId, staff: ReturnType<typeof placePolicy.edit>) => Promise<StoredPlace>,
  ): Promise<BulkItemResult[]> {
    if (items.length === 0 || items.length > MAX_BULK)
      throw badInput(`Choose between 1 and ${MAX_BULK} places.`, 'places');
    const staffs = [];
    for (const item of items) staffs.push(placePolicy.edit(viewer, await loadPlace(item.id)));
    const results: BulkItemResult[] = [];
    for (const [i, item] of items.entries()) {
      try {
        results.push({ id: item.id, place: await write(item, staffs[i]!), error: null });
      } catch (error) {
        if (!(error instanceof AppError) || error.code !== ErrorCode.CONFLICT) throw error;
        results.push({
          id: item.id,
          place: null,
          error: { code: error.code, reason: error.reason ?? null, message: error.message },
        });
      }
    }
    return results;
  }
}
