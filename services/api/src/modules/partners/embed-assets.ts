import { existsSync } from 'node:fs';
import path from 'node:path';
import { Router, type Response } from 'express';

// Short cache: partners never change their script tag, so a new widget reaches them within minutes.
const CACHE = 'public, max-age=300, stale-while-revalidate=86400';

/** The embeddable widget (/embed.js) and map iframe loader (/embed/carte.js), built by apps/embed. */
export function embedAssets(embedDist: string): Router {
  const router = Router();
  const serve = (file: string) => (_req: unknown, res: Response) => {
    const full = path.join(embedDist, file);
    res.set({
      'Access-Control-Allow-Origin': '*',
      'Cross-Origin-Resource-Policy': 'cross-origin',
      'Cache-Control': CACHE,
    });
    if (!existsSync(full)) {
      res
        .status(404)
        .type('text/javascript')
        .send(`/* ${file} is not built: run pnpm --filter @reemploi/embed build */\n`);
      return;
    }
    res.type('text/javascript; charset=utf-8').sendFile(full, { cacheControl: false });
  };
  router.get('/embed.js', serve('embed.js'));
  router.get('/embed/carte.js', serve('carte-loader.js'));
  // /embed/carte itself is a page of the web app, made to be framed by partner sites.
  router.get('/embed/carte', (_req, res, next) => {
    res.removeHeader('X-Frame-Options');
    const csp = res.getHeader('Content-Security-Policy');
    if (typeof csp === 'string')
      res.set('Content-Security-Policy', csp.replace(/frame-ancestors [^;]*/, 'frame-ancestors *'));
    next();
  });
  return router;
}
