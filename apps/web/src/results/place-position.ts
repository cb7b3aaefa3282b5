import type { PlaceSummary } from '../graphql/operations';

type Positioned = Pick<PlaceSummary, 'address' | 'distanceMeters' | 'locationPrecision' | 'locationUncertaintyMeters'>;

export interface PlacePosition {
  /** "Tourlaville (Cherbourg-en-Cotentin)", or the commune alone; null when unknown. */
  town: string | null;
  /** The point is only the commune's centre and no distance can be said under its uncertainty. */
  inCommune: boolean;
  /** Distance to show, or null (no search point, or under the position's uncertainty). */
  distanceMeters: number | null;
  /** The distance shown is measured to an approximate point. */
  approximate: boolean;
}

/** What a card or place page says about where a place is: "à 350 m", or "dans la commune de …". */
export function placePosition(place: Positioned): PlacePosition {
  const { locality, commune } = place.address;
  const town = locality && locality !== commune ? (commune ? `${locality} (${commune})` : locality) : commune;
  const uncertainty = place.locationUncertaintyMeters ?? 0;
  const distance = place.distanceMeters;
  const inCommune = place.locationPrecision === 'COMMUNE' && !!town && (distance === null || distance <= uncertainty);
  return {
    town,
    inCommune,
    distanceMeters: inCommune ? null : distance,
    approximate: uncertainty > 0,
  };
}
