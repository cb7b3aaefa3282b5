import type { DirectoryPlace } from '../src/types';

/** Deterministic pseudo-random numbers (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// [name, lat, lng, weight ≈ population share]
export const CITIES: [string, number, number, number][] = [
  ['Paris', 48.857, 2.352, 40],
  ['Marseille', 43.296, 5.37, 12],
  ['Lyon', 45.764, 4.836, 12],
  ['Toulouse', 43.605, 1.444, 9],
  ['Nice', 43.71, 7.262, 6],
  ['Nantes', 47.218, -1.554, 7],
  ['Strasbourg', 48.573, 7.752, 6],
  ['Montpellier', 43.611, 3.877, 6],
  ['Bordeaux', 44.838, -0.579, 8],
  ['Lille', 50.629, 3.057, 9],
  ['Rennes', 48.117, -1.678, 5],
  ['Reims', 49.258, 4.032, 3],
  ['Le Havre', 49.494, 0.107, 3],
  ['Rouen', 49.443, 1.1, 4],
  ['Caen', 49.182, -0.37, 3],
  ['Cherbourg-en-Cotentin', 49.633, -1.622, 2],
  ['Saint-Lô', 49.116, -1.09, 1],
  ['Valognes', 49.509, -1.47, 0.5],
  ['Brest', 48.39, -4.486, 3],
  ['Tours', 47.394, 0.685, 3],
  ['Dijon', 47.322, 5.041, 3],
  ['Grenoble', 45.188, 5.724, 4],
  ['Clermont-Ferrand', 45.777, 3.087, 3],
  ['Limoges', 45.834, 1.261, 2],
  ['Orléans', 47.903, 1.909, 2],
  ['Metz', 49.119, 6.176, 3],
  ['Perpignan', 42.688, 2.894, 2],
  ['Besançon', 47.238, 6.024, 2],
  ['Poitiers', 46.58, 0.34, 2],
  ['Pau', 43.295, -0.371, 2],
  ['La Rochelle', 46.16, -1.151, 2],
  ['Amiens', 49.894, 2.296, 2],
];

export const SUBCATEGORY_CATEGORY: Record<string, string> = {
  meuble: 'mobilier',
  literie: 'mobilier',
  decoration: 'mobilier',
  luminaire: 'mobilier',
  vetement: 'textile',
  chaussure: 'textile',
  linge: 'textile',
  maroquinerie: 'textile',
  petit_electromenager: 'electromenager',
  gros_electromenager: 'electromenager',
  informatique: 'electronique',
  telephone: 'electronique',
  hifi: 'electronique',
  ecran: 'electronique',
  velo: 'loisirs',
  jouet: 'loisirs',
  materiel_sport: 'loisirs',
  instrument_musique: 'loisirs',
  livre: 'culture',
  disque: 'culture',
  vaisselle: 'maison',
  outil_bricolage: 'bricolage',
  jardin: 'bricolage',
  puericulture: 'enfance',
};
const SUBS = Object.keys(SUBCATEGORY_CATEGORY);
// The mix found in LVAO data: textile and furniture dominate, then small appliances, books, toys.
const SUB_WEIGHTS: Record<string, number> = {
  vetement: 14,
  chaussure: 8,
  linge: 7,
  meuble: 10,
  petit_electromenager: 7,
  livre: 6,
  jouet: 6,
  vaisselle: 5,
  velo: 4,
};

const KINDS: [string, number, string[], string[]][] = [
  // kind, weight, actions, typical sub-categories ([] = broad random mix)
  ['COLLECTION_POINT', 40, ['trier'], ['vetement', 'chaussure', 'linge', 'maroquinerie']],
  [
    'REPAIRER',
    15,
    ['reparer'],
    ['petit_electromenager', 'gros_electromenager', 'informatique', 'telephone', 'velo', 'chaussure', 'hifi', 'ecran'],
  ],
  ['SECOND_HAND_SHOP', 10, ['acheter', 'revendre'], []],
  ['RESSOURCERIE', 8, ['donner', 'acheter'], []],
  ['CHARITY_SHOP', 7, ['donner', 'acheter'], ['vetement', 'chaussure', 'livre', 'vaisselle', 'jouet', 'linge']],
  ['RECYCLING_CENTRE', 5, ['trier', 'donner'], []],
  ['REPAIR_CAFE', 5, ['reparer'], ['petit_electromenager', 'velo', 'vetement', 'informatique', 'jouet', 'luminaire']],
  [
    'SHARING',
    4,
    ['emprunter', 'preter', 'echanger'],
    ['outil_bricolage', 'jardin', 'livre', 'jouet', 'materiel_sport'],
  ],
  ['INSERTION', 3, ['donner', 'acheter', 'reparer'], []],
  ['OTHER', 3, ['louer', 'rapporter'], []],
];
const LABELS: [string, number][] = [
  ['ESS', 0.2],
  ['ACI', 0.05],
  ['EI', 0.04],
  ['REPARACTEURS', 0.08],
  ['QUALIREPAR', 0.06],
  ['EMMAUS', 0.02],
];
const DAYS = ['Mo-Fr', 'Mo-Sa', 'Tu-Sa', 'We,Sa', 'Mo,We,Fr', 'Sa'];
const TIMES = [
  '09:00-12:00,14:00-18:00',
  '10:00-19:00',
  '09:00-17:30',
  '14:00-18:00',
  '08:30-12:30',
  '10:00-12:00,13:30-17:00',
];

const NAME_HEADS: Record<string, string[]> = {
  COLLECTION_POINT: [
    'Borne textile',
    "Point d'apport volontaire",
    'Conteneur Le Relais',
    'Borne Tissons la solidarité',
  ],
  REPAIRER: ['Atelier', 'Cordonnerie', 'Réparation', 'Station vélo', 'Dépannage'],
  SECOND_HAND_SHOP: ['Dépôt-vente', 'Brocante', 'Friperie', 'Troc', 'Bouquinerie'],
  RESSOURCERIE: ['Ressourcerie', 'Recyclerie', 'Écocyclerie', 'La Ressourcerie'],
  CHARITY_SHOP: ['Emmaüs', 'Vestiboutique Croix-Rouge', 'Boutique solidaire', 'Secours populaire'],
  RECYCLING_CENTRE: ['Déchèterie', 'Déchetterie intercommunale'],
  REPAIR_CAFE: ['Repair café', 'Café bricole', 'Atelier de réparation'],
  SHARING: ['Outilthèque', 'Ludothèque', 'Boîte à dons', 'Grainothèque'],
  INSERTION: ["Atelier chantier d'insertion", "Entreprise d'insertion", 'Envie'],
  OTHER: ['Location solidaire', 'Point de reprise'],
};
const NAME_TAILS = [
  'du Centre',
  'des Quais',
  'du Marché',
  'de la Gare',
  'Le Grenier',
  'La Trocante',
  'Les Fourmis',
  'Le Hangar',
  'Saint-Michel',
  'du Port',
  '',
];
const SYLLABLES = ['Saint', 'Sainte', 'Le Mesnil', 'La Haye', 'Bois', 'Val', 'Mont', 'Villiers', 'Pont', 'Beau'];
const SUFFIXES = [
  'sur-Mer',
  'en-Bessin',
  'le-Château',
  "d'Aunis",
  'la-Forêt',
  'les-Bains',
  'du-Lac',
  'Martin',
  'Pierre',
  'Hilaire',
];

function ruralCommune(rand: () => number): string {
  return `${SYLLABLES[Math.floor(rand() * SYLLABLES.length)]}-${SUFFIXES[Math.floor(rand() * SUFFIXES.length)]}`;
}

function placeName(rand: () => number, kind: string, commune: string): string {
  const heads = NAME_HEADS[kind]!;
  const tail = NAME_TAILS[Math.floor(rand() * NAME_TAILS.length)];
  return `${heads[Math.floor(rand() * heads.length)]} ${tail || commune}`;
}

function weighted<V>(rand: () => number, entries: [V, number][]): V {
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  let r = rand() * total;
  for (const [value, w] of entries) if ((r -= w) <= 0) return value;
  return entries[entries.length - 1]![0];
}

function gaussian(rand: () => number): number {
  return Math.sqrt(-2 * Math.log(rand() || 1e-12)) * Math.cos(2 * Math.PI * rand());
}

function hours(rand: () => number): string | null {
  if (rand() < 0.12) return null;
  if (rand() < 0.05) return '24/7';
  const extra = rand() < 0.3 ? '; Sa 10:00-12:00' : '';
  return `${DAYS[Math.floor(rand() * DAYS.length)]} ${TIMES[Math.floor(rand() * TIMES.length)]}${extra}; PH off`;
}

/** `count` places clustered around French cities (90 %) or scattered (10 %), deterministic for a seed. */
export function syntheticPlaces(count: number, seed = 42): DirectoryPlace[] {
  const rand = seededRandom(seed);
  const cityWeights = CITIES.map((city) => [city, city[3]] as [(typeof CITIES)[number], number]);
  const subWeights = SUBS.map((s) => [s, SUB_WEIGHTS[s] ?? 2] as [string, number]);
  const places: DirectoryPlace[] = [];
  for (let i = 0; i < count; i++) {
    const [cityName, cLat, cLng] = weighted(rand, cityWeights);
    const rural = rand() < 0.1;
    const lat = rural ? 43 + rand() * 7 : cLat + gaussian(rand) * 0.08;
    const lng = rural ? -4 + rand() * 11.5 : cLng + gaussian(rand) * 0.11;
    const [kind, , actions, typical] = weighted(
      rand,
      KINDS.map((k) => [k, k[1]] as [(typeof KINDS)[number], number]),
    );
    const offers = actions.map((action) => {
      const size = 1 + Math.floor(rand() * (typical.length > 0 ? typical.length : 8));
      const subs = new Set<string>();
      for (let j = 0; j < size; j++)
        subs.add(typical.length > 0 ? typical[Math.floor(rand() * typical.length)]! : weighted(rand, subWeights));
      return { action, subcategories: [...subs] };
    });
    const commune = rural ? ruralCommune(rand) : cityName;
    places.push({
      id: `p${i}`,
      slug: `lieu-${i}`,
      name: placeName(rand, kind, commune),
      kind,
      lat,
      lng,
      commune,
      inseeCode: String(10000 + Math.floor(rand() * 85000)),
      description:
        rand() < 0.6
          ? `Dépôt et vente d'objets de seconde main à ${commune}: meubles, vêtements, vaisselle, livres.`
          : null,
      offers,
      labels: LABELS.filter(([, p]) => rand() < p).map(([label]) => label),
      homeService: kind === 'REPAIRER' && rand() < 0.3,
      openingHours: hours(rand),
      keywords: offers
        .flatMap((offer) => offer.subcategories)
        .join(' ')
        .replace(/_/g, ' '),
    });
  }
  return places;
}
