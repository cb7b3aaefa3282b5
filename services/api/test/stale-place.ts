import mongoose from 'mongoose';

/**
 * Browser tests: makes a place of the running platform (same process, same connection) look unconfirmed
 * since `days` ago, as if its (first) source last listed it then and nobody confirmed it since. Test set-up of
 * old data, not a write path; `updatedAt` moves so the platform's directory picks the change up.
 */
export async function markUnconfirmedSince(slug: string, days: number): Promise<void> {
  const then = new Date(Date.now() - days * 24 * 3600 * 1000);
  const result = await mongoose.connection.collection('places').updateOne(
    { slug },
    {
      $set: { 'sources.0.lastSeenAt': then, confirmedAt: null, confirmedBy: null, updatedAt: new Date() },
      $inc: { version: 1 },
    },
  );
  if (result.matchedCount !== 1) throw new Error(`no place ${slug}`);
}
