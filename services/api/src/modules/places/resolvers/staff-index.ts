import { clearOverride } from './Mutation/clearOverride';
import { confirmPlace } from './Mutation/confirmPlace';
import { placesToVerify } from './Query/placesToVerify';
import { closePlace } from './Mutation/closePlace';
import { closePlaces } from './Mutation/closePlaces';
import { createPlace } from './Mutation/createPlace';
import { publishPlace } from './Mutation/publishPlace';
import { reopenPlace } from './Mutation/reopenPlace';
import { setPlacesOpeningHours } from './Mutation/setPlacesOpeningHours';
import { updatePlace } from './Mutation/updatePlace';
import { ManagedPlace } from './ManagedPlace';
import { managedPlace } from './Query/managedPlace';
import { managedPlaces } from './Query/managedPlaces';

/** Back-office resolvers of the places domain (schema in staff.graphql). */
export const placeStaffResolvers = {
  Query: { managedPlaces, managedPlace, placesToVerify },
  Mutation: {
    createPlace,
    updatePlace,
    publishPlace,
    closePlace,
    reopenPlace,
    clearOverride,
    closePlaces,
    setPlacesOpeningHours,
    confirmPlace,
  },
  ManagedPlace,
};
