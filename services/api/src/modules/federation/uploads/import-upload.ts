import type { Types } from 'mongoose';
import { forbidden, requireStaff, type StaffViewer, type Viewer } from '../../../shared/viewer';
import { notFound } from '../../../shared/errors';
import type { FederationService } from '../federation.service';
import { parseMapping } from '../connectors/mapping';
import type { SourceProblem } from '../sources/source-input';
import { SourceModel } from '../../places';
import { sourcePolicy } from '../sources/source.policy';
import { deleteUpload, findUpload, uploadLocation } from './upload-store';

export interface ImportUploadInput {
  uploadId: string;
  sourceId?: string | null;
  newSource?: { name: string; licence?: string | null; attribution?: string | null; priority?: number | null } | null;
  mapping: unknown;
}

/** `user:<id>` or `admin-token`: who uploaded a file or decided a match. */
export const actorKey = (staff: StaffViewer) => (staff.kind === 'user' ? `user:${staff.userId}` : 'admin-token');

/** The upload, if it exists, has not expired and this viewer may use it (its uploader, or an admin). */
export async function usableUpload(viewer: Viewer, uploadId: string) {
  const staff = sourcePolicy.manage(viewer, null);
  const upload = await findUpload(uploadId);
  if (!upload) throw notFound('This uploaded file no longer exists (files are kept one day): upload it again.');
  if (staff.role !== 'ADMIN' && upload.createdBy !== actorKey(staff))
    throw forbidden('OTHER_UPLOADER', 'This file was uploaded by someone else.');
  return upload;
}

/**
 * Imports an uploaded file into an existing source (csv/geojson, same format) or a new one, with a
 * validated mapping saved on the source; the run is the ordinary import run (progress, counts, rejected
 * rows). The upload is deleted once the run ends.
 */
export async function importUpload(federation: FederationService, viewer: Viewer, input: ImportUploadInput) {
  requireStaff(viewer);
  const upload = await usableUpload(viewer, input.uploadId);
  const problems: SourceProblem[] = [];
  let mapping: ReturnType<typeof parseMapping> | null = null;
  try {
    mapping = parseMapping(input.mapping);
  } catch (error) {
    problems.push({ field: 'mapping', message: (error as Error).message.replace(/^invalid mapping: /, '') });
  }
  let source: Awaited<ReturnType<FederationService['getSource']>> = null;
  if (input.sourceId) {
    source = await federation.getSource(input.sourceId);
    if (!source) throw notFound(`No source ${input.sourceId}.`);
    sourcePolicy.manage(viewer, source);
    if (source.format !== upload.format)
      problems.push({
        field: 'sourceId',
        message: `This source reads ${source.format.toUpperCase()} files; the file is ${upload.format.toUpperCase()}.`,
      });
  } else if (!input.newSource) {
    problems.push({ field: 'sourceId', message: 'Choose a source, or name a new one.' });
  }
  if (problems.length > 0 || !mapping) return { run: null, source: null, problems };

  if (source) {
    await SourceModel.updateOne({ _id: source._id }, { $set: { mapping } });
  } else {
    const staff = sourcePolicy.manage(viewer, null);
    const created = await federation.createSource(
      {
        name: input.newSource!.name,
        format: upload.format.toUpperCase(),
        licence: input.newSource!.licence ?? null,
        attribution: input.newSource!.attribution ?? null,
        ...(input.newSource!.priority !== null && input.newSource!.priority !== undefined
          ? { priority: input.newSource!.priority }
          : {}),
        mapping,
      },
      staff.role === 'ADMIN' ? null : staff.organizationId,
    );
    if (!created.source)
      return {
        run: null,
        source: null,
        problems: created.problems.map((p) => ({ ...p, field: `newSource.${p.field}` })),
      };
    source = created.source as NonNullable<typeof source>;
  }
  const { runId, done } = await federation.importNow(source._id as Types.ObjectId, 'API', uploadLocation(upload._id));
  void done.finally(() => deleteUpload(upload._id).catch(() => undefined)).catch(() => undefined);
  return {
    run: await federation.getRun(String(runId)),
    source: await federation.getSource(String(source._id)),
    problems: [],
  };
}
