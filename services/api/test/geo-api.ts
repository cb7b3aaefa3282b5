import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

/**
 * A loopback stand-in for geo.api.gouv.fr's `/communes?codeEpci=<siren>&fields=code,nom,centre&format=json`.
 * Its fixture (fixtures/geo-api/communes-200067205.json) is reconstructed from the API's documented format,
 * `[{"nom","code","centre":{"type":"Point","coordinates":[lng,lat]}}]`, with four communes of the Cotentin (Les Pieux already has a position)
 * (centres approximate), not a recorded answer. EPCI 200067205 gets it; 999999999 an answer that is no list
 * of communes; any other EPCI an empty list.
 */
export function useGeoApi(): { url: string; requests: string[] } {
  const ctx = { url: '', requests: [] as string[] };
  let server: Server;
  beforeAll(async () => {
    const communes = readFileSync(path.join(__dirname, 'fixtures', 'geo-api', 'communes-200067205.json'));
    server = createServer((req, res) => {
      ctx.requests.push(req.url!);
      const url = new URL(req.url!, 'http://localhost');
      const epci = url.searchParams.get('codeEpci');
      if (url.pathname !== '/communes') return void res.writeHead(404).end();
      res.setHeader('content-type', 'application/json');
      if (epci === '200067205') return void res.end(communes);
      if (epci === '999999999') return void res.end(JSON.stringify([{ nom: 'Nulle part', code: '50999' }]));
      res.end('[]');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    ctx.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return ctx;
}
