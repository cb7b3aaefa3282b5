// Federation module: sources, the import pipeline (README.md), uploads and the match review queue.
// The module's public face: other modules and the composition root import from here only (eslint.config.js).

import { moduleSdl } from '../../shared/sdl';

/** The module's GraphQL SDL (schema.graphql). */
export const typeDefs = () => moduleSdl('federation', 'schema.graphql');

export { LVAO_ACTION_COLUMNS, LVAO_COLUMNS } from './connectors/lvao-format';
export { type FederationConfig } from './federation-config';
export { FederationService } from './federation.service';
export { ImportRunModel } from './runs/import-run.model';
export { runImportCommand } from './runs/import.command';
export { runTerritoryCommand } from './territory/territory.command';
export { MatchReviewModel } from './matching/match-review.model';
export { PendingClosureModel } from './runs/pending-closure.model';
export { federationResolvers } from './resolvers';
export { UploadSweeper } from './uploads/upload-sweeper';
export { uploadsRouter } from './uploads/uploads.router';
export { guardedAgent } from './connectors/http-get';
export { URL_NOT_ALLOWED, type UrlPolicy, parseUrlPolicy, urlRefusal } from './sources/url-policy';
