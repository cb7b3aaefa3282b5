import { createReadStream, createWriteStream, renameSync, rmSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { EJSON, type Document } from 'bson';
import type mongoose from 'mongoose';

type Db = mongoose.mongo.Db;

// File format, one JSON value per line (canonical Extended JSON, so ObjectIds, Dates, Decimals and
// binaries come back as they were):
//   {"format":"reemploi-backup","version":1,"createdAt":…,"database":…}   header
//   {"collection":"places","indexes":[{key,name,…options}]}               before each collection's documents
//   {"c":"places","d":{…document…}}                                       one per document
//   {"end":true,"counts":{"places":23,…}}                                 trailer: a file without it is truncated
const FORMAT = 'reemploi-backup';
const VERSION = 1;
const BATCH = 500;

export type Counts = Record<string, number>;

/** An index as listIndexes describes it, without `v` and `ns` (the target server picks its own). */
interface IndexSpec {
  key: Document;
  name: string;
  [option: string]: unknown;
}

// createCollection's answer when the collection is there already (the platform creates its collections
// at start, and so does the CLI before running restore).
const NAMESPACE_EXISTS = 48;

export class RestoreRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RestoreRefused';
  }
}

const isGzip = (file: string) => file.endsWith('.gz');
const line = (value: unknown) => `${EJSON.stringify(value, { relaxed: false })}\n`;

/**
 * Copies of the places that imports keep (federation/runs/source-records.ts): dumped a moment apart from
 * the places, they could name places the backup does not hold. Left out, each source's next run after a
 * restore reads every place and writes them again.
 */
const DERIVED = new Set(['source_records', 'source_record_marks']);

async function collectionNames(db: Db, withDerived = false): Promise<string[]> {
  const collections = await db.listCollections({}, { nameOnly: true }).toArray();
  return collections
    .map((c) => c.name)
    .filter((name) => !name.startsWith('system.') && (withDerived || !DERIVED.has(name)))
    .sort();
}

async function* backupLines(db: Db, counts: Counts): AsyncGenerator<string> {
  yield line({ format: FORMAT, version: VERSION, createdAt: new Date(), database: db.databaseName });
  for (const name of await collectionNames(db)) {
    const collection = db.collection(name);
    // Every option is kept (unique, sparse, TTL, partial filter, collation…), so the restored index is
    // the same index; only the format version and the namespace belong to the server it was read from.
    const indexes = (await collection.indexes())
      .filter((index) => index.name !== '_id_')
      .map(({ v: _v, ns: _ns, ...spec }) => spec);
    yield line({ collection: name, indexes });
    counts[name] = 0;
    for await (const doc of collection.find({}).sort({ _id: 1 }).batchSize(BATCH)) {
      counts[name] += 1;
      yield line({ c: name, d: doc });
    }
  }
  yield line({ end: true, counts });
}

/**
 * Writes every collection of the database to `file` as JSON lines, streamed from cursors (gzip when
 * the name ends in .gz). The file appears only once complete (written beside it, then renamed).
 * Each document is read once; writes made during the backup may or may not be in it.
 */
