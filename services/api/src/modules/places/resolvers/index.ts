import { place } from './Query/place';
import { places } from './Query/places';
import { mapFeatures } from './Query/mapFeatures';
import { Place, PlaceConnection } from './Place';

export const placesResolvers = {
  Query: { places, place, mapFeatures },
  Place,
  PlaceConnection,
};
