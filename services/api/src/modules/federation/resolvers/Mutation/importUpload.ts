import type { Context } from '../../../../shared/context';
import { importUpload as run, type ImportUploadInput } from '../../uploads/import-upload';

/** Imports an uploaded file (POST /admin/uploads) into a new or existing source with a mapping. */
export const importUpload = (_: unknown, args: { input: ImportUploadInput }, ctx: Context) =>
  run(ctx.federation, ctx.viewer, args.input);
