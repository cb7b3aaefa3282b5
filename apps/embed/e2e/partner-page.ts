import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface PartnerSite {
  origin: string;
  /** Publishes an HTML page at `path` on the partner's origin. */
  page(path: string, body: string): string;
  close(): Promise<void>;
}

/** A stand-in for a partner's website: a plain HTTP server on its own port (so its own origin). */
export async function startPartnerSite(): Promise<PartnerSite> {
  const pages = new Map<string, string>();
  const server = http.createServer((req, res) => {
    const html = pages.get(new URL(req.url ?? '/', 'http://x').pathname);
    res.writeHead(html ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    page(path, body) {
      pages.set(
        path,
        `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Commune partenaire</title></head><body><main><h1>Commune partenaire</h1>${body}</main></body></html>`,
      );
      return `${origin}${path}`;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
