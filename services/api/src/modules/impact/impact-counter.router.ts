import { Router, type Response } from 'express';
import { FACTOR_SET } from './impact-factors';
import { parisMonth } from './impact-lines';
import { type ImpactFigures, impactTotals } from './impact-totals';

// Partners' sites frame the counter; a few minutes' delay after a validation is fine.
const CACHE = 'public, max-age=300, stale-while-revalidate=3600';

const TEXT = {
  fr: {
    title: 'Le réemploi dans le Cotentin',
    diverted: 'tonnes détournées de l’enfouissement',
    co2: 'tonnes de CO2e évitées (estimation)',
    verified: (t: string) => `dont ${t} t sur des facteurs ADEME vérifiés, le reste sur des valeurs illustratives`,
    structures: 'structures',
    factors: 'Facteurs',
    more: 'Voir le détail',
    locale: 'fr-FR',
  },
  en: {
    title: 'Reuse in the Cotentin',
    diverted: 'tonnes kept out of landfill',
    co2: 'tonnes of CO2e avoided (estimate)',
    verified: (t: string) => `of which ${t} t on verified ADEME factors, the rest on illustrative values`,
    structures: 'structures',
    factors: 'Factors',
    more: 'See the details',
    locale: 'en-GB',
  },
} as const;

const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The counter's page: plain HTML and CSS, no script, readable at 200 px wide (WCAG AA contrast). */
export function counterHtml(
  lang: 'fr' | 'en',
  year: number | null,
  figures: ImpactFigures,
  structures: number,
  publicUrl: string,
): string {
  const t = TEXT[lang];
  const n = (value: number) => new Intl.NumberFormat(t.locale, { maximumFractionDigits: 1 }).format(value);
  const href = `${publicUrl.replace(/\/$/, '')}/impact${lang === 'en' ? '?lang=en' : ''}`;
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>${escape(t.title)}</title><style>
body{margin:0;font:15px/1.4 system-ui,sans-serif;color:#1b1b1b;background:#fff}
.c{padding:12px 14px;border:1px solid #2e6b3f;border-radius:8px}
h1{font-size:16px;margin:0 0 8px}p{margin:4px 0}strong{font-size:22px;color:#1f5130}
small{display:block;color:#4a4a4a;margin-top:8px}p small{margin-top:0}a{color:#1f5130}
</style></head><body><div class="c"><h1>${escape(t.title)}${year ? ` — ${year}` : ''}</h1>
<p><strong>${n(figures.divertedTonnes)}</strong> ${escape(t.diverted)}</p>
<p><strong>${n(figures.avoidedCo2eTonnes)}</strong> ${escape(t.co2)}<small>${escape(t.verified(n(figures.avoidedCo2eVerifiedTonnes)))}</small></p>
<p>${structures} ${escape(t.structures)}</p>
<small>${escape(t.factors)} : ${escape(FACTOR_SET.name)}, ${escape(FACTOR_SET.version)}. <a href="${escape(href)}" target="_blank" rel="noopener">${escape(t.more)}</a></small>
</div></body></html>`;
}

/**
 * `GET /embed/impact?lang=fr|en&annee=YYYY` (mounted there by app.ts): the impact counter partners frame on their sites
 * (docs/api.md), server-rendered from the validated declarations: nothing to load in the widget's budget.
 */
export function impactCounterRouter(options: { publicUrl: string }): Router {
  const router = Router();
  router.get('/', async (req, res: Response, next) => {
    try {
      const lang = req.query.lang === 'en' ? 'en' : 'fr';
      const raw = typeof req.query.annee === 'string' ? req.query.annee : '';
      const thisYear = Number(parisMonth(new Date()).slice(0, 4));
      const year = /^\d{4}$/.test(raw) && Number(raw) >= 2000 && Number(raw) <= thisYear ? Number(raw) : null;
      if (raw && year === null) {
        res.status(400).type('text').send('annee: a year between 2000 and this year.\n');
        return;
      }
      const totals = await impactTotals(year);
      res.removeHeader('X-Frame-Options');
      const csp = res.getHeader('Content-Security-Policy');
      if (typeof csp === 'string')
        res.set('Content-Security-Policy', csp.replace(/frame-ancestors [^;]*/, 'frame-ancestors *'));
      res.set('Cache-Control', CACHE);
      res.type('html').send(counterHtml(lang, year, totals.figures, totals.structures, options.publicUrl));
    } catch (error) {
      next(error);
    }
  });
  return router;
}
