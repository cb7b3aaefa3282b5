import { Schema, model } from 'mongoose';

/**
 * A board photo as stored: re-encoded WebP without metadata, at most PHOTO_STORED_MAX_BYTES, in the
 * document itself (a bounded binary field: works on MongoDB and FerretDB alike, unlike GridFS).
 * Uploaded first, then attached to a post; unattached photos are purged after a day.
 */
const boardPhotoSchema = new Schema(
  {
    organizationId: { type: Schema.Types.ObjectId, required: true },
    uploadedBy: { type: String, default: null },
    postId: { type: Schema.Types.ObjectId, default: null },
    data: { type: Buffer, required: true },
    contentType: { type: String, required: true },
    width: { type: Number, required: true },
    height: { type: Number, required: true },
  },
  { timestamps: true, versionKey: false, collection: 'board_photos' },
);

boardPhotoSchema.index({ postId: 1 });

export const BoardPhotoModel = model('BoardPhoto', boardPhotoSchema);
