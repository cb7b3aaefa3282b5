import type { Express } from 'express';
import type { Config } from '../../config';

/** `/config.json`, the web app's runtime configuration, and `/styles/blank.json`, a blank basemap. */
export function runtimeConfigRoutes(
  app: Express,
  config: Config,
  { passwordLinksByMail }: { passwordLinksByMail: boolean },
) {
  app.get('/config.json', (_req, res) => {
    res.set('Cache-Control', 'no-cache').json({
      mapStyleUrl: config.mapStyleUrl,
      geocoderUrl: config.geocoderUrl,
      contactEmail: config.contactEmail,
      // The back-office's "forgot password" page only promises a mail when one can be sent.
      passwordLinksByMail,
    });
  });

  // A blank basemap for offline deployments and tests (REEMPLOI_MAP_STYLE_URL=/styles/blank.json).
  app.get('/styles/blank.json', (_req, res) => {
    res.json({
      version: 8,
      name: 'blank',
      sources: {},
      layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#eef2ee' } }],
    });
  });
}
