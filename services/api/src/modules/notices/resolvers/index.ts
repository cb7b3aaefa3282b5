import type { Context } from '../../../shared/context';
import type { PublicPlace } from '../../places';
import { addPlaceNotice } from './Mutation/addPlaceNotice';
import { removePlaceNotice } from './Mutation/removePlaceNotice';
import { liveNotices } from './notice-view';

/** Resolvers of the notices module (schema.graphql): staff mutations and the notices of a Place. */
export const noticesResolvers = {
  Mutation: { addPlaceNotice, removePlaceNotice },
  Place: {
    notices: (place: PublicPlace, _: unknown, ctx: Context) => liveNotices(place.notices ?? [], ctx.now),
    effectiveOpeningHours: (place: PublicPlace) => place.effectiveOpeningHours ?? place.openingHours,
  },
};
