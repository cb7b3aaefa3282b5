import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

export const FIXTURES = path.join(__dirname, 'fixtures', 'federation');
export const fixture = (name: string) => path.join(FIXTURES, name);

/** Addresses the fixture geocoder knows (BAN answers: GeoJSON, lon/lat, score, type). */
const ADDRESSES: Record<
  string,
  { lon: number; lat: number; type: string; citycode: string; postcode: string; city: string }
> = {
  '12 rue de la gare 50630 quettehou': {
    lon: -1.3015,
    lat: 49.5931,
    type: 'housenumber',
    citycode: '50417',
    postcode: '50630',
    city: 'Quettehou',
  },
};

export interface FixtureServer {
  url: string;
  /** Requests the geocoder received. */
  geocoderRequests: string[];
  /** Answer the next N geocoder requests with HTTP 429 and Retry-After: 0. */
  throttleNext(n: number): void;
}

/**
 * A local HTTP server standing in for the network in tests: fixture files under /files/, the BAN
 * geocoder under /geocodage/search, and a paginated data·inclusion API under /api/v1/structures.
 */
export function useFixtureServer(): FixtureServer {
  const ctx: FixtureServer = { url: '', geocoderRequests: [], throttleNext: (n) => (throttled = n) };
  let throttled = 0;
  let server: Server;
  beforeAll(async () => {
    server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (url.pathname.startsWith('/files/')) {
        try {
          res.end(readFileSync(fixture(path.basename(url.pathname))));
        } catch {
          res.writeHead(404).end();
        }
        return;
      }
      if (url.pathname === '/geocodage/search') {
        ctx.geocoderRequests.push(url.search);
        if (throttled > 0) {
          throttled -= 1;
          res.writeHead(429, { 'retry-after': '0' }).end();
          return;
        }
        const hit = ADDRESSES[(url.searchParams.get('q') ?? '').toLowerCase()];
        const features = hit
          ? [
              {
                type: 'Feature',
                geometry: { type: 'Point', coordinates: [hit.lon, hit.lat] },
                properties: {
                  score: 0.93,
                  type: hit.type,
                  citycode: hit.citycode,
                  postcode: hit.postcode,
                  city: hit.city,
                },
              },
            ]
          : [];
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ type: 'FeatureCollection', features }));
        return;
      }
      if (url.pathname === '/api/v1/structures') {
        if (req.headers.authorization !== 'Bearer di-test-token') {
          res.writeHead(401).end();
          return;
        }
        const all = JSON.parse(readFileSync(fixture('data-inclusion-structures.json'), 'utf8')) as unknown[];
        const page = Number(url.searchParams.get('page') ?? '1');
        const size = 6;
        res.setHeader('content-type', 'application/json');
        res.end(
          JSON.stringify({
            items: all.slice((page - 1) * size, page * size),
            total: all.length,
            page,
            size,
            pages: Math.ceil(all.length / size),
          }),
        );
        return;
      }
      res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    ctx.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return ctx;
}
