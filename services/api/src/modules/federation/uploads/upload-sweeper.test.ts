import { Readable } from 'node:stream';
import type { Types } from 'mongoose';
import type { Logger } from '../../../shared/logger';
import { useTestDatabase } from '../../../../test/db';
import { saveUpload } from './upload-store';
import { UploadSweeper } from './upload-sweeper';
import { ImportUploadChunkModel, ImportUploadModel, UPLOAD_CHUNK_BYTES, UPLOAD_LIFETIME_MS } from './upload.model';

const HOUR = 60 * 60 * 1000;

function fakeLogger() {
  return { warn: jest.fn(), info: jest.fn(), error: jest.fn(), debug: jest.fn() } as unknown as Logger & {
    warn: jest.Mock;
  };
}

/** An upload of two chunks, saved at `savedAt` (so it expires a day later). */
const uploadSavedAt = (savedAt: Date) =>
  saveUpload(
    Readable.from([Buffer.alloc(UPLOAD_CHUNK_BYTES + 10, 'a')]),
    { filename: 'points.csv', format: 'csv', createdBy: 'admin-token', organizationId: null, maxBytes: 1e7 },
    savedAt,
  );

const stored = async (id: Types.ObjectId) => ({
  upload: (await ImportUploadModel.exists({ _id: id })) !== null,
  chunks: await ImportUploadChunkModel.countDocuments({ uploadId: id }),
});

describe('the expired uploads sweeper', () => {
  useTestDatabase();
  beforeAll(() => Promise.all([ImportUploadModel.init(), ImportUploadChunkModel.init()]));

  it('deletes expired uploads and their chunks, and keeps the others', async () => {
    const now = Date.now();
    const expired = await uploadSavedAt(new Date(now - UPLOAD_LIFETIME_MS - HOUR));
    const expiringSoon = await uploadSavedAt(new Date(now - UPLOAD_LIFETIME_MS + HOUR));
    const fresh = await uploadSavedAt(new Date(now));
    expect(expired.expiresAt.getTime()).toBeLessThan(now);

    expect(await new UploadSweeper({ logger: fakeLogger() }).sweep(new Date(now))).toBe(1);

    expect(await stored(expired._id)).toEqual({ upload: false, chunks: 0 });
    expect(await stored(expiringSoon._id)).toEqual({ upload: true, chunks: 2 });
    expect(await stored(fresh._id)).toEqual({ upload: true, chunks: 2 });
  });

  it('deletes the chunks of an upload that never completed once they are a day old', async () => {
    const now = Date.now();
    const interrupted = await uploadSavedAt(new Date(now - UPLOAD_LIFETIME_MS - HOUR));
    await ImportUploadModel.deleteOne({ _id: interrupted._id }); // as if the record was never written

    await new UploadSweeper({ logger: fakeLogger() }).sweep(new Date(now));

    expect(await stored(interrupted._id)).toEqual({ upload: false, chunks: 0 });
  });

  it('logs a warning and carries on when the database fails', async () => {
    const logger = fakeLogger();
    const find = jest.spyOn(ImportUploadModel, 'find').mockImplementationOnce(() => {
      throw new Error('connection refused');
    });
    try {
      await expect(new UploadSweeper({ logger }).sweep()).resolves.toBe(0);
    } finally {
      find.mockRestore();
    }
    expect(logger.warn).toHaveBeenCalledWith(
      { err: expect.objectContaining({ message: 'connection refused' }) },
      expect.stringContaining('expired uploads not deleted'),
    );
  });

  it('sweeps on an unref’d timer until stopped', async () => {
    const setIntervalSpy = jest.spyOn(global, 'setInterval');
    const clearIntervalSpy = jest.spyOn(global, 'clearInterval');
    const sweeper = new UploadSweeper({ logger: fakeLogger(), everyMs: 20 });
    const sweep = jest.spyOn(sweeper, 'sweep');
    try {
      sweeper.start();
      const timer = setIntervalSpy.mock.results[0]!.value as NodeJS.Timeout;
      expect(timer.hasRef()).toBe(false);
      for (let i = 0; i < 100 && sweep.mock.calls.length < 2; i += 1)
        await new Promise((resolve) => setTimeout(resolve, 20));
      expect(sweep.mock.calls.length).toBeGreaterThanOrEqual(2);

      await sweeper.stop();
      expect(clearIntervalSpy).toHaveBeenCalledWith(timer);
      const calls = sweep.mock.calls.length;
      await new Promise((resolve) => setTimeout(resolve, 80));
      expect(sweep.mock.calls.length).toBe(calls);
    } finally {
      setIntervalSpy.mockRestore();
      clearIntervalSpy.mockRestore();
    }
  });
});
