// Web module: the built resident app (assets, SPA fallback) and its prerendered results page.
// The module's public face: other modules and the composition root import from here only (eslint.config.js).

export { serveWebApp, type WebAppOptions } from './web-app';
