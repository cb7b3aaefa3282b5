import iconv from 'iconv-lite';
import request from 'supertest';
import { useTestApp } from '../../../../test/app';
import { eventually } from '../../../../test/eventually';
import { createOrganization, createStaff, gqlWith, sessionCookieFor } from '../../../../test/staff';
import { AuditEventModel } from '../../audit/audit-event.model';
import type { Role } from '../../../shared/viewer';
import { metrics } from '../../../shared/observability/metrics';
import { ImportRunModel } from '../runs/import-run.model';
import { SourceModel } from '../../places/source.model';
import { ImportUploadChunkModel, ImportUploadModel, UPLOAD_LIFETIME_MS } from './upload.model';
import { purgeExpiredUploads } from './upload-store';

const TOKEN = 'test-admin-token-0123456789abcdef';

// The syndicate's export from Excel: Windows-1252, ";" separators, decimal commas.
const CSV_1252 = iconv.encode(
  [
    'Identifiant;Nom du point;Adresse;Code postal;Commune;Latitude;Longitude;Téléphone;Objets',
    'UP-1;Borne textile Église;1 place de l’Église;50100;Cherbourg-en-Cotentin;49,6386;-1,6164;02 33 00 00 01;TEX',
    'UP-2;Borne textile Mairie;2 rue de la Mairie;50700;Valognes;49,5089;-1,4703;;TEX',
    'UP-3;Borne sans position;Rue inconnue;50340;Les Pieux;;;;TEX',
    '',
  ].join('\r\n'),
  'win1252',
);

