import { EventEmitter } from 'node:events';
import { Types } from 'mongoose';
import { useTestDatabase } from '../../../test/db';
import { eventually } from '../../../test/eventually';
import { createLogger } from '../../shared/logger';
import { DirectoryService, type PlaceChange, type PlaceChangeFeed, type PlaceChangeStream } from './directory.service';
import { PlaceModel } from './place.model';

const logger = createLogger('silent');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const place = (name: string, status: 'PUBLISHED' | 'CLOSED' = 'PUBLISHED') => ({
  _id: new Types.ObjectId(),
  slug: name.toLowerCase().replace(/\W+/g, '-'),
  name,
  kind: 'REPAIR_CAFE' as const,
  address: { commune: 'Valognes' },
  location: { type: 'Point' as const, coordinates: [-1.47, 49.51] },
  offers: [{ action: 'REPAIR' as const, subcategories: ['velo'] }],
  status,
  createdAt: new Date(),
  updatedAt: new Date(),
});

/** A change stream that the test drives by hand (what PlaceModel.watch() gives on a replica set). */
class FakeStream extends EventEmitter implements PlaceChangeStream {
  closed = false;
  async close() {
    this.closed = true;
  }
}

describe('directory change feed', () => {
  useTestDatabase();

  it('polls only on a server without change streams (FerretDB) and still picks up writes', async () => {
    const directory = new DirectoryService({ pollMs: 200, logger });
    await directory.build();
    await directory.startFollowing();
    try {
      expect(directory.followsChangeStream).toBe(false);
      await PlaceModel.create(place('Repair café du polling'));
      const deadline = Date.now() + 3000;
      while (directory.index.size === 0 && Date.now() < deadline) await sleep(50);
      expect(directory.index.size).toBe(1);
    } finally {
      directory.stop();
    }
  });

  it('applies change-stream events at once on a replica set, and falls back to polling when the stream dies', async () => {
    const streams: FakeStream[] = [];
    const feed: PlaceChangeFeed = {
      isReplicaSet: async () => true,
      watch: () => {
        const stream = new FakeStream();
        streams.push(stream);
        return stream;
      },
    };
    const directory = new DirectoryService({ pollMs: 60_000, logger, feed, changeStreamRetryMs: 50 });
    await directory.build();
    const before = directory.index.size;
    await directory.startFollowing();
    try {
      expect(directory.followsChangeStream).toBe(true);
      const doc = new PlaceModel(place('Ressourcerie en direct')).toObject();
      streams[0]!.emit('change', { operationType: 'insert', fullDocument: doc } satisfies PlaceChange);
      expect(directory.index.size).toBe(before + 1);
      streams[0]!.emit('change', { operationType: 'update', fullDocument: { ...doc, status: 'CLOSED' } });
      expect(directory.index.size).toBe(before);

      streams[0]!.emit('error', new Error('ChangeStreamHistoryLost'));
      expect(directory.followsChangeStream).toBe(false);
      expect(streams[0]!.closed).toBe(true);
      // Reopened after changeStreamRetryMs (50 ms); waited for, not timed: CI's cores are shared.
      await eventually(async () => expect(streams).toHaveLength(2), 10_000);
      expect(directory.followsChangeStream).toBe(true);
    } finally {
      directory.stop();
    }
    expect(streams[1]!.closed).toBe(true);
  });
});
