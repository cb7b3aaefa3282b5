import { randomBytes } from 'node:crypto';
import mongoose from 'mongoose';

/** Connects mongoose to a database of its own for this test file, and drops it afterwards. */
export function useTestDatabase(): { name: string } {
  const db = { name: `test_${randomBytes(6).toString('hex')}` };
  beforeAll(async () => {
    const uri = process.env.REEMPLOI_TEST_MONGODB_URI ?? process.env.MONGODB_URI;
    if (!uri)
      throw new Error('No test database: run through Jest (its global setup starts FerretDB) or set MONGODB_URI.');
    await mongoose.connect(uri, { dbName: db.name, serverSelectionTimeoutMS: 10000 });
  });
  afterAll(async () => {
    await mongoose.connection.dropDatabase().catch(() => undefined);
    await mongoose.disconnect();
  });
  return db;
}