describe('imports from the back-office: upload, preview, run', () => {
  const t = useTestApp({
    seedDemo: false,
    env: {
      REEMPLOI_ADMIN_TOKEN: TOKEN,
      REEMPLOI_IMPORT_GEOCODER_URL: '',
      REEMPLOI_SCHEDULER_TICK_MS: '0',
      REEMPLOI_IMPORT_MAX_MB: '1',
      REEMPLOI_UPLOADS_PER_MIN: '1000',
    },
  });
  beforeAll(() => Promise.all([ImportUploadModel.init(), ImportUploadChunkModel.init(), ImportRunModel.init()]));

  const upload = (body: Buffer | string, headers: Record<string, string>, filename = 'points.csv') =>
    request(t.app)
      .post(`/admin/uploads?filename=${encodeURIComponent(filename)}`)
      .set('content-type', 'text/csv')
      .set(headers)
      .send(body);

  async function asRole(role: Role, organizationId: string | null = null) {
    const user = await createStaff(role, organizationId);
    const cookie = await sessionCookieFor(user.id);
    return { user, cookie, gql: gqlWith(t.app, { cookie }) };
  }

  describe('POST /admin/uploads', () => {
    it('refuses anonymous callers (401 UNAUTHENTICATED)', async () => {
      const res = await upload(CSV_1252, {});
      expect(res.status).toBe(401);
      expect(res.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    });

    it('refuses a session without the x-reemploi-upload header (CSRF)', async () => {
      const { cookie } = await asRole('ADMIN');
      const res = await upload(CSV_1252, { cookie });
      expect(res.status).toBe(403);
      expect(res.body.errors[0].extensions.code).toBe('UPLOAD_HEADER_REQUIRED');
    });

    it('ignores the session of a cross-site form post (simple content type)', async () => {
      const { cookie } = await asRole('ADMIN');
      const res = await request(t.app)
        .post('/admin/uploads?filename=points.csv')
        .set({ cookie, 'x-reemploi-upload': '1', 'content-type': 'text/plain' })
        .send('a;b');
      expect(res.status).toBe(401);
    });

    it.each<[Role]>([['MODERATOR'], ['STRUCTURE']])('refuses a %s (403 FORBIDDEN)', async (role) => {
      const { cookie } = await asRole(role, await createOrganization());
      const res = await upload(CSV_1252, { cookie, 'x-reemploi-upload': '1' });
      expect(res.status).toBe(403);
      expect(res.body.errors[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE_NOT_ALLOWED' });
    });

    it('refuses a bad file name (400 BAD_FILENAME)', async () => {
      for (const filename of ['', 'points.exe', '../etc/passwd.csv', '.csv']) {
        const res = await upload(CSV_1252, { authorization: `Bearer ${TOKEN}` }, filename);
        expect(res.status).toBe(400);
        expect(res.body.errors[0].extensions.code).toBe('BAD_FILENAME');
      }
    });

    it('refuses a file over REEMPLOI_IMPORT_MAX_MB (413 PAYLOAD_TOO_LARGE) and keeps nothing of it', async () => {
      const before = await ImportUploadChunkModel.countDocuments();
      const res = await upload(Buffer.alloc(1024 * 1024 + 1, 0x61), { authorization: `Bearer ${TOKEN}` });
      expect(res.status).toBe(413);
      expect(res.body.errors[0].extensions).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', maxBytes: 1024 * 1024 });
      expect(await ImportUploadChunkModel.countDocuments()).toBe(before);
    });

    it('stores the file of an editor sending the header, in the database', async () => {
      const { cookie } = await asRole('EDITOR', await createOrganization());
      const res = await upload(CSV_1252, { cookie, 'x-reemploi-upload': '1' });
      expect(res.status).toBe(201);
      expect(res.body.upload).toMatchObject({ filename: 'points.csv', format: 'CSV', size: CSV_1252.length });
    });
  });

  it('previews a Windows-1252 ";" CSV with the connectors’ readers and suggests a mapping', async () => {
    const { cookie, gql } = await asRole('EDITOR', await createOrganization());
    const id = (await upload(CSV_1252, { cookie, 'x-reemploi-upload': '1' })).body.upload.id;
    const body = await gql(
      `query($id: ID!) { importPreview(uploadId: $id) { upload { filename format } encoding separator columns rows { line cells error } suggestedMapping } }`,
      { id },
    );
    expect(body.errors).toBeUndefined();
    const preview = body.data!.importPreview;
    expect(preview).toMatchObject({ encoding: 'Windows-1252', separator: ';', upload: { format: 'CSV' } });
    expect(preview.columns).toEqual([
      'Identifiant',
      'Nom du point',
      'Adresse',
      'Code postal',
      'Commune',
      'Latitude',
      'Longitude',
      'Téléphone',
      'Objets',
    ]);
    expect(preview.rows).toHaveLength(3);
    expect(preview.rows[0]).toEqual({
      line: 2,
      cells: [
        'UP-1',
        'Borne textile Église',
        '1 place de l’Église',
        '50100',
        'Cherbourg-en-Cotentin',
        '49,6386',
        '-1,6164',
        '02 33 00 00 01',
        'TEX',
      ],
      error: null,
    });
    expect(preview.suggestedMapping).toEqual({
      fields: {
        externalId: 'Identifiant',
        name: 'Nom du point',
        street: 'Adresse',
        postcode: 'Code postal',
        commune: 'Commune',
        lat: 'Latitude',
        lng: 'Longitude',
        phone: 'Téléphone',
        objects: 'Objets',
      },
    });
    // Someone else's upload is not theirs to read.
    const other = await asRole('EDITOR', await createOrganization());
    const refused = await other.gql(`query($id: ID!) { importPreview(uploadId: $id) { encoding } }`, { id });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OTHER_UPLOADER' });
  });

  it('imports an upload into a new source through GraphQL: exact counts, rejected rows, audit and metrics', async () => {
    const organizationId = await createOrganization();
    const { cookie, gql } = await asRole('EDITOR', organizationId);
    const id = (await upload(CSV_1252, { cookie, 'x-reemploi-upload': '1' })).body.upload.id;
    const mapping = {
      fields: {
        externalId: 'Identifiant',
        name: 'Nom du point',
        street: 'Adresse',
        postcode: 'Code postal',
        commune: 'Commune',
        lat: 'Latitude',
        lng: 'Longitude',
        phone: 'Téléphone',
        objects: 'Objets',
      },
      kind: 'COLLECTION_POINT',
      action: 'DROP_OFF',
      valueMaps: { objects: { TEX: ['vetement'] } },
    };
    const IMPORT = `mutation($input: ImportUploadInput!) { importUpload(input: $input) { run { id status } source { id name format priority licence mapping } problems { field message } } }`;
    const bad = await gql(IMPORT, { input: { uploadId: id, newSource: { name: 'Bornes' }, mapping: { fields: {} } } });
    expect(bad.data!.importUpload.problems[0].field).toBe('mapping');
    const before = (await metrics.importRuns.get()).values.find((v) => v.labels.source === 'Bornes du syndicat');
    const started = await gql(IMPORT, {
      input: {
        uploadId: id,
        newSource: { name: 'Bornes du syndicat', licence: 'Licence Ouverte 2.0', priority: 80 },
        mapping,
      },
    });
    expect(started.errors).toBeUndefined();
    const { run, source } = started.data!.importUpload;
    expect(source).toMatchObject({
      name: 'Bornes du syndicat',
      format: 'CSV',
      priority: 80,
      licence: 'Licence Ouverte 2.0',
    });
    expect((await SourceModel.findById(source.id).lean())!.organizationId!.toString()).toBe(organizationId);
    let finished: Record<string, any> = {};
    for (let i = 0; i < 100; i += 1) {
      finished = (
        await gql(
          `query($id: ID!) { importRun(id: $id) { error status processed total progress created updated unchanged rejected closed rejections { line reason } } }`,
          { id: run.id },
        )
      ).data!.importRun;
      if (finished.status !== 'RUNNING') break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(finished).toMatchObject({
      status: 'SUCCEEDED',
      processed: 3,
      total: 3,
      progress: 1,
      created: 2,
      updated: 0,
      unchanged: 0,
      rejected: 1,
      closed: 0,
    });
    expect(finished.rejections).toHaveLength(1);
    expect(finished.rejections[0].line).toBe(4);
    expect(finished.rejections[0].reason).toMatch(/\S/);
    const found = await t.gql<{ places: { totalCount: number } }>(
      `{ places(filter: { text: "Borne textile" }) { totalCount } }`,
    );
    expect(found.data!.places.totalCount).toBe(2);
    // The audit trail names the run; the run is counted; the upload is gone.
    const events = await AuditEventModel.find({ 'actor.sourceId': source.id }).lean();
    expect(events).toHaveLength(2);
    expect(events.every((e) => e.actor?.importRunId === run.id)).toBe(true);
    const after = (await metrics.importRuns.get()).values.find(
      (v) => v.labels.source === 'Bornes du syndicat' && v.labels.status === 'SUCCEEDED',
    );
    expect(after?.value).toBe((before?.value ?? 0) + 1);
    // Deleted in the background once the run ends: waited for (up to 20 s on a loaded CI machine), not timed.
    await eventually(async () => expect(await ImportUploadModel.exists({ _id: id })).toBeNull());
    expect(await ImportUploadChunkModel.countDocuments({ uploadId: id })).toBe(0);
  });

  it('deletes uploads after a day', async () => {
    const res = await upload(CSV_1252, { authorization: `Bearer ${TOKEN}` });
    const id = res.body.upload.id as string;
    expect(await purgeExpiredUploads(new Date())).toBe(0);
    expect(await ImportUploadModel.exists({ _id: id })).not.toBeNull();
    await purgeExpiredUploads(new Date(Date.now() + UPLOAD_LIFETIME_MS + 1000));
    expect(await ImportUploadModel.exists({ _id: id })).toBeNull();
    expect(await ImportUploadChunkModel.countDocuments({ uploadId: id })).toBe(0);
  });
});
