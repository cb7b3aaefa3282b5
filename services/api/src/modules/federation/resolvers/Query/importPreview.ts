import type { Context } from '../../../../shared/context';
import { previewUpload } from '../../uploads/preview';
import { usableUpload } from '../../uploads/import-upload';
import type { QueryImportPreviewArgs } from '../../../../generated/graphql';

export const importPreview = async (_: unknown, args: QueryImportPreviewArgs, ctx: Context) => {
  const upload = await usableUpload(ctx.viewer, args.uploadId);
  const preview = await previewUpload(String(upload._id), upload.format);
  return {
    ...preview,
    upload: {
      id: String(upload._id),
      filename: upload.filename,
      format: upload.format.toUpperCase(),
      size: upload.size,
      expiresAt: upload.expiresAt.toISOString(),
    },
  };
};
