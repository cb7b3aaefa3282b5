import request from 'supertest';
import { useTestApp } from '../test/app';

describe('operator endpoints and web serving', () => {
  const t = useTestApp();

  it('reports liveness on /healthz and readiness with the index size on /readyz', async () => {
    expect((await request(t.app).get('/healthz')).body.status).toBe('ok');
    const ready = await request(t.app).get('/readyz');
    expect(ready.status).toBe(200);
    expect(ready.body).toMatchObject({ status: 'ready', database: 'up', index: { built: true, places: 23 } });
  });

  it('sends secure headers', async () => {
    const res = await request(t.app).get('/healthz');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('gives the web app its runtime configuration', async () => {
    const res = await request(t.app).get('/config.json');
    expect(res.body).toEqual({
      mapStyleUrl: expect.any(String),
      geocoderUrl: null,
      contactEmail: null,
      passwordLinksByMail: false,
    });
  });

  it('answers cross-origin GraphQL reads for partner sites', async () => {
    const res = await request(t.app)
      .options('/graphql')
      .set('Origin', 'https://commune.example')
      .set('Access-Control-Request-Method', 'POST');
    expect(res.headers['access-control-allow-origin']).toBe('*');
  });
});
