import { badInput, ErrorReason, refusal } from '../../shared/errors';
import { forbidden, requireStaff, type StaffViewer, type Viewer } from '../../shared/viewer';
import { communeKey } from './network-index';
import { OrganizationModel } from './organization.model';
import { communeNameOf } from './territory-communes';

/**
 * A collectivity's territory: the communes of its organisation (none: it sees nothing non-public), by name,
 * as structures name the communes they cover (INSEE codes of the syndicate's communes are read as their names).
 */
export async function territoryOf(viewer: Viewer): Promise<string[]> {
  if (viewer.kind !== 'user' || viewer.role !== 'COLLECTIVITY' || !viewer.organizationId) return [];
  const org = await OrganizationModel.findById(viewer.organizationId).select('territory').lean();
  return (org?.territory ?? []).map(communeNameOf);
}

/** Authorization of the organisations domain. */
export const organizationPolicy = {
  /** The list is for administrators, who attach accounts to organisations. */
  list(viewer: Viewer): StaffViewer {
    const staff = requireStaff(viewer);
    if (staff.role !== 'ADMIN')
      throw forbidden('ROLE_NOT_ALLOWED', 'Only an administrator can list the organisations.');
    return staff;
  },

  /** An admin edits any profile; a structure account only its own organisation's. */
  editProfile(viewer: Viewer, organizationId: string): StaffViewer {
    const staff = requireStaff(viewer);
    if (staff.role === 'ADMIN') return staff;
    if (staff.role !== 'STRUCTURE')
      throw forbidden('ROLE_NOT_ALLOWED', 'Only a structure account (or an administrator) edits a profile.');
    if (staff.organizationId !== organizationId)
      throw forbidden('OTHER_ORGANIZATION', 'A structure account edits its own organisation’s profile only.');
    return staff;
  },

  /** Only administrators extend the competences vocabulary. */
  extendVocabulary(viewer: Viewer): StaffViewer {
    const staff = requireStaff(viewer);
    if (staff.role !== 'ADMIN') throw forbidden('ROLE_NOT_ALLOWED', 'Only an administrator adds competences.');
    return staff;
  },

  /**
   * Whether the viewer reads a structure's non-public parts (insertion jobs, contact person): admins,
   * the structure's own accounts, and a collectivity whose territory the structure covers.
   */
  readsPrivate(viewer: Viewer, structure: { id: string; communes: readonly string[] }, territory: string[]) {
    if (viewer.kind === 'anonymous') return false;
    if (viewer.role === 'ADMIN') return true;
    if (viewer.organizationId === structure.id) return true;
    if (viewer.role !== 'COLLECTIVITY') return false;
    const mine = new Set(territory.map(communeKey));
    return structure.communes.some((c) => mine.has(communeKey(c)));
  },

  /**
   * The network's gaps are for collectivities (their territory; none when it has no communes) and
   * administrators (communes they name).
   */
  gaps(viewer: Viewer, asked: string[] | null | undefined, territory: string[]): string[] {
    const staff = requireStaff(viewer);
    if ((asked?.length ?? 0) > 500) throw badInput('Ask for at most 500 communes.', 'communes');
    if (staff.role === 'ADMIN') {
      if (!asked?.length) throw badInput('Name the communes whose gaps you want.', 'communes');
      return asked;
    }
    if (staff.role !== 'COLLECTIVITY')
      throw forbidden('ROLE_NOT_ALLOWED', 'Only a collectivity (or an administrator) reads the network’s gaps.');
    if (!territory.length) return [];
    return this.searchCommunes(viewer, asked, territory) ?? [];
  },

  /**
   * A collectivity searches within its territory: without communes it gets them all; with communes
   * each must be in it, else FORBIDDEN (OUTSIDE_TERRITORY). Other viewers search as asked.
   */
  searchCommunes(viewer: Viewer, asked: string[] | null | undefined, territory: string[]): string[] | undefined {
    if (viewer.kind !== 'user' || viewer.role !== 'COLLECTIVITY') return asked ?? undefined;
    const mine = new Set(territory.map(communeKey));
    if (!asked?.length) return territory.length ? territory : ['\u0000none'];
    const outside = asked.filter((c) => !mine.has(communeKey(c)));
    if (outside.length)
      throw refusal(ErrorReason.OUTSIDE_TERRITORY, `Your territory does not include ${outside.join(', ')}.`, {
        field: 'filter.communes',
      });
    return asked;
  },
};
