import { place } from './Query/place';
import { places } from './Query/places';
import { mapFeatures } from './Query/mapFeatures';
import { Place, PlaceConnection, PlaceSource } from './Place';

export const placesResolvers = {
  Query: { places, place, mapFeatures },
  Place,
  PlaceSource,
  PlaceConnection,
};
