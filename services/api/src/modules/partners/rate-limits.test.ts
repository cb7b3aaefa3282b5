import mongoose from 'mongoose';
import { useTestDatabase } from '../../../test/db';
import { createLogger } from '../../shared/logger';
import { RateLimits } from './rate-limits';

describe('rate limits', () => {
  useTestDatabase();
  const logger = createLogger('silent');

  it('refuses the request after the budget in memory and says when to retry', async () => {
    const limits = new RateLimits({ store: 'memory', logger });
    const decisions = [];
    for (let i = 0; i < 4; i += 1) decisions.push(await limits.consume('ip:1.2.3.4', 3));
    expect(decisions.map((d) => d.allowed)).toEqual([true, true, true, false]);
    expect(decisions[3]).toMatchObject({ remaining: 0, limit: 3 });
    expect(decisions[3]!.resetSeconds).toBeGreaterThan(0);
    expect(decisions[3]!.resetSeconds).toBeLessThanOrEqual(60);
  });

  it('shares one budget between instances through the database store (works on FerretDB: no TTL index needed)', async () => {
    const instanceA = new RateLimits({ store: 'mongo', logger });
    const instanceB = new RateLimits({ store: 'mongo', logger });
    const allowed = [];
    for (let i = 0; i < 3; i += 1) {
      allowed.push((await instanceA.consume('key:shared', 4)).allowed);
      allowed.push((await instanceB.consume('key:shared', 4)).allowed);
    }
    expect(allowed.filter(Boolean)).toHaveLength(4);
    const windows = await mongoose.connection.collection('rate_limits').countDocuments({});
    expect(windows).toBe(1);
    instanceA.stop();
    instanceB.stop();
  });

  it('sweeps finished windows from the shared store', async () => {
    const limits = new RateLimits({ store: 'mongo', logger });
    await limits.consume('ip:sweep', 10);
    await limits.sweep(new Date(Date.now() + 120_000));
    expect(await mongoose.connection.collection('rate_limits').countDocuments({ key: /sweep/ })).toBe(0);
    limits.stop();
  });
});
