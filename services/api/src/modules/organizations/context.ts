/** A published place of an organisation, as the places module reads it (wired by the composition root). */
export interface OrganizationPlace {
  id: string;
  slug: string;
  name: string;
  organizationId: string;
  commune: string | null;
  lat: number;
  lng: number;
}

/** Published places of one organisation, or of every organisation when none is named, by name. */
export type OrganizationPlaces = (organizationId?: string) => Promise<OrganizationPlace[]>;

// What the organizations module adds to the resolvers' context (shared/context.ts). Places belong to the
// places module, which depends on this one: their reads are passed in (composition/back-office.ts).
declare module '../../shared/context' {
  interface BackOffice {
    /** Profiles list a structure's places; the network's gaps count them in its coverage. */
    organizationPlaces: OrganizationPlaces;
  }
}
