// `@reemploi/taxonomy/ids`: the vocabulary's ids and nothing else, the one list every workspace checks
// values against. It imports nothing, so the partner widget can bundle it and stay a few KB; labels,
// descriptions and LVAO data are in the package's main entry point.

/** The actions (GraphQL `Action`), in display order. */
export const ACTION_IDS = [
  'REPAIR',
  'DONATE',
  'EXCHANGE',
  'LEND',
  'BORROW',
  'RENT',
  'RENT_OUT',
  'BUY',
  'SELL',
  'DROP_OFF',
  'RETURN',
] as const;
export type ActionId = (typeof ACTION_IDS)[number];

/** HAVE: "I have an object"; SEEK: "I am looking for an object" (LVAO jai / jecherche). */
export const DIRECTIONS = ['HAVE', 'SEEK'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** The place kinds (GraphQL `PlaceKind`), in display order. */
export const PLACE_KIND_IDS = [
  'RESSOURCERIE',
  'INSERTION',
  'RECYCLING_CENTRE',
  'COLLECTION_POINT',
  'REPAIR_CAFE',
  'CHARITY_SHOP',
  'SECOND_HAND_SHOP',
  'REPAIRER',
  'SHARING',
  'OTHER',
] as const;
export type PlaceKind = (typeof PLACE_KIND_IDS)[number];
