import request from 'supertest';
import { useTestApp } from '../../../../test/app';
import { createOrganization, createStaff, sessionCookieFor } from '../../../../test/staff';
import { loadConfig } from '../../../config';
import { ImportUploadChunkModel, ImportUploadModel } from './upload.model';

const MB = 1024 * 1024;

// Operators size uploads apart from imports (REEMPLOI_UPLOAD_MAX_MB), and each person has an upload budget.
describe('limits of POST /admin/uploads', () => {
  const t = useTestApp({
    seedDemo: false,
    env: { REEMPLOI_UPLOAD_MAX_MB: '1', REEMPLOI_IMPORT_MAX_MB: '1024', REEMPLOI_UPLOADS_PER_MIN: '2' },
  });
  beforeAll(() => Promise.all([ImportUploadModel.init(), ImportUploadChunkModel.init()]));

  async function editor() {
    const user = await createStaff('EDITOR', await createOrganization());
    const cookie = await sessionCookieFor(user.id);
    return (body: Buffer | string) =>
      request(t.app)
        .post('/admin/uploads?filename=points.csv')
        .set({ cookie, 'x-reemploi-upload': '1', 'content-type': 'text/csv' })
        .send(body);
  }

  it('sizes uploads by REEMPLOI_UPLOAD_MAX_MB (default 512 MB), never above REEMPLOI_IMPORT_MAX_MB', () => {
    expect(loadConfig({ NODE_ENV: 'test' }).federation.uploadMaxBytes).toBe(512 * MB);
    expect(loadConfig({ NODE_ENV: 'test', REEMPLOI_IMPORT_MAX_MB: '100' }).federation.uploadMaxBytes).toBe(100 * MB);
  });

  it('refuses a file over REEMPLOI_UPLOAD_MAX_MB though imports may read larger ones, and keeps nothing', async () => {
    const upload = await editor();
    const chunksBefore = await ImportUploadChunkModel.countDocuments();
    const res = await upload(Buffer.alloc(MB + 1, 0x61));
    expect(res.status).toBe(413);
    expect(res.body.errors[0].extensions).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', maxBytes: MB });
    expect(res.body.errors[0].message).toBe('The file is larger than the 1 MB allowed.');
    expect(await ImportUploadChunkModel.countDocuments()).toBe(chunksBefore);
    expect((await upload(Buffer.alloc(MB, 0x61))).status).toBe(201);
  });

  it('takes REEMPLOI_UPLOADS_PER_MIN uploads a minute from one person, then 429 RATE_LIMITED; others go on', async () => {
    const upload = await editor();
    expect((await upload('Nom;lat;lng\nA;49.6;-1.6\n')).status).toBe(201);
    expect((await upload('Nom;lat;lng\nB;49.6;-1.6\n')).status).toBe(201);
    const uploadsBefore = await ImportUploadModel.countDocuments();
    const refused = await upload('Nom;lat;lng\nC;49.6;-1.6\n');
    expect(refused.status).toBe(429);
    expect(refused.body.errors[0].extensions).toMatchObject({
      code: 'RATE_LIMITED',
      retryAfterSeconds: expect.any(Number),
    });
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(await ImportUploadModel.countDocuments()).toBe(uploadsBefore);
    const colleague = await editor();
    expect((await colleague('Nom;lat;lng\nD;49.6;-1.6\n')).status).toBe(201);
  });
});
