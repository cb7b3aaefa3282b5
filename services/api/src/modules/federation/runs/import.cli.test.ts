import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import mongoose from 'mongoose';
import { useTestDatabase } from '../../../../test/db';
import { fixture } from '../../../../test/federation-fixtures';
import { PlaceModel } from '../../places/place.model';

const run = promisify(execFile);
const API = path.resolve(__dirname, '../../../..');

describe('pnpm reemploi import (the CLI)', () => {
  const db = useTestDatabase();
  const cli = (args: string[]) =>
    run(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'import', ...args], {
      cwd: API,
      env: {
        ...process.env,
        MONGODB_URI: process.env.REEMPLOI_TEST_MONGODB_URI ?? process.env.MONGODB_URI,
        REEMPLOI_DB_NAME: db.name,
        REEMPLOI_IMPORT_GEOCODER_URL: '',
        LOG_LEVEL: 'silent',
      },
    });

  it('imports a file into the platform’s database and prints one JSON summary as the last line', async () => {
    const { stdout } = await cli([
      '--format',
      'sinoe',
      '--source',
      'SINOE',
      '--json',
      fixture('sinoe-decheteries.csv'),
    ]);
    const summary = JSON.parse(stdout.trim().split('\n').pop()!);
    expect(summary).toEqual({
      created: 9,
      updated: 0,
      unchanged: 0,
      rejected: 1,
      warned: 0,
      closed: 0,
      closuresHeld: 0,
      queuedForReview: 0,
      errors: [
        {
          line: 11,
          externalId: 'DCH50099',
          code: 'COORDINATES_UNREADABLE',
          reason: 'unreadable coordinates "N/A", "N/A"',
        },
      ],
      warnings: [],
    });
    expect(await PlaceModel.countDocuments({ kind: 'RECYCLING_CENTRE' })).toBe(9);
    const again = JSON.parse(
      (await cli(['--format', 'sinoe', '--source', 'SINOE', '--json', fixture('sinoe-decheteries.csv')])).stdout
        .trim()
        .split('\n')
        .pop()!,
    );
    expect(again).toMatchObject({ created: 0, unchanged: 9, rejected: 1 });
  }, 60_000);

  it('exits with a usage message when the format or source is missing', async () => {
    await expect(cli([fixture('sinoe-decheteries.csv')])).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/usage: pnpm reemploi import/),
    });
    expect(mongoose.connection.readyState).toBe(1);
  }, 60_000);
});
