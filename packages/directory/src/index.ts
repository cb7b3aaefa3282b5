export { AgendaIndex } from './agenda-index';
export type { AgendaCursor, AgendaEvent, AgendaFilter, AgendaHit, AgendaQuery, AgendaResult } from './agenda-index';
export { DirectoryIndex } from './directory-index';
export { haversineMeters } from './geo';
export { foldText } from './french-text';
export { compareNames } from './name-order';
export type {
  BBox,
  DirectoryFilter,
  DirectoryOffer,
  DirectoryOptions,
  DirectoryPlace,
  FacetCounts,
  LatLng,
  MapFeature,
  MapFeaturesQuery,
  SearchHit,
  SearchQuery,
  SearchResult,
} from './types';
