import { forbidden, ownOrganization, requireStaff, type StaffViewer, type Viewer } from '../../shared/viewer';

type OwnedPlace = { organizationId?: { toString(): string } | null };
type Id = { toString(): string };

/** An importing source as the rule sees it. `organizationId` null: the syndicate's own, managed by administrators only. */
export interface WritingSource {
  id: string;
  organizationId: string | null;
  priority: number;
}
/** What the rule reads of a place. */
export interface SourcedPlace extends OwnedPlace {
  createdBySourceId?: Id | null;
  overrides?: string[] | null;
  provenance?: unknown;
  sources?: { sourceId: Id }[] | null;
}
/**
 * How the source comes to write the place: `listed`, a record it already lists on the place; `match`, a
 * record of it the matcher found to be this place; `approved`, staff allowed to edit the place accepted
 * the match in the review queue.
 */
export type SourceWrite = 'listed' | 'match' | 'approved';
export type SourceAccess = { allowed: true } | { allowed: false; reason: string };

const EDITOR = 'editor'; // provenance of a field set by hand (places/provenance.ts)
const refuse = (reason: string): SourceAccess => ({ allowed: false, reason });

/** A source acts with its owner's authority: an organisation's, over that organisation's places only. */
function sourceAuthority(source: WritingSource, place: SourcedPlace): SourceAccess {
  if (source.organizationId === null) return { allowed: true };
  if (place.organizationId?.toString() === source.organizationId) return { allowed: true };
  return refuse(
    place.organizationId
      ? 'the place belongs to another organisation'
      : 'the place belongs to no organisation (created by staff or demo data)',
  );
}

/**
 * The roles that write their own organisation's places (ADMIN writes every place). An allow-list: a role
 * added later (COLLECTIVITY was) writes no place until it is named here.
 */
const WRITES_OWN_PLACES: ReadonlySet<string> = new Set(['EDITOR', 'STRUCTURE']);

/** The staff member if their role writes places (and their events); the others (moderators, collectivities) are refused. */
function placeWriter(
  viewer: Viewer,
  moderatorMessage: string,
  othersMessage = 'Only editors and structures change their organisation’s places.',
): StaffViewer {
  const staff = requireStaff(viewer);
  if (staff.role === 'ADMIN' || WRITES_OWN_PLACES.has(staff.role)) return staff;
  throw forbidden('ROLE_NOT_ALLOWED', staff.role === 'MODERATOR' ? moderatorMessage : othersMessage);
}

const ownsPlace = (viewer: StaffViewer, place: OwnedPlace) =>
  viewer.organizationId !== null && place.organizationId?.toString() === viewer.organizationId;

/**
 * Authorization of the places domain, the one place that says who may see and change which place.
 * ADMIN: every place. EDITOR and STRUCTURE: the places of their organisation. MODERATOR: reads every
 * place (to judge suggestions) but changes places only by accepting suggestions (suggestion policy).
 * COLLECTIVITY: reads its organisation's places, changes none.
 */
export const placePolicy = {
  /** The database filter of the places a viewer may list in the back-office. */
  scope(viewer: Viewer): Record<string, unknown> {
    const staff = requireStaff(viewer);
    if (staff.role === 'ADMIN' || staff.role === 'MODERATOR') return {};
    return ownOrganization(staff);
  },

  view(viewer: Viewer, place: OwnedPlace): StaffViewer {
    const staff = requireStaff(viewer);
    if (staff.role === 'ADMIN' || staff.role === 'MODERATOR' || ownsPlace(staff, place)) return staff;
    throw forbidden('OTHER_ORGANIZATION', 'This place belongs to another organisation.');
  },

  /** A role that writes places (ADMIN, EDITOR, STRUCTURE), whichever place: events at no place use it too. */
  writer: placeWriter,

  edit(viewer: Viewer, place: OwnedPlace): StaffViewer {
    const staff = placeWriter(viewer, 'Moderators change places only by accepting suggestions.');
    if (staff.role === 'ADMIN') return staff;
    if (!ownsPlace(staff, place)) throw forbidden('OTHER_ORGANIZATION', 'This place belongs to another organisation.');
    return staff;
  },

  /**
   * Saying a listing is still accurate: a structure (or editor) for its organisation's places, an
   * administrator for any; moderators do not vouch for places.
   */
  confirm(viewer: Viewer, place: OwnedPlace): StaffViewer {
    const staff = requireStaff(viewer);
    if (staff.role === 'MODERATOR')
      throw forbidden('ROLE_NOT_ALLOWED', 'Moderators do not confirm places; the structure or an editor does.');
    return placePolicy.edit(viewer, place);
  },

  /** Creating a place for `organizationId`; returns the organisation the place will belong to. */
  create(
    viewer: Viewer,
    organizationId: string | null | undefined,
  ): { staff: StaffViewer; organizationId: string | null } {
    const staff = placeWriter(viewer, 'Moderators do not create places.');
    if (staff.role === 'ADMIN') return { staff, organizationId: organizationId ?? null };
    if (organizationId != null && organizationId !== staff.organizationId)
      throw forbidden('OTHER_ORGANIZATION', 'You can only create places for your own organisation.');
    return { staff, organizationId: staff.organizationId };
  },

  /**
   * May an import of `source` write `place` (merge its record, add or refresh its own entry)? A source
   * of an organisation writes only places of that organisation; the syndicate's sources (no
   * organisation, administrators only) any place. A record the matcher found is merged straight away
   * only into a place an import created, with no field set by hand and no source of higher priority
   * listing it; anything else waits for staff in the review queue. A match staff accepted is allowed:
   * accepting it required the right to edit the place (`acceptMatch`).
   */
  sourceAccess(
    source: WritingSource,
    place: SourcedPlace,
    how: SourceWrite,
    priorities: ReadonlyMap<string, number>,
  ): SourceAccess {
    if (how === 'approved') return { allowed: true };
    const authority = sourceAuthority(source, place);
    if (!authority.allowed || how === 'listed') return authority;
    if (!place.createdBySourceId) return refuse('the place was created by hand');
    const provenance = Object.values((place.provenance ?? {}) as Record<string, unknown>);
    if ((place.overrides ?? []).length > 0 || provenance.includes(EDITOR))
      return refuse('staff set fields of the place by hand');
    const higher = (place.sources ?? []).some(
      (entry) => (priorities.get(entry.sourceId.toString()) ?? 0) > source.priority,
    );
    if (higher) return refuse('a source of higher priority lists the place');
    return { allowed: true };
  },

  /** A source closes only a place its own import created (and that its organisation may write). */
  sourceMayClose(source: WritingSource, place: SourcedPlace): boolean {
    return place.createdBySourceId?.toString() === source.id && sourceAuthority(source, place).allowed;
  },

  /**
   * Accepting a review-queue match as the same place: the source manager decides alone when the
   * source could have merged it itself; otherwise only someone who may edit the place.
   */
  acceptMatch(
    viewer: Viewer,
    source: WritingSource,
    place: SourcedPlace,
    priorities: ReadonlyMap<string, number>,
  ): void {
    if (placePolicy.sourceAccess(source, place, 'match', priorities).allowed) return;
    placePolicy.edit(viewer, place);
  },

  /** Restoring an earlier value from the history is an administrator's decision. */
  revert(viewer: Viewer): StaffViewer {
    const staff = requireStaff(viewer);
    if (staff.role !== 'ADMIN') throw forbidden('ROLE_NOT_ALLOWED', 'Only an administrator can revert a change.');
    return staff;
  },
};
