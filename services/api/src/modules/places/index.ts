// Places module: place model and public view, directory index, search, staff editing and the one write path.
// The module's public face: other modules and the composition root import from here only (eslint.config.js).

import { moduleSdl } from '../../shared/sdl';

/** The module's GraphQL SDL (schema.graphql, staff.graphql). */
export const typeDefs = () => moduleSdl('places', 'schema.graphql', 'staff.graphql');

export { createImportedPlaces } from './commands/create-imported-places';
export { createPlace } from './commands/create-place';
export { recordLegacyCreators } from './commands/record-legacy-creators';
export { type PlaceStatus, type StoredPlace, type WriteDeps, loadPlace, updatePlace } from './commands/update-place';
export { type PlaceWriteDeps, writePlace } from './commands/write-place';
export { DirectoryService } from './directory.service';
export { PlaceEditor } from './place-editor.service';
export {
  type FieldProblem,
  PLACE_FIELD_PATHS,
  type PlaceChanges,
  comparable,
  getPath,
  parsePlaceFields,
} from './place-fields';
export { placeFieldCosts } from './place-query-costs';
export { decodeCursor, encodeCursor, validatePageSize } from './place-query';
export {
  type OrganizationPlace,
  findPlace,
  initPlaces,
  placesForImport,
  publishedPlacesOfOrganizations,
  selectPlaces,
} from './place-reads';
export { ACTIONS, type AUDIENCES, type LOCATION_PRECISIONS, NOTICE_KINDS, PLACE_KINDS } from './place.model';
export { type SourceWrite, type WritingSource, placePolicy } from './place.policy';
export { PlacesService } from './places.service';
export { EDITOR, provenanceKey } from './provenance';
export { type PlaceNotice, type PublicPlace } from './public-place';
export { placesResolvers } from './resolvers';
export { placeStaffResolvers } from './resolvers/staff-index';
export { seedDemoPlaces } from './seed-demo-places';
export { SlugAllocator } from './slug';
export { SourceRecordMarkModel, dropSourceRecordMarks, sourceRecordMarks } from './source-record-marks';
export { SOURCE_FORMATS, type SourceFormat, SourceModel } from './source.model';
