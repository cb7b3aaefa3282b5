// Board module: the resource board between structures (issue 14): offers and needs, photos, matching
// mails. The module's public face: other modules and the composition root import from here only (eslint.config.js).

import { moduleSdl } from '../../shared/sdl';

/** The module's GraphQL SDL (schema.graphql). */
export const typeDefs = () => moduleSdl('board', 'schema.graphql');

export { BoardPhotoModel } from './board-photo.model';
export { BoardPostModel } from './board-post.model';
export { boardPhotosRouter } from './board-photos.router';
export { BoardService } from './board.service';
export { boardResolvers } from './resolvers';
