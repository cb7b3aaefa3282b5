import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { EJSON } from 'bson';
import mongoose, { Types } from 'mongoose';
import { useTestDatabase } from '../../../test/db';
import { seedDemoPlaces } from '../../modules/places/seed-demo-places';
import { PlaceModel } from '../../modules/places/place.model';
import { ApiKeyService } from '../../modules/partners/api-key.service';
import { RestoreRefused, backupDatabase, restoreDatabase } from './backup';

type Db = mongoose.mongo.Db;

/** Every document of every collection, in canonical Extended JSON, sorted: equal means identical. */
async function snapshot(db: Db): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const { name } of await db.listCollections({}, { nameOnly: true }).toArray()) {
    const docs = await db.collection(name).find({}).sort({ _id: 1 }).toArray();
    out[name] = docs.map((doc) => EJSON.stringify(doc, { relaxed: false }));
  }
  return out;
}

describe('backup and restore', () => {
  const source = useTestDatabase();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'reemploi-backup-'));
  const other = (suffix: string) => mongoose.connection.getClient().db(`${source.name}_${suffix}`);

  beforeAll(async () => {
    await PlaceModel.init();
    await seedDemoPlaces();
    await new ApiKeyService({ defaultRatePerMinute: 600 }).create({
      name: 'Mairie de Valognes',
      territory: ['Valognes'],
    });
    // Types that plain JSON would lose: ObjectId, Date, binary, 64-bit long, arrays of dates
    // (not Decimal128: FerretDB v1 closes the connection on it).
    await mongoose.connection.db!.collection('odd_types').insertOne({
      _id: new Types.ObjectId(),
      at: new Date('2026-03-01T10:00:00.123Z'),
      blob: new mongoose.mongo.Binary(Buffer.from([0, 1, 2, 255])),
      big: mongoose.mongo.Long.fromString('9007199254740993'),
      seen: [new Date(0), new Date(1)],
      text: 'déchèterie “quotes”\nnew line',
    });
  });

  afterAll(async () => {
    for (const suffix of ['gz', 'plain', 'refuse'])
      await other(suffix)
        .dropDatabase()
        .catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  });

  it('restores a gzip backup into a new database with identical documents and indexes', async () => {
    const file = path.join(dir, 'reemploi.jsonl.gz');
    const counts = await backupDatabase(mongoose.connection.db!, file);
    expect(counts.places).toBe(23);
    expect(counts.odd_types).toBe(1);
    expect(existsSync(`${file}.partial`)).toBe(false);
    expect(gunzipSync(readFileSync(file)).toString().split('\n')[0]).toContain('"format":"reemploi-backup"');

    const target = other('gz');
    expect(await restoreDatabase(target, file)).toEqual(counts);
    expect(await snapshot(target)).toEqual(await snapshot(mongoose.connection.db!));
    const indexNames = (await target.collection('places').indexes()).map((index) => index.name);
    expect(indexNames).toEqual(
      (await mongoose.connection.db!.collection('places').indexes()).map((index) => index.name),
    );
  });

  it('refuses a non-empty database unless --replace, and restoring again changes nothing', async () => {
    const file = path.join(dir, 'reemploi.jsonl');
    await backupDatabase(mongoose.connection.db!, file);
    const target = other('refuse');
    await target.collection('places').insertOne({ name: 'already here' });
    await expect(restoreDatabase(target, file)).rejects.toThrow(RestoreRefused);
    expect(await target.collection('places').countDocuments()).toBe(1);

    await restoreDatabase(target, file, { replace: true });
    const once = await snapshot(target);
    await restoreDatabase(target, file, { replace: true });
    expect(await snapshot(target)).toEqual(once);
    expect(once).toEqual(await snapshot(mongoose.connection.db!));
  });

  it('refuses a truncated backup before writing anything', async () => {
    const file = path.join(dir, 'full.jsonl');
    await backupDatabase(mongoose.connection.db!, file);
    const truncated = path.join(dir, 'truncated.jsonl');
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    writeFileSync(truncated, `${lines.slice(0, -3).join('\n')}\n`);
    const target = other('plain');
    await expect(restoreDatabase(target, truncated)).rejects.toThrow(/truncated/);
    expect(await target.listCollections().toArray()).toEqual([]);
  });
});
