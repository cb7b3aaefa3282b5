import type { Context } from '../../../shared/context';

export const Structure = {
  /** Its published places, by name (public: what the directory shows). */
  places: (structure: { id: string }, _: unknown, ctx: Context) => ctx.backOffice.organizationPlaces(structure.id),
};
