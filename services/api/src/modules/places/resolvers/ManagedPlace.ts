import type { StoredPlace } from '../commands/update-place';
import { toPublicPlace } from '../public-place';

export const ManagedPlace = {
  id: (place: StoredPlace) => place._id.toString(),
  organizationId: (place: StoredPlace) => place.organizationId?.toString() ?? null,
  provenance: (place: StoredPlace) => {
    const names = new Map(place.sources.map((s) => [s.sourceId.toString(), s.name] as const));
    // Stored keys are field paths with "/" for "." (see places/provenance.ts, provenanceKey).
    return Object.entries((place.provenance ?? {}) as Record<string, string>).map(([key, owner]) => {
      const field = key.replace(/\//g, '.');
      return { field, source: names.get(String(owner)) ?? String(owner), overridden: place.overrides.includes(field) };
    });
  },
  place: (place: StoredPlace) => ({ ...toPublicPlace(place), distanceMeters: null }),
  createdAt: (place: StoredPlace) => place.createdAt.toISOString(),
  updatedAt: (place: StoredPlace) => place.updatedAt.toISOString(),
};
