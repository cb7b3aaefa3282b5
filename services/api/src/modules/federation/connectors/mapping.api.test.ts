import request from 'supertest';
import { useTestApp } from '../../../../test/app';
import { gqlWith } from '../../../../test/staff';
import { SourceModel } from '../../places/source.model';
import { ensureSource } from '../sources/sources';
import { ImportRunModel } from '../runs/import-run.model';

// A mapping is stored as a document: a source code that is an operator ("$…") or a path ("a.b") must be
// refused as the person's mistake, naming the code, and never reach the database.
const TOKEN = 'test-admin-token-0123456789abcdef';
const t = useTestApp({
  seedDemo: false,
  env: { REEMPLOI_ADMIN_TOKEN: TOKEN, REEMPLOI_IMPORT_GEOCODER_URL: '', REEMPLOI_SCHEDULER_TICK_MS: '0' },
});
const admin = () => gqlWith(t.app, { authorization: `Bearer ${TOKEN}` });

const mappingWith = (valueMaps: object) => ({ fields: { name: 'Nom', lat: 'lat', lng: 'lng' }, valueMaps });
const CREATE =
  'mutation($input: SourceInput!) { createSource(input: $input) { source { id mapping } problems { field message } } }';
const UPDATE =
  'mutation($id: ID!, $input: SourceInput!) { updateSource(id: $id, input: $input) { source { id } problems { field message } } }';

describe('source codes in a mapping’s valueMaps', () => {
  it.each([
    ['objects', { objects: { $where: ['vetement'] } }, '$where'],
    ['objects', { objects: { 'TEX.1': ['vetement'] } }, 'TEX.1'],
    ['kind', { kind: { $gt: 'COLLECTION_POINT' } }, '$gt'],
  ])('createSource refuses the %s code %j, naming it, and stores no source', async (_, valueMaps, code) => {
    const name = `Syndicat ${code}`;
    const res = await admin()(CREATE, { input: { name, format: 'CSV', mapping: mappingWith(valueMaps) } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.createSource.source).toBeNull();
    expect(res.data!.createSource.problems).toEqual([
      { field: 'mapping', message: expect.stringContaining(`"${code}"`) },
    ]);
    expect(await SourceModel.exists({ name })).toBeNull();
  });

  it('updateSource refuses a "$" code and keeps the saved mapping', async () => {
    const created = await admin()(CREATE, {
      input: { name: 'Syndicat — bornes', format: 'CSV', mapping: mappingWith({ objects: { TEX: ['vetement'] } }) },
    });
    const { id } = created.data!.createSource.source;
    const res = await admin()(UPDATE, { id, input: { mapping: mappingWith({ objects: { $ne: ['vetement'] } }) } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.updateSource.problems).toEqual([{ field: 'mapping', message: expect.stringContaining('"$ne"') }]);
    const stored = await SourceModel.findById(id).lean();
    expect(stored!.mapping).toMatchObject({ valueMaps: { objects: { TEX: ['vetement'] } } });
  });

  it('importUpload refuses a "$" code: no source, no run', async () => {
    const uploaded = await request(t.app)
      .post('/admin/uploads?filename=bornes.csv')
      .set({ authorization: `Bearer ${TOKEN}`, 'content-type': 'text/csv' })
      .send('Nom;lat;lng\nBorne;49.6;-1.6\n');
    expect(uploaded.status).toBe(201);
    const runsBefore = await ImportRunModel.countDocuments();
    const res = await admin()(
      'mutation($input: ImportUploadInput!) { importUpload(input: $input) { run { id } source { id } problems { field message } } }',
      {
        input: {
          uploadId: uploaded.body.upload.id,
          newSource: { name: 'Bornes importées' },
          mapping: mappingWith({ kind: { $expr: 'COLLECTION_POINT' } }),
        },
      },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.importUpload).toMatchObject({ run: null, source: null });
    expect(res.data!.importUpload.problems).toEqual([
      { field: 'mapping', message: expect.stringContaining('"$expr"') },
    ]);
    expect(await SourceModel.exists({ name: 'Bornes importées' })).toBeNull();
    expect(await ImportRunModel.countDocuments()).toBe(runsBefore);
  });

  it('the command line’s source set-up answers BAD_USER_INPUT naming the code', async () => {
    await expect(
      ensureSource({ name: 'Fichier CLI', format: 'csv', mapping: mappingWith({ objects: { $in: ['vetement'] } }) }),
    ).rejects.toMatchObject({
      message: expect.stringContaining('"$in"'),
      code: 'BAD_USER_INPUT',
      details: { field: 'mapping' },
    });
    expect(await SourceModel.exists({ name: 'Fichier CLI' })).toBeNull();
  });

  it('refuses to reuse a source name with another format (CONFLICT, SOURCE_FORMAT_MISMATCH)', async () => {
    await ensureSource({ name: 'Fichier partagé', format: 'csv' });
    await expect(ensureSource({ name: 'Fichier partagé', format: 'geojson' })).rejects.toMatchObject({
      code: 'CONFLICT',
      reason: 'SOURCE_FORMAT_MISMATCH',
    });
    expect((await SourceModel.findOne({ name: 'Fichier partagé' }).lean())!.format).toBe('csv');
  });
});
