import { isValidObjectId, mongo } from 'mongoose';
import { AppError, ErrorCode, badInput, notFound, refusal } from '../../shared/errors';
import type { StaffViewer } from '../../shared/viewer';
import { OrganizationModel } from '../organizations';
import {
  type DeclarationStatus,
  ImpactDeclarationModel,
  type ImpactDeclarationRecord,
} from './impact-declaration.model';
import type { ImpactLine } from './impact-lines';

export type Declaration = ImpactDeclarationRecord & { organizationName: string | null };

export interface NewDeclaration {
  organizationId: string;
  month: string;
  inseeCode: string;
  lines: ImpactLine[];
  channel: 'FORM' | 'CSV';
  refusedRows: number;
}

const REASON_MAX = 500;
const byWhom = (staff: StaffViewer) => (staff.kind === 'user' ? staff.email : 'admin-token');

/** The organisation, or BAD_USER_INPUT (an unknown id is the caller's mistake). */
export async function requireOrganization(organizationId: string): Promise<string> {
  if (!isValidObjectId(organizationId) || !(await OrganizationModel.exists({ _id: organizationId })))
    throw badInput(`"${organizationId}" is not an organisation.`, 'organizationId');
  return organizationId;
}

async function withNames(records: ImpactDeclarationRecord[]): Promise<Declaration[]> {
  const ids = [...new Set(records.map((r) => String(r.organizationId)))];
  const orgs = await OrganizationModel.find({ _id: { $in: ids } }, { name: 1 }).lean();
  const names = new Map(orgs.map((o) => [String(o._id), o.name]));
  return records.map((r) => ({ ...r, organizationName: names.get(String(r.organizationId)) ?? null }));
}

/**
 * Stores a month as a new version: version 1, or the latest + 1. A pending earlier version is superseded
 * at once (the new one replaces it); a validated one stays counted until this one is validated.
 */
export async function submitDeclaration(input: NewDeclaration, staff: StaffViewer, now: Date): Promise<Declaration> {
  const { organizationId, month } = input;
  const latest = await ImpactDeclarationModel.findOne({ organizationId, month }, { version: 1 })
    .sort({ version: -1 })
    .lean();
  const version = (latest?.version ?? 0) + 1;
  let created;
  try {
    created = await ImpactDeclarationModel.create({
      ...input,
      version,
      status: 'PENDING',
      submittedBy: byWhom(staff),
      submittedAt: now,
    });
  } catch (error) {
    if (error instanceof mongo.MongoServerError && error.code === 11000)
      throw refusal('CONCURRENT_WRITE', `${month} was declared by someone else at the same moment: reload and retry.`);
    throw error;
  }
  await ImpactDeclarationModel.updateMany(
    { organizationId, month, status: 'PENDING', version: { $lt: version } },
    { $set: { status: 'SUPERSEDED' } },
  );
  return (await withNames([created.toObject() as ImpactDeclarationRecord]))[0]!;
}

async function pendingDeclaration(id: string): Promise<ImpactDeclarationRecord> {
  const found = isValidObjectId(id) ? await ImpactDeclarationModel.findById(id).lean() : null;
  if (!found) throw notFound(`No declaration ${id}.`);
  if (found.status !== 'PENDING')
    throw refusal('ALREADY_REVIEWED', `This declaration is ${found.status.toLowerCase()}, not waiting for review.`);
  return found as ImpactDeclarationRecord;
}

async function review(id: string, update: Record<string, unknown>): Promise<Declaration> {
  const updated = await ImpactDeclarationModel.findOneAndUpdate(
    { _id: id, status: 'PENDING' },
    { $set: update },
    { returnDocument: 'after' },
  ).lean();
  if (!updated) throw refusal('ALREADY_REVIEWED', 'Someone reviewed this declaration meanwhile.');
  return (await withNames([updated as ImpactDeclarationRecord]))[0]!;
}

/** Validates a pending version: it counts from now on, and the month's earlier validated version is history. */
export async function validateDeclaration(id: string, staff: StaffViewer, now: Date): Promise<Declaration> {
  const pending = await pendingDeclaration(id);
  const validated = await review(id, { status: 'VALIDATED', reviewedBy: byWhom(staff), reviewedAt: now });
  await ImpactDeclarationModel.updateMany(
    {
      organizationId: pending.organizationId,
      month: pending.month,
      status: 'VALIDATED',
      version: { $lt: pending.version },
    },
    { $set: { status: 'SUPERSEDED' } },
  );
  return validated;
}

export async function rejectDeclaration(
  id: string,
  reason: string,
  staff: StaffViewer,
  now: Date,
): Promise<Declaration> {
  const text = reason.trim();
  if (text.length < 3 || text.length > REASON_MAX)
    throw new AppError(ErrorCode.BAD_USER_INPUT, `Give the structure a reason (3 to ${REASON_MAX} characters).`, {
      field: 'reason',
      problem: 'REASON_REQUIRED',
    });
  await pendingDeclaration(id);
  return review(id, {
    status: 'REJECTED',
    rejectionReason: text,
    reviewedBy: byWhom(staff),
    reviewedAt: now,
  });
}

export interface DeclarationFilter {
  organizationId: string | null;
  status: DeclarationStatus | null;
  month: string | null;
  first: number;
}

/** Declarations, latest month and version first. */
export async function listDeclarations(filter: DeclarationFilter): Promise<Declaration[]> {
  const query: Record<string, unknown> = {};
  if (filter.organizationId) query.organizationId = filter.organizationId;
  if (filter.status) query.status = filter.status;
  if (filter.month) query.month = filter.month;
  const records = await ImpactDeclarationModel.find(query)
    .sort({ month: -1, organizationId: 1, version: -1 })
    .limit(filter.first)
    .lean();
  return withNames(records as ImpactDeclarationRecord[]);
}
