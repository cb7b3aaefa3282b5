import { isValidObjectId } from 'mongoose';
import { badInput } from '../../shared/errors';
import { forbidden, requireStaff, type StaffViewer, type Viewer } from '../../shared/viewer';

const MODERATORS = new Set(['ADMIN', 'EDITOR', 'MODERATOR']);

/**
 * Authorization of the resource board. A STRUCTURE account posts, edits and closes its own
 * organisation's posts; an ADMIN any; ADMIN, EDITOR and MODERATOR hide and restore. Anonymous visitors
 * read open offers; every signed-in account reads offers and needs, with their contact.
 */
export const boardPolicy = {
  /** The organisation a post is created for. */
  postFor(viewer: Viewer, asked: string | null | undefined): { staff: StaffViewer; organizationId: string } {
    const staff = requireStaff(viewer);
    if (staff.role === 'ADMIN') {
      if (!asked) throw badInput('Name the organisation the post is for.', 'organizationId');
      if (!isValidObjectId(asked))
        throw badInput(`"${asked.slice(0, 40)}" is not an organisation id.`, 'organizationId');
      return { staff, organizationId: asked };
    }
    if (staff.role !== 'STRUCTURE' || !staff.organizationId)
      throw forbidden('ROLE_NOT_ALLOWED', 'Only a structure account (or an administrator) posts on the board.');
    if (asked && asked !== staff.organizationId)
      throw forbidden('OTHER_ORGANIZATION', 'A structure account posts for its own organisation only.');
    return { staff, organizationId: staff.organizationId };
  },

  /** Whether the viewer may edit and close a post (no throw: `BoardPost.editable`). */
  canEdit(viewer: Viewer, post: { organizationId: { toString(): string } }): boolean {
    if (viewer.kind === 'anonymous') return false;
    if (viewer.role === 'ADMIN') return true;
    return viewer.role === 'STRUCTURE' && viewer.organizationId === post.organizationId.toString();
  },

  edit(viewer: Viewer, post: { organizationId: { toString(): string } }): StaffViewer {
    const staff = requireStaff(viewer);
    if (this.canEdit(staff, post)) return staff;
    if (staff.role !== 'STRUCTURE')
      throw forbidden('ROLE_NOT_ALLOWED', 'Only the post’s structure (or an administrator) edits it.');
    throw forbidden('OTHER_ORGANIZATION', 'This post belongs to another structure.');
  },

  isModerator: (viewer: Viewer) => viewer.kind !== 'anonymous' && MODERATORS.has(viewer.role),

  moderate(viewer: Viewer): StaffViewer {
    const staff = requireStaff(viewer);
    if (!this.isModerator(staff))
      throw forbidden('ROLE_NOT_ALLOWED', 'Only administrators, editors and moderators hide posts.');
    return staff;
  },

  /** Needs and contacts are for signed-in accounts; anonymous visitors read offers. */
  readsNetwork: (viewer: Viewer) => viewer.kind !== 'anonymous',

  /** Whether the viewer reads a post that is not on the board (closed, hidden, expired). */
  readsOffBoard(viewer: Viewer, post: { organizationId: { toString(): string } }): boolean {
    return (
      this.isModerator(viewer) ||
      (viewer.kind !== 'anonymous' && viewer.organizationId === post.organizationId.toString())
    );
  },

  subscribe(viewer: Viewer, asked: string | null | undefined): { staff: StaffViewer; organizationId: string } {
    return this.postFor(viewer, asked);
  },
};
