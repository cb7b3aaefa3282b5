import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mongoose from 'mongoose';
import { startEmbeddedDb, type EmbeddedDb } from '@reemploi/embedded-db';
import { eventually } from '../eventually';

// The embedded FerretDB dying under the platform (its SQLite library can fault with SIGBUS under
// concurrent reads; here SIGKILL, the same unannounced exit): it is started again on the same port and
// files, what was written before is still there, the client reconnects by itself, and stop() stops the
// new server, not the dead one.
jest.setTimeout(120_000);

let dataDir: string;
let db: EmbeddedDb | undefined;
let connection: mongoose.Connection | undefined;
const deaths: { restarted: boolean }[] = [];

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'reemploi-restart-db-'));
  db = await startEmbeddedDb({ dataDir, restartOnCrash: true, onRestart: (event) => deaths.push(event) });
  connection = await mongoose
    .createConnection(db.uri, { dbName: 'restart', serverSelectionTimeoutMS: 20_000 })
    .asPromise();
});

afterAll(async () => {
  await connection?.close();
  await db?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

it('starts the database again after it dies, with what was written and on the same address', async () => {
  const places = connection!.collection('places');
  await places.insertOne({ _id: 'before' as never, name: 'Ressourcerie' });
  const first = db!.pid;
  process.kill(first, 'SIGKILL');

  await eventually(async () => expect(db!.restarts).toBe(1), 30_000);
  expect(deaths).toEqual([expect.objectContaining({ restarted: true })]);
  expect(db!.pid).not.toBe(first);
  // The same client, without reconnecting by hand: the driver finds the server again on the same port.
  await eventually(
    async () => expect(await places.findOne({ _id: 'before' as never })).toMatchObject({ name: 'Ressourcerie' }),
    30_000,
  );
  await places.insertOne({ _id: 'after' as never, name: 'Repair café' });
  expect(await places.countDocuments()).toBe(2);

  const second = db!.pid;
  await connection!.close();
  connection = undefined;
  await db!.stop();
  expect(alive(second)).toBe(false);
  expect(db!.restarts).toBe(1); // a stop is no crash: nothing started again
});
