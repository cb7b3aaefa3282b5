import type { TypedDocumentNode } from '@apollo/client';
import importPreviewDocument from '../documents/import-preview.graphql';
import importRunDocument from '../documents/import-run.graphql';
import importScheduleDocument from '../documents/import-schedule.graphql';
import importSourcesDocument from '../documents/import-sources.graphql';
import importUploadDocument from '../documents/import-upload.graphql';
import updateSourceOptionsDocument from '../documents/update-source-options.graphql';

import type {
  ImportPreviewQuery,
  ImportPreviewQueryVariables,
  ImportRunProgressQuery,
  ImportRunProgressQueryVariables,
  ImportScheduleQuery,
  ImportScheduleQueryVariables,
  ImportSourcesQuery,
  ImportSourcesQueryVariables,
  ImportUploadMutation,
  ImportUploadMutationVariables,
  UpdateSourceOptionsMutation,
  UpdateSourceOptionsMutationVariables,
} from '../../graphql/generated/operations';

/* Imports from the back-office, against services/api/src/modules/federation/schema.graphql (types by `pnpm generate`). */
export type { ImportUploadInput } from '../../graphql/generated/operations';

export type ImportSource = ImportSourcesQuery['sources'][number];
export type ScheduledSource = ImportScheduleQuery['sources'][number];
export type ImportPreview = ImportPreviewQuery['importPreview'];
export type ImportRun = NonNullable<ImportRunProgressQuery['importRun']>;

export const IMPORT_SOURCES_QUERY = importSourcesDocument as TypedDocumentNode<
  ImportSourcesQuery,
  ImportSourcesQueryVariables
>;
export const IMPORT_SCHEDULE_QUERY = importScheduleDocument as TypedDocumentNode<
  ImportScheduleQuery,
  ImportScheduleQueryVariables
>;
export const IMPORT_PREVIEW_QUERY = importPreviewDocument as TypedDocumentNode<
  ImportPreviewQuery,
  ImportPreviewQueryVariables
>;
export const IMPORT_UPLOAD_MUTATION = importUploadDocument as TypedDocumentNode<
  ImportUploadMutation,
  ImportUploadMutationVariables
>;
export const UPDATE_SOURCE_OPTIONS_MUTATION = updateSourceOptionsDocument as TypedDocumentNode<
  UpdateSourceOptionsMutation,
  UpdateSourceOptionsMutationVariables
>;
export const IMPORT_RUN_QUERY = importRunDocument as TypedDocumentNode<
  ImportRunProgressQuery,
  ImportRunProgressQueryVariables
>;

export interface UploadedFile {
  id: string;
  filename: string;
  format: 'CSV' | 'GEOJSON';
  size: number;
}

/** The endpoint's errors carry a stable code (see docs/operations.md). */
export class UploadError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Sends a file to `POST /admin/uploads` with the session cookie and the anti-CSRF header, reporting
 * the share sent (XMLHttpRequest: fetch cannot report upload progress).
 */
export function uploadFile(file: File, onProgress: (fraction: number) => void): Promise<UploadedFile> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/admin/uploads?filename=${encodeURIComponent(file.name)}`);
    xhr.setRequestHeader('content-type', 'application/octet-stream');
    xhr.setRequestHeader('x-reemploi-upload', '1');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    xhr.onerror = () => reject(new UploadError('NETWORK', 'network'));
    xhr.onload = () => {
      let body: { upload?: UploadedFile; errors?: { message: string; extensions?: { code?: string } }[] } = {};
      try {
        body = JSON.parse(xhr.responseText) as typeof body;
      } catch {
        // A proxy's HTML error page: reported below by status.
      }
      if (xhr.status === 201 && body.upload) {
        onProgress(1);
        resolve(body.upload);
      } else {
        const error = body.errors?.[0];
        reject(
          new UploadError(
            error?.extensions?.code ?? (xhr.status === 413 ? 'PAYLOAD_TOO_LARGE' : 'HTTP_' + xhr.status),
            error?.message ?? `HTTP ${xhr.status}`,
          ),
        );
      }
    };
    xhr.send(file);
  });
}