export async function backupDatabase(db: Db, file: string): Promise<Counts> {
  const counts: Counts = {};
  const partial = `${file}.partial`;
  const source = Readable.from(backupLines(db, counts));
  const sink: Writable = createWriteStream(partial);
  try {
    if (isGzip(file)) await pipeline(source, createGzip(), sink);
    else await pipeline(source, sink);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  renameSync(partial, file);
  return counts;
}

async function* readLines(file: string): AsyncGenerator<Document> {
  const input = isGzip(file) ? createReadStream(file).pipe(createGunzip()) : createReadStream(file);
  let number = 0;
  for await (const text of createInterface({ input, crlfDelay: Infinity })) {
    number += 1;
    if (!text.trim()) continue;
    try {
      yield EJSON.parse(text, { relaxed: false }) as Document;
    } catch (error) {
      throw new Error(`${file}, line ${number}: not a backup line (${(error as Error).message})`);
    }
  }
}

/** Reads the whole file once and checks its header, its trailer and the document counts. */
async function verify(file: string): Promise<Counts> {
  const seen: Counts = {};
  let header = false;
  let trailer: Counts | null = null;
  for await (const entry of readLines(file)) {
    if (!header) {
      // Canonical parsing keeps numbers typed (Int32, Double): Number() reads them back.
      if (entry.format !== FORMAT || Number(entry.version) !== VERSION)
        throw new Error(`${file} is not a Réemploi backup (version ${VERSION}).`);
      header = true;
    } else if (entry.end)
      trailer = Object.fromEntries(Object.entries(entry.counts as Document).map(([name, n]) => [name, Number(n)]));
    else if (typeof entry.collection === 'string') seen[entry.collection] = 0;
    else if (typeof entry.c === 'string') seen[entry.c] = (seen[entry.c] ?? 0) + 1;
  }
  if (!trailer) throw new Error(`${file} is truncated (no end line): the backup did not finish. Nothing was restored.`);
  for (const [name, count] of Object.entries(trailer)) {
    if (seen[name] !== count)
      throw new Error(
        `${file}: ${name} has ${seen[name] ?? 0} documents, the trailer says ${count}. Nothing was restored.`,
      );
  }
  return trailer;
}

async function createCollection(db: Db, name: string): Promise<void> {
  try {
    await db.createCollection(name);
  } catch (error) {
    if ((error as { code?: unknown }).code !== NAMESPACE_EXISTS) throw error;
  }
}

/**
 * One createIndexes command per index. FerretDB 1.x crashes the connection (a panic, "slice bounds out
 * of range") on a createIndexes listing two or more indexes that all exist already, which is what a
 * restore meets on a database the platform or the CLI has initialised; one index per command is
 * accepted by both engines, and recreating an identical index is a no-op in both.
 */
async function createIndexes(collection: mongoose.mongo.Collection, indexes: IndexSpec[]): Promise<void> {
  for (const index of indexes) {
    try {
      await collection.createIndexes([index as mongoose.mongo.IndexDescription]);
    } catch (error) {
      throw new Error(
        `Cannot create the index ${index.name} of ${collection.collectionName}: ${(error as Error).message}`,
        { cause: error },
      );
    }
  }
}

/**
 * Restores a backup into `db`. Refuses a database holding any document unless `replace` is set, in
 * which case every collection is dropped first. Documents are upserted by _id, so running it again
 * (after an interruption, with `replace`) converges to the same state.
 */
export async function restoreDatabase(db: Db, file: string, options: { replace?: boolean } = {}): Promise<Counts> {
  const expected = await verify(file);
  const existing = await collectionNames(db, true); // a replaced database keeps no copy of its old places
  const nonEmpty: string[] = [];
  for (const name of existing)
    if ((await db.collection(name).countDocuments({}, { limit: 1 })) > 0) nonEmpty.push(name);
  if (nonEmpty.length > 0 && !options.replace) {
    throw new RestoreRefused(
      `The database ${db.databaseName} is not empty (${nonEmpty.join(', ')}). Restore into an empty database, or pass --replace to drop its collections first.`,
    );
  }
  if (options.replace) for (const name of existing) await db.collection(name).drop();

  let batch: { name: string; docs: Document[] } = { name: '', docs: [] };
  const flush = async () => {
    if (batch.docs.length === 0) return;
    await db.collection(batch.name).bulkWrite(
      batch.docs.map((doc) => ({ replaceOne: { filter: { _id: doc._id }, replacement: doc, upsert: true } })),
      { ordered: false },
    );
    batch = { name: batch.name, docs: [] };
  };
  for await (const entry of readLines(file)) {
    if (typeof entry.collection === 'string') {
      await flush();
      batch = { name: entry.collection, docs: [] };
      await createCollection(db, entry.collection);
      await createIndexes(db.collection(entry.collection), entry.indexes as IndexSpec[]);
    } else if (typeof entry.c === 'string') {
      batch.docs.push(entry.d as Document);
      if (batch.docs.length >= BATCH) await flush();
    }
  }
  await flush();
  return expected;
}
