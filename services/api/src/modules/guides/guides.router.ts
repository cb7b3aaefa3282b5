import { createHash } from 'node:crypto';
import { Router, type Response } from 'express';
import type { DirectoryService } from '../places';
import { type GuideAgenda, type GuideContent, guideContent } from './guide-content';
import { renderGuidePdf } from './guide-pdf';
import type { GuideLang } from './guide-text';

const MAX_AGE_SECONDS = 300;
const INSEE = /^(\d{5}|2[AB]\d{3})$/;
/** Rendered guides kept in memory, by content: a town hall printing it again gets the same file at once. */
const KEPT_GUIDES = 64;
// Bump when the layout changes, so cached copies are not reused across versions.
const LAYOUT_VERSION = 1;

function refuse(res: Response, status: number, code: string, message: string, field?: string): void {
  res.status(status).json({ error: { code, message, ...(field ? { field } : {}) } });
}

/** Changes when anything printed changes (places, hours, closures, events, the day, the language). */
function etagOf(content: GuideContent): string {
  const { text: _text, ...printed } = content;
  const hash = createHash('sha1').update(`${LAYOUT_VERSION}:${JSON.stringify(printed)}`);
  return `W/"${hash.digest('base64url')}"`;
}

/**
 * `GET /guide/<INSEE code>.pdf[?lang=en]`: the commune's printable one-page guide (déchèteries and their
 * hours, reuse places around, next events, a QR code to the live page), built from the in-memory directory.
 */
export function guidesRouter(deps: {
  directory: DirectoryService;
  publicUrl: string;
  agenda?: GuideAgenda;
  clock?: () => Date;
}): Router {
  const router = Router();
  const rendered = new Map<string, Buffer>();
  const clock = deps.clock ?? (() => new Date());

  router.get('/:file', async (req, res) => {
    const insee = /^(.+)\.pdf$/.exec(req.params.file)?.[1]?.toUpperCase();
    if (!insee || !INSEE.test(insee))
      return refuse(res, 400, 'BAD_USER_INPUT', 'The address is /guide/<INSEE code of the commune>.pdf.', 'insee');
    const lang = req.query.lang ?? 'fr';
    if (lang !== 'fr' && lang !== 'en') return refuse(res, 400, 'BAD_USER_INPUT', 'lang is fr or en.', 'lang');
    const now = clock();
    const content = guideContent({ ...deps, inseeCode: insee, lang: lang as GuideLang, now });
    if (!content)
      return refuse(
        res,
        404,
        'NOT_FOUND',
        `No commune with INSEE code ${insee} in the directory: no published place there. / Aucune commune de code INSEE ${insee} dans l’annuaire.`,
        'insee',
      );
    const etag = etagOf(content);
    res.set({
      ETag: etag,
      'Cache-Control': `public, max-age=${MAX_AGE_SECONDS}`,
      'Content-Disposition': `inline; filename="guide-reemploi-${insee}${lang === 'en' ? '-en' : ''}.pdf"`,
      'Content-Language': lang,
      'X-Content-Type-Options': 'nosniff',
    });
    res.type('application/pdf');
    if (req.fresh) return void res.status(304).end();
    let pdf = rendered.get(etag);
    if (!pdf) {
      pdf = await renderGuidePdf(content, now);
      if (rendered.size >= KEPT_GUIDES) rendered.delete(rendered.keys().next().value as string);
      rendered.set(etag, pdf);
    }
    res.send(pdf);
  });

  return router;
}
