import type { TypedDocumentNode } from '@apollo/client';
import importPreviewDocument from '../documents/import-preview.graphql';
import importRunDocument from '../documents/import-run.graphql';
import importSourcesDocument from '../documents/import-sources.graphql';
import importUploadDocument from '../documents/import-upload.graphql';

/* Imports from the back-office, against services/api/src/modules/federation/schema.graphql (typed by hand). */
export interface ImportSource {
  id: string;
  name: string;
  format: string;
  licence: string | null;
  priority: number;
  lastRunAt: string | null;
}

export interface ImportPreview {
  upload: { id: string; filename: string; format: 'CSV' | 'GEOJSON'; size: number };
  encoding: string;
  separator: string | null;
  columns: string[];
  rows: { line: number; cells: (string | null)[]; error: string | null }[];
  suggestedMapping: unknown;
}

export interface ImportRun {
  id: string;
  sourceName: string;
  status: 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'INTERRUPTED';
  processed: number;
  total: number | null;
  progress: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  warned: number;
  closed: number;
  queuedForReview: number;
  error: string | null;
  rejections: { line: number; externalId: string | null; code: string; reason: string }[];
  warnings: { line: number; externalId: string | null; code: string; field: string; value: string }[];
}

export interface ImportUploadInput {
  uploadId: string;
  sourceId?: string | null;
  newSource?: { name: string; licence?: string | null; priority?: number | null } | null;
  mapping: unknown;
}

export const IMPORT_SOURCES_QUERY = importSourcesDocument as TypedDocumentNode<
  { sources: ImportSource[] },
  Record<string, never>
>;
export const IMPORT_PREVIEW_QUERY = importPreviewDocument as TypedDocumentNode<
  { importPreview: ImportPreview },
  { uploadId: string }
>;
export const IMPORT_UPLOAD_MUTATION = importUploadDocument as TypedDocumentNode<
  {
    importUpload: {
      run: { id: string; status: string } | null;
      source: { id: string; name: string } | null;
      problems: { field: string; message: string }[];
    };
  },
  { input: ImportUploadInput }
>;
export const IMPORT_RUN_QUERY = importRunDocument as TypedDocumentNode<{ importRun: ImportRun | null }, { id: string }>;

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
