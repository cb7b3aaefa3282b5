import { Types } from 'mongoose';
import { useTestDatabase } from '../../../test/db';
import { createLogger } from '../../shared/logger';
import { ApiKeyUsageModel } from './api-key.model';
import { UsageRecorder, monthOf } from './usage-recorder';

describe('usage recorder', () => {
  useTestDatabase();

  it('batches requests per key and month into one counter document with $inc', async () => {
    const recorder = new UsageRecorder({ flushMs: 60_000, logger: createLogger('silent') });
    const keyId = new Types.ObjectId().toString();
    const may = new Date('2025-05-31T12:00:00+02:00');
    const june = new Date('2025-06-01T09:00:00+02:00');
    recorder.record(keyId, false, may);
    recorder.record(keyId, true, may);
    recorder.record(keyId, false, june);
    await recorder.flush();
    recorder.record(keyId, false, june);
    await recorder.stop();
    const docs = await ApiKeyUsageModel.find({ keyId }).sort({ month: 1 }).lean();
    expect(docs.map((d) => [d.month, d.requests, d.rateLimited])).toEqual([
      ['2025-05', 2, 1],
      ['2025-06', 2, 0],
    ]);
    expect(monthOf(june)).toBe('2025-06');
  });
});
