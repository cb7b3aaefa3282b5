import helmet from 'helmet';
import type { RequestHandler } from 'express';
import type { Config } from '../../config';

/** Helmet's headers with the app's Content-Security-Policy; COEP off (MapLibre's cross-origin tiles). */
export function securityHeaders(config: Config): RequestHandler {
  return helmet({ contentSecurityPolicy: contentSecurityPolicy(config), crossOriginEmbedderPolicy: false });
}

function contentSecurityPolicy(config: Config) {
  return {
    useDefaults: true,
    directives: {
      'default-src': ["'self'"],
      // MapLibre fetches styles, tiles, glyphs and sprites from the configured basemap host.
      'connect-src': ["'self'", 'https:'],
      'img-src': ["'self'", 'data:', 'blob:', 'https:'],
      'worker-src': ["'self'", 'blob:'],
      'child-src': ["'self'", 'blob:'],
      'style-src': ["'self'", "'unsafe-inline'"],
      'script-src': ["'self'"],
      'frame-ancestors': ["'self'"],
      'upgrade-insecure-requests': config.env === 'production' ? [] : null,
    },
  };
}
