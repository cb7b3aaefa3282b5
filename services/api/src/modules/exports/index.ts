// Exports module: open-data exports of the published places (GeoJSON, CSV, LVAO CSV).
// The module's public face: other modules and the composition root import from here only (eslint.config.js).

export { exportsRouter } from './exports.router';
