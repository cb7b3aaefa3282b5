import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import express, { type Express, type Request, type Response } from 'express';
import type { DocumentNode } from 'graphql';
import type { Logger } from '../../shared/logger';

/** One GraphQL operation run in this process for the page being prerendered. */
export type ExecuteOperation = (
  query: DocumentNode,
  variables: Record<string, unknown>,
) => Promise<{ data?: Record<string, unknown> | null; errors?: readonly unknown[] }>;

/** apps/web/src/ssr/prerender.tsx, built by `pnpm --filter @reemploi/web build` into dist/.ssr/prerender.cjs. */
interface PrerenderModule {
  prerenders(pathname: string): boolean;
  prerender(
    url: string,
    execute: ExecuteOperation,
  ): Promise<{ html: string; state: unknown; lang: 'fr' | 'en' } | null>;
}

export interface WebAppOptions {
  webDist: string;
  logger: Logger;
  /** Runs operations as this request would on /graphql: anonymous, the same resolvers and limits. */
  executeFor(req: Request, res: Response): ExecuteOperation;
  /** Whether this request may search now (it counts in the address's anonymous rate limit). */
  admit(req: Request): Promise<boolean>;
  /** Load the server bundle at start rather than on the first results page. */
  preload: boolean;
}

const ROOT = '<div id="root"></div>';
/** The app's stylesheet as Vite links it in index.html. */
const STYLESHEET = /<link rel="stylesheet"[^>]*? href="\/(assets\/[\w.-]+\.css)"[^>]*>/;

/**
 * JSON for inside `<script type="application/json">`: `<` (so no `</script>` nor `<!--` can close or
 * change the element, whatever a query string holds), `>`, `&` and the two JavaScript line separators
 * are written as \u escapes, which JSON.parse reads back unchanged.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * The built web app: assets, and index.html for every other path (SPA fallback). Results pages
 * (`/recherche?…`) come prerendered: the first page of results in the HTML, with the data as Apollo
 * cache state for the app's first render, so a slow phone paints the list before its JavaScript runs.
 * Without the server bundle, over the rate limit or on any error, the plain index.html is sent.
 */
export function serveWebApp(app: Express, options: WebAppOptions) {
  const index = path.join(options.webDist, 'index.html');
  const bundle = path.join(options.webDist, '.ssr', 'prerender.cjs');
  let prerenderer: Promise<PrerenderModule | null> | undefined;
  const loadPrerenderer = () =>
    (prerenderer ??= existsSync(bundle)
      ? (import(bundle) as Promise<PrerenderModule & { default?: PrerenderModule }>).then(
          (module) => (typeof module.prerender === 'function' ? module : (module.default ?? null)),
          (error: unknown) => {
            options.logger.warn({ err: error }, 'web app prerendering unavailable: its bundle did not load');
            return null;
          },
        )
      : Promise.resolve(null));

  // Loaded at start (the first results page should not wait for it), except in tests.
  if (options.preload) void loadPrerenderer();
  app.use(express.static(options.webDist, { index: false, maxAge: '1h', setHeaders: immutableAssets }));
  app.get(/^\/(?!graphql|healthz|readyz|config\.json|styles\/|exports\/).*/, async (req, res) => {
    if (!existsSync(index)) {
      res
        .status(503)
        .type('html')
        .send(
          '<!doctype html><html lang="fr"><meta charset="utf-8"><title>Réemploi</title><h1>Réemploi</h1><p>L’application web n’est pas encore construite : lancez <code>pnpm build</code>. The GraphQL API is at <a href="/graphql">/graphql</a>.</p></html>',
        );
      return;
    }
    res.set('Cache-Control', 'no-cache');
    if (!(await prerenderResults(req, res))) res.sendFile(index);
  });

  /**
   * Sends the page's head at once (the browser fetches the CSS and scripts meanwhile), then the body
   * with the results once rendered; false when the page is not prerendered and nothing was sent.
   */
  async function prerenderResults(req: Request, res: Response): Promise<boolean> {
    if (req.method !== 'GET') return false;
    const renderer = await loadPrerenderer();
    if (!renderer?.prerenders(req.path)) return false;
    const html = await readFile(index, 'utf8');
    const root = html.indexOf(ROOT);
    if (root < 0 || !(await options.admit(req))) return false;
    const lang = new URLSearchParams(req.url.split('?')[1] ?? '').get('lang') === 'en' ? 'en' : 'fr';
    res.status(200).type('html');
    res.write(await inlineStylesheet(html.slice(0, root).replace('<html lang="fr">', `<html lang="${lang}">`)));
    (res as Response & { flush?: () => void }).flush?.(); // through compression's buffer
    const page = await renderer.prerender(req.originalUrl, options.executeFor(req, res)).catch((error: unknown) => {
      options.logger.warn({ err: error, url: req.originalUrl }, 'prerendering failed; the app will load the results');
      return null;
    });
    res.end(
      (page
        ? `<div id="root" data-prerendered>${page.html}</div><script type="application/json" id="reemploi-state">${jsonForScript(page.state)}</script>`
        : ROOT) + html.slice(root + ROOT.length),
    );
    return true;
  }

  /**
   * The stylesheet in the page rather than linked: the list can be painted as soon as it arrives, instead
   * of after one more request that shares a slow link with the scripts (CSP: style-src allows inline).
   */
  const stylesheets = new Map<string, string>();
  async function inlineStylesheet(head: string): Promise<string> {
    const link = STYLESHEET.exec(head);
    if (!link) return head;
    const file = link[1]!;
    let css = stylesheets.get(file);
    if (css === undefined) {
      css = (await readFile(path.join(options.webDist, file), 'utf8').catch(() => '')).replace(/<\//g, '<\\/');
      stylesheets.set(file, css);
    }
    return css ? head.replace(link[0], () => `<style>${css}</style>`) : head;
  }
}

function immutableAssets(res: express.Response, filePath: string) {
  // Vite fingerprints everything under assets/: safe to cache for a year.
  if (filePath.includes(`${path.sep}assets${path.sep}`))
    res.set('Cache-Control', 'public, max-age=31536000, immutable');
}
