// Test helpers shared by the *.test.ts files of this package (not exported by the package).
import type { DirectoryOptions, DirectoryPlace } from './types';

const CATEGORY_OF: Record<string, string> = {
  meuble: 'mobilier',
  literie: 'mobilier',
  vetement: 'textile',
  linge: 'textile',
  chaussure: 'textile',
  petit_electromenager: 'electromenager',
  gros_electromenager: 'electromenager',
  velo: 'loisirs',
  jouet: 'loisirs',
  livre: 'culture',
};

export const testOptions: DirectoryOptions = { categoryOf: (sub) => CATEGORY_OF[sub] };

let counter = 0;

/** A valid place with sensible defaults; every field can be overridden. */
export function buildPlace(overrides: Partial<DirectoryPlace> = {}): DirectoryPlace {
  counter++;
  const id = overrides.id ?? `place-${counter}`;
  return {
    id,
    slug: overrides.slug ?? `slug-${id}`,
    name: `Lieu ${counter}`,
    kind: 'RESSOURCERIE',
    lat: 49.64,
    lng: -1.62,
    commune: 'Cherbourg-en-Cotentin',
    inseeCode: '50129',
    description: null,
    offers: [{ action: 'donner', subcategories: ['meuble'] }],
    labels: [],
    homeService: false,
    openingHours: null,
    keywords: '',
    ...overrides,
  };
}

/** Ids of the hits, in order. */
export function ids(result: { hits: { place: { id: string } }[] }): string[] {
  return result.hits.map((hit) => hit.place.id);
}
