import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Types } from 'mongoose';
import { useTestApp } from '../../../../test/app';
import { LOCAL_FIXTURES, testFederationConfig, testProfile } from '../../../../test/federation-import';
import { fixture } from '../../../../test/federation-fixtures';
import { createOrganization, signedInAs } from '../../../../test/staff';
import { SourceModel } from '../../places/source.model';
import { runImport } from '../runs/run-import';
import { newLockOwner } from '../runs/source-lock';
import { syncTerritory } from '../territory/sync-territory';
import { ensureSource } from './sources';
import { SourceChangeModel } from './source-change.model';

/** EcoDDS's collection points on a loopback data-fair: a dataset under a licence that is not open (fixture). */
const ECODDS = JSON.parse(readFileSync(fixture('datafair-donnees-eo-ecodds.json'), 'utf8')) as {
  dataset: { license: { title: string } };
  results: unknown[];
};
const CLOSED_LICENCE = ECODDS.dataset.license.title;

function useDataFair() {
  const ctx = { url: '' };
  let server: Server;
  beforeAll(async () => {
    server = createServer((req, res) => {
      const path = new URL(req.url ?? '/', 'http://localhost').pathname;
      res.setHeader('content-type', 'application/json; charset=utf-8');
      if (path === '/data-fair/api/v1/datasets/donnees-eo-ecodds') return void res.end(JSON.stringify(ECODDS.dataset));
      if (path === '/data-fair/api/v1/datasets/donnees-eo-ecodds/lines')
        return void res.end(JSON.stringify({ total: ECODDS.results.length, results: ECODDS.results }));
      res.writeHead(404).end('{}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    ctx.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return ctx;
}

const t = useTestApp({ seedDemo: false, env: { REEMPLOI_IMPORT_ALLOWED_HOSTS: '*, 127.0.0.1' } });
const dataFair = useDataFair();

const SET = `mutation ($id: ID!, $options: JSON) {
  updateSourceOptions(id: $id, options: $options) { id options changes { at actorEmail actorType field before after } }
}`;
const CHANGES = `query ($id: ID!) { source(id: $id) { options changes { field } } }`;

async function ecoddsSource(organizationId: string | null = null) {
  const source = await ensureSource({
    name: `EcoDDS ${new Types.ObjectId().toString()}`,
    format: 'eco-organismes',
    url: `${dataFair.url}/data-fair/api/v1/datasets/donnees-eo-ecodds/lines`,
  });
  if (organizationId) await SourceModel.updateOne({ _id: source._id }, { $set: { organizationId } });
  return String(source._id);
}

const run = (sourceId: string) =>
  runImport({
    sourceId: new Types.ObjectId(sourceId),
    trigger: 'CLI',
    owner: newLockOwner(),
    geocoder: null,
    maxBytes: 5 * 1024 * 1024,
    fetchTimeoutMs: 5000,
    lockTtlMs: 30_000,
    urlPolicy: LOCAL_FIXTURES,
  });

/** The source's options and change records as stored: what a refused request must leave untouched. */
const stored = async (id: string) => ({
  options: (await SourceModel.findById(id).lean())!.options ?? null,
  changes: await SourceChangeModel.countDocuments({ sourceId: id }),
});

describe('source options (updateSourceOptions)', () => {
  it('lets an administrator accept the exact licence a dataset declares, recorded with who and when; the source then imports', async () => {
    const id = await ecoddsSource();
    expect((await run(id)).error).toMatch(/^LICENCE_NOT_ACCEPTED/);
    const { gql, user } = await signedInAs(t.app, 'ADMIN');

    const body = await gql(SET, { id, options: { acceptedLicence: CLOSED_LICENCE } });
    expect(body.errors).toBeUndefined();
    expect(body.data!.updateSourceOptions).toMatchObject({
      options: { acceptedLicence: CLOSED_LICENCE },
      changes: [
        {
          actorEmail: user.email,
          actorType: 'USER',
          field: 'options',
          before: null,
          after: { acceptedLicence: CLOSED_LICENCE },
        },
      ],
    });
    const summary = await run(id);
    expect(summary).toMatchObject({ status: 'SUCCEEDED' });
    expect(summary.created).toBeGreaterThan(0);

    // Saving the same options again records nothing; clearing them is recorded.
    await gql(SET, { id, options: { acceptedLicence: CLOSED_LICENCE } });
    const cleared = await gql(SET, { id, options: null });
    expect(cleared.data!.updateSourceOptions.options).toBeNull();
    expect(cleared.data!.updateSourceOptions.changes.map((c: { after: unknown }) => c.after)).toEqual([
      null,
      { acceptedLicence: CLOSED_LICENCE },
    ]);
  });

  it.each([
    [
      'a licence title that is not the dataset’s exact one',
      { acceptedLicence: CLOSED_LICENCE.toLowerCase() },
      { reason: 'LICENCE_TITLE_MISMATCH', option: 'acceptedLicence', licence: CLOSED_LICENCE },
    ],
    [
      'an option the format does not take',
      { acceptedLicense: CLOSED_LICENCE },
      { reason: 'UNKNOWN_SOURCE_OPTION', option: 'acceptedLicense' },
    ],
    ['a value an option cannot take', { profile: 'unknown-eco-organism' }, { reason: 'INVALID_SOURCE_OPTION' }],
    ['options that are not an object', ['acceptedLicence'], { reason: 'INVALID_SOURCE_OPTION' }],
  ])('refuses %s with BAD_USER_INPUT and a stable reason, storing nothing', async (_, options, extensions) => {
    const id = await ecoddsSource();
    const before = await stored(id);
    const { gql } = await signedInAs(t.app, 'ADMIN');
    const body = await gql(SET, { id, options });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'options', ...extensions });
    expect(await stored(id)).toEqual(before);
  });

  it('refuses options on a format that takes none, and a licence on a source that reads no data-fair dataset', async () => {
    const { gql } = await signedInAs(t.app, 'ADMIN');
    const csv = String((await ensureSource({ name: 'Syndicat (CSV)', format: 'csv' }))._id);
    expect((await gql(SET, { id: csv, options: { delimiter: ';' } })).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'UNKNOWN_SOURCE_OPTION',
      option: 'delimiter',
    });
    const file = String((await ensureSource({ name: 'LVAO (fichier)', format: 'lvao-csv' }))._id);
    const body = await gql(SET, { id: file, options: { acceptedLicence: CLOSED_LICENCE } });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'LICENCE_NOT_CHECKABLE' });
    expect(await stored(file)).toEqual({ options: null, changes: 0 });
  });

  it('keeps the options an administrator set through a territory sync whose profile names none for that source', async () => {
    const url = `${dataFair.url}/data-fair/api/v1/datasets/donnees-eo-ecodds/lines`;
    const profile = testProfile([{ key: 'ecodds', name: 'EcoDDS (territoire)', format: 'eco-organismes', url }], '.');
    const sync = () => syncTerritory(profile, { federation: testFederationConfig(5 * 1024 * 1024) });
    const refused = await sync();
    expect(refused.sources[0]!.error).toMatch(/^LICENCE_NOT_ACCEPTED/);
    const id = String((await SourceModel.findOne({ name: 'EcoDDS (territoire)' }).lean())!._id);
    const { gql } = await signedInAs(t.app, 'ADMIN');
    expect((await gql(SET, { id, options: { acceptedLicence: CLOSED_LICENCE } })).errors).toBeUndefined();
    const accepted = await sync();
    expect(accepted.sources[0]).toMatchObject({ status: 'SUCCEEDED', error: null });
    expect((await stored(id)).options).toEqual({ acceptedLicence: CLOSED_LICENCE });
  });

  it.each(['EDITOR', 'STRUCTURE'] as const)(
    'refuses an %s, even of the source’s organisation (FORBIDDEN ROLE_NOT_ALLOWED), and hides the history',
    async (role) => {
      const organizationId = await createOrganization();
      const id = await ecoddsSource(organizationId);
      const { gql } = await signedInAs(t.app, role, organizationId);
      const body = await gql(SET, { id, options: { acceptedLicence: CLOSED_LICENCE } });
      expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE_NOT_ALLOWED' });
      expect(await stored(id)).toEqual({ options: null, changes: 0 });
      if (role === 'EDITOR') {
        const read = await gql(CHANGES, { id });
        expect(read.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE_NOT_ALLOWED' });
      }
    },
  );
});
