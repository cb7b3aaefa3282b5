import type { Response } from 'express';
import { AppError, ErrorCode, type ErrorReason, refusal } from './errors';

export const ROLES = ['ADMIN', 'EDITOR', 'STRUCTURE', 'MODERATOR', 'COLLECTIVITY'] as const;
export type Role = (typeof ROLES)[number];

/** Who is calling: nobody, a signed-in staff user, or the REEMPLOI_ADMIN_TOKEN (acts as an admin). */
export type Viewer =
  | { kind: 'anonymous' }
  | { kind: 'user'; userId: string; email: string; role: Role; organizationId: string | null; sessionId: string }
  | { kind: 'admin-token'; role: 'ADMIN'; organizationId: null };

export type StaffViewer = Exclude<Viewer, { kind: 'anonymous' }>;

export const ANONYMOUS: Viewer = { kind: 'anonymous' };
/** The viewer of a request, as auth's `authenticate` middleware leaves it in res.locals. */
export const viewerOf = (res: Response): Viewer => (res.locals.viewer as Viewer | undefined) ?? ANONYMOUS;

export const ADMIN_TOKEN_VIEWER: Viewer = { kind: 'admin-token', role: 'ADMIN', organizationId: null };

/** The staff viewer, or UNAUTHENTICATED. */
export function requireStaff(viewer: Viewer): StaffViewer {
  if (viewer.kind === 'anonymous') throw new AppError(ErrorCode.UNAUTHENTICATED, 'Sign in to the back-office first.');
  return viewer;
}

/**
 * The database filter of an organisation's records for a staff member: theirs, or none at all for an account
 * without an organisation (`{ organizationId: null }` would match every record that has none).
 */
export const ownOrganization = (staff: StaffViewer): Record<string, unknown> =>
  staff.organizationId === null ? { _id: { $in: [] } } : { organizationId: staff.organizationId };

/** FORBIDDEN, saying why (the role, or another organisation's data…). */
export const forbidden = (reason: ErrorReason, message: string) => refusal(reason, message);

/** Who made a change, as recorded in the audit trail. */
export interface Actor {
  type: 'USER' | 'ADMIN_TOKEN' | 'IMPORT' | 'SUGGESTION' | 'SYSTEM';
  userId?: string | null;
  email?: string | null;
  sourceId?: string | null;
  sourceName?: string | null;
  importRunId?: string | null;
  suggestionId?: string | null;
}

export function actorOf(viewer: StaffViewer): Actor {
  return viewer.kind === 'user'
    ? { type: 'USER', userId: viewer.userId, email: viewer.email }
    : { type: 'ADMIN_TOKEN' };
}
