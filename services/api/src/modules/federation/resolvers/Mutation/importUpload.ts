import type { Context } from '../../../../shared/context';
import { importUpload as run } from '../../uploads/import-upload';
import type { MutationImportUploadArgs } from '../../../../generated/graphql';

/** Imports an uploaded file (POST /admin/uploads) into a new or existing source with a mapping. */
export const importUpload = (_: unknown, args: MutationImportUploadArgs, ctx: Context) =>
  run(ctx.federation, ctx.viewer, args.input);
