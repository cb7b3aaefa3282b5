import mongoose from 'mongoose';
import { useTestDatabase } from '../../test/db';
import { createLogger } from './logger';
import { RateLimits } from './rate-limits';

const MINUTE = 60_000;
const slots = () => mongoose.connection.collection('rate_limits');
const { Collection } = mongoose.mongo;

describe('rate limits', () => {
  useTestDatabase();
  const logger = createLogger('silent');
  // A fixed clock 20 s into a window, so no test straddles two windows.
  const clock = { t: 0 };
  const now = () => clock.t;
  const started: RateLimits[] = [];
  const shared = () => {
    const limits = new RateLimits({ store: 'mongo', logger, now });
    started.push(limits);
    return limits;
  };

  beforeEach(() => {
    clock.t = Math.floor(Date.now() / MINUTE) * MINUTE + 20_000;
  });
  afterEach(() => {
    jest.restoreAllMocks();
    for (const limits of started.splice(0)) limits.stop();
  });

  it('refuses the request after the budget in memory and says when to retry', async () => {
    const limits = new RateLimits({ store: 'memory', logger });
    const decisions = [];
    for (let i = 0; i < 4; i += 1) decisions.push(await limits.consume('ip:1.2.3.4', 3));
    expect(decisions.map((d) => d.allowed)).toEqual([true, true, true, false]);
    expect(decisions[3]).toMatchObject({ remaining: 0, limit: 3 });
    expect(decisions[3]!.resetSeconds).toBeGreaterThan(0);
    expect(decisions[3]!.resetSeconds).toBeLessThanOrEqual(60);
  });

  it('shares one budget between instances through the database store, one slot document per allowed request', async () => {
    const [instanceA, instanceB] = [shared(), shared()];
    const decisions = [];
    for (let i = 0; i < 3; i += 1) {
      decisions.push(await instanceA.consume('key:shared', 4));
      decisions.push(await instanceB.consume('key:shared', 4));
    }
    expect(decisions.map((d) => d.allowed)).toEqual([true, true, true, true, false, false]);
    expect(decisions.map((d) => d.remaining)).toEqual([3, 2, 1, 0, 0, 0]);
    expect(decisions.map((d) => d.resetSeconds)).toEqual(Array(6).fill(40));
    const docs = await slots().find({ k: '4|key:shared' }).sort({ _id: 1 }).toArray();
    const w = Math.floor(clock.t / MINUTE);
    expect(docs.map((d) => d._id)).toEqual([1, 2, 3, 4].map((n) => `4|key:shared|${w}|${n}`));
    expect(docs[0]).toMatchObject({ w, expire: new Date((w + 1) * MINUTE) });
  });

  it('allows exactly the budget to a concurrent burst spread over two instances', async () => {
    const [instanceA, instanceB] = [shared(), shared()];
    const decisions = await Promise.all(
      Array.from({ length: 100 }, (_, i) => (i % 2 === 0 ? instanceA : instanceB).consume('key:burst', 30)),
    );
    expect(decisions.filter((d) => d.allowed)).toHaveLength(30);
    expect(decisions.filter((d) => !d.allowed)).toHaveLength(70);
    // Each allowed request took its own slot: the remaining counts are 29…0, each once.
    const remaining = decisions.filter((d) => d.allowed).map((d) => d.remaining);
    expect(remaining.sort((a, b) => a - b)).toEqual(Array.from({ length: 30 }, (_, i) => i));
    expect(await slots().countDocuments({ k: '30|key:burst' })).toBe(30);
  });

  it('answers refused requests without touching the database once the budget is spent', async () => {
    const [instanceA, instanceB] = [shared(), shared()];
    for (let i = 0; i < 5; i += 1) expect((await instanceA.consume('key:spent', 5)).allowed).toBe(true);
    const inserts = jest.spyOn(Collection.prototype, 'insertOne');
    const counts = jest.spyOn(Collection.prototype, 'countDocuments');
    for (let i = 0; i < 20; i += 1) expect((await instanceA.consume('key:spent', 5)).allowed).toBe(false);
    expect(inserts).not.toHaveBeenCalled();
    expect(counts).not.toHaveBeenCalled();
    // The other instance learns the budget is spent from one lost insert and one count, then stops asking.
    for (let i = 0; i < 20; i += 1) expect((await instanceB.consume('key:spent', 5)).allowed).toBe(false);
    expect(inserts).toHaveBeenCalledTimes(1);
    expect(counts).toHaveBeenCalledTimes(1);
    expect(await slots().countDocuments({ k: '5|key:spent' })).toBe(5);
  });

  it('gives a fresh budget in the next window and says when the current one ends', async () => {
    const limits = shared();
    clock.t += 25_000; // 45 s into the window
    const first = [];
    for (let i = 0; i < 4; i += 1) first.push(await limits.consume('key:windows', 3));
    expect(first.map((d) => d.allowed)).toEqual([true, true, true, false]);
    expect(first[3]).toMatchObject({ remaining: 0, resetSeconds: 15 });
    clock.t += MINUTE;
    const next = await limits.consume('key:windows', 3);
    expect(next).toMatchObject({ allowed: true, remaining: 2, resetSeconds: 15 });
  });

  it('falls back to a per-instance memory budget when the database fails, and warns once', async () => {
    const watched = createLogger('silent');
    const warn = jest.spyOn(watched, 'warn');
    const limits = new RateLimits({ store: 'mongo', logger: watched, now });
    started.push(limits);
    jest
      .spyOn(Collection.prototype, 'insertOne')
      .mockRejectedValue(new mongoose.mongo.MongoNetworkError('connection reset'));
    const decisions = [];
    for (let i = 0; i < 3; i += 1) decisions.push(await limits.consume('key:outage', 2));
    expect(decisions.map((d) => d.allowed)).toEqual([true, true, false]);
    expect(decisions[2]).toMatchObject({ limit: 2, remaining: 0 });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(await slots().countDocuments({ k: '2|key:outage' })).toBe(0);
  });

  it('drops the unique key index of the former store, which would refuse every slot after the first on MongoDB', async () => {
    await slots().deleteMany({}); // MongoDB would not build a unique index over several keyless slots
    await slots().createIndex({ key: 1 }, { unique: true });
    await shared().consume('key:index', 2);
    const names = (await slots().indexes()).map((index) => index.name);
    expect(names).not.toContain('key_1');
    expect(names).toContain('k_1_w_1');
  });

  it('sweeps finished windows from the shared store', async () => {
    const limits = shared();
    await limits.consume('ip:sweep', 10);
    clock.t += MINUTE;
    await limits.consume('ip:sweep', 10);
    await limits.sweep();
    const left = await slots().find({ k: '10|ip:sweep' }).toArray();
    expect(left.map((d) => d.w)).toEqual([Math.floor(clock.t / MINUTE)]);
    await limits.sweep(new Date(clock.t + 2 * MINUTE));
    expect(await slots().countDocuments({ k: /sweep/ })).toBe(0);
  });
});
