/**
 * Seeded generator of realistic synthetic reuse places for France, shared by the directory bench
 * (`pnpm bench:directory`), the engine bench (`pnpm bench:engine`) and the API HTTP bench (`pnpm bench:http`).
 *
 * - Density shaped like France: 50 % around 60 cities weighted by urban-area population (spread grows with
 *   the city), 35 % around ~2 000 small towns drawn inside a mainland-France polygon with a heavy-tailed
 *   size, 15 % scattered over the countryside (same polygon, so nothing lands in the sea).
 * - Real vocabulary from @reemploi/taxonomy: action ids as the API stores them (REPAIR, DONATE…), LVAO
 *   sub-category ids, label ids; keywords are the sub-categories' French labels, as `toPublicPlace` builds them.
 * - Offers per place kind follow what such places do: a déchèterie drops off 15–35 waste flows and often has a
 *   reuse corner, a textile bin takes textiles, a repair café repairs small appliances and clothes, a
 *   ressourcerie takes and sells furniture, books and clothes, a cobbler repairs shoes and leather goods…
 * - Opening hours are OSM `opening_hours` strings typical of each kind (seasonal déchèterie hours, "Sa[1]"
 *   repair cafés, lunch breaks, "PH off"), ~15 % without hours.
 *
 * Deterministic: the same (count, seed) gives the same places on every machine.
 */
import { subcategoryById, type ActionId } from '@reemploi/taxonomy';
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

/** A generated place: what the directory indexes plus the address and contact the API shows. */
export interface FrancePlace extends DirectoryPlace {
  offers: { action: ActionId; subcategories: string[] }[];
  street: string | null;
  postcode: string | null;
  locality: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  appointmentOnly: boolean;
  audience: 'PUBLIC' | 'PROFESSIONALS' | 'BOTH' | null;
}

// [name, lat, lng, urban-area population in thousands (INSEE aires d'attraction, rounded)]
export const FRENCH_CITIES: readonly [string, number, number, number][] = [
  ['Paris', 48.857, 2.352, 13000],
  ['Lyon', 45.764, 4.836, 2300],
  ['Marseille', 43.296, 5.37, 1900],
  ['Toulouse', 43.605, 1.444, 1450],
  ['Bordeaux', 44.838, -0.579, 1370],
  ['Lille', 50.629, 3.057, 1510],
  ['Nice', 43.71, 7.262, 1000],
  ['Nantes', 47.218, -1.554, 1010],
  ['Strasbourg', 48.573, 7.752, 850],
  ['Montpellier', 43.611, 3.877, 810],
  ['Rennes', 48.117, -1.678, 760],
  ['Grenoble', 45.188, 5.724, 720],
  ['Rouen', 49.443, 1.1, 700],
  ['Toulon', 43.125, 5.93, 640],
  ['Douai', 50.371, 3.08, 540],
  ['Avignon', 43.949, 4.806, 530],
  ['Saint-Étienne', 45.44, 4.387, 520],
  ['Tours', 47.394, 0.685, 520],
  ['Clermont-Ferrand', 45.777, 3.087, 510],
  ['Nancy', 48.692, 6.184, 510],
  ['Orléans', 47.903, 1.909, 450],
  ['Caen', 49.182, -0.37, 470],
  ['Angers', 47.474, -0.551, 440],
  ['Metz', 49.119, 6.176, 400],
  ['Dijon', 47.322, 5.041, 390],
  ['Reims', 49.258, 4.032, 350],
  ['Le Mans', 48.006, 0.199, 350],
  ['Brest', 48.39, -4.486, 320],
  ['Mulhouse', 47.75, 7.336, 290],
  ['Perpignan', 42.688, 2.894, 330],
  ['Amiens', 49.894, 2.296, 300],
  ['Limoges', 45.834, 1.261, 300],
  ['Le Havre', 49.494, 0.107, 290],
  ['Besançon', 47.238, 6.024, 280],
  ['Pau', 43.295, -0.371, 320],
  ['Bayonne', 43.493, -1.475, 330],
  ['Poitiers', 46.58, 0.34, 270],
  ['Annecy', 45.899, 6.129, 250],
  ['La Rochelle', 46.16, -1.151, 230],
  ['Nîmes', 43.837, 4.36, 270],
  ['Valence', 44.933, 4.892, 190],
  ['Lorient', 47.748, -3.37, 210],
  ['Vannes', 47.658, -2.76, 170],
  ['Quimper', 47.996, -4.102, 160],
  ['Saint-Brieuc', 48.514, -2.765, 180],
  ['Saint-Nazaire', 47.273, -2.214, 210],
  ['Troyes', 48.297, 4.074, 200],
  ['Chambéry', 45.564, 5.918, 230],
  ['Béziers', 43.344, 3.216, 170],
  ['Angoulême', 45.649, 0.156, 180],
  ['Niort', 46.323, -0.459, 160],
  ['Laval', 48.073, -0.77, 120],
  ['Évreux', 49.027, 1.151, 110],
  ['Alençon', 48.432, 0.091, 80],
  ['Cherbourg-en-Cotentin', 49.633, -1.622, 120],
  ['Saint-Lô', 49.116, -1.09, 75],
  ['Valognes', 49.509, -1.47, 18],
  ['Coutances', 49.048, -1.445, 30],
  ['Granville', 48.838, -1.597, 45],
  ['Avranches', 48.685, -1.356, 35],
];

// Mainland France, roughly, as (lng, lat) vertices clockwise from the Spanish border on the Atlantic.
const FRANCE: readonly [number, number][] = [
  [-1.78, 43.36],
  [-1.25, 44.2],
  [-1.2, 45.7],
  [-2.2, 47.1],
  [-3.3, 47.6],
  [-4.5, 47.8],
  [-4.75, 48.35],
  [-4.2, 48.65],
  [-3.0, 48.82],
  [-2.0, 48.6],
  [-1.57, 48.62],
  [-1.6, 49.2],
  [-1.95, 49.71],
  [-1.25, 49.7],
  [-1.1, 49.35],
  [-0.2, 49.3],
  [0.1, 49.48],
  [1.4, 50.05],
  [1.58, 50.9],
  [2.55, 51.08],
  [3.2, 50.75],
  [4.2, 50.0],
  [4.85, 50.15],
  [5.8, 49.55],
  [6.35, 49.47],
  [8.15, 48.98],
  [7.55, 47.58],
  [6.9, 47.4],
  [6.05, 46.2],
  [6.8, 46.4],
  [7.0, 45.9],
  [6.65, 45.1],
  [6.9, 44.4],
  [7.5, 43.78],
  [6.2, 43.1],
  [4.8, 43.35],
  [3.3, 43.25],
  [3.05, 42.45],
  [1.5, 42.45],
  [-0.3, 42.8],
];

export function inFrance(lng: number, lat: number): boolean {
  let inside = false;
  for (let i = 0, j = FRANCE.length - 1; i < FRANCE.length; j = i++) {
    const [xi, yi] = FRANCE[i]!;
    const [xj, yj] = FRANCE[j]!;
    if (yi > lat !== yj > lat && lng < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

const TEXTILE = ['vetement', 'chaussures', 'maroquinerie', 'linge_de_maison'];
const FURNITURE = [
  'meuble',
  'decoration',
  'luminaire',
  'vaisselle',
  'poele_casserole',
  'literie_elements_d_ameublement',
  'sieges_elements_d_ameublement',
  'decorations_textiles_elements_d_ameublement',
  'accessoire_et_meuble_de_jardin',
];
const CULTURE = ['livre', 'cd_dvd_et_jeu_video', 'instrument_de_musique', 'papeterie'];
const KIDS = ['jouet', 'puericulture'];
const LEISURE = ['velo', 'materiel_de_sport_hors_velo', 'jels_mobilite_electrique'];
const ELECTRONICS = [
  'petit_electromenager',
  'materiel_hifi_et_video',
  'materiel_informatique',
  'smartphone_tablette_et_console',
  'ecran',
  'materiel_photo_et_cinema',
  'autre_equipement_electronique',
];
const LARGE_APPLIANCES = ['gros_electromenager_refrigerant', 'gros_electromenager_hors_refrigerant'];
const DIY = ['outil_de_bricolage_et_jardinage', 'abj_electrique', 'machines_et_appareils_motorises_thermiques'];
const DECHETERIE_CORE = [
  'encombrants_menagers_divers',
  'dechets_verts',
  'gros_electromenager_refrigerant',
  'gros_electromenager_hors_refrigerant',
  'petit_electromenager',
  'ecran',
  'meuble',
  'emballage_carton',
  'metal_pmcb_produits_et_materiaux_de_construction_du_batiment',
  'huiles_lubrifiantes',
];
const DECHETERIE_MORE = [
  'bois_pmcb_produits_et_materiaux_de_construction_du_batiment',
  'melange_d_inertes_produits_et_materiaux_de_construction_du_batiment',
  'platre_pmcb_produits_et_materiaux_de_construction_du_batiment',
  'plastiques_pmcb_produits_et_materiaux_de_construction_du_batiment',
  'huisseries_produits_et_materiaux_de_construction_du_batiment',
  'laine_de_verre_produits_et_materiaux_de_construction_du_batiment',
  'dechets_dangereux_de_pmcb_produits_et_materiaux_de_construction_du_batiment',
  'dechets_de_peintures_vernis_encres_et_colles_produits_chimiques',
  'produits_chimiques_solvants',
  'dechets_phytosanitaires_menagers_produits_chimiques',
  'batteries_et_piles_portables',
  'batterie_de_voitures_pour_demarrage',
  'ampoule',
  'cartouches',
  'pneu',
  'papiers_graphiques',
  'emballage_verre',
  'palette',
  'materiel_informatique',
  'literie_elements_d_ameublement',
  'sieges_elements_d_ameublement',
  'rembourres_d_assise_ou_de_couchage_elements_d_ameublement',
  'vetement',
  'linge_de_maison',
  'chaussures',
  'petits_appareils_extincteurs',
  'abj_electrique',
  'outil_de_bricolage_et_jardinage',
  'bouchons_en_liege',
];
const REUSE_CORNER = [
  'meuble',
  'vaisselle',
  'jouet',
  'livre',
  'velo',
  'outil_de_bricolage_et_jardinage',
  'decoration',
  'materiel_de_sport_hors_velo',
  'luminaire',
  'puericulture',
];

type Rand = () => number;
type Offer = { action: ActionId; subcategories: string[] };

const pick = <V>(rand: Rand, values: readonly V[]): V => values[Math.floor(rand() * values.length)]!;

/** `n` distinct values of `pool` (all of them when n ≥ its size), in pool order. */
function some(rand: Rand, pool: readonly string[], n: number): string[] {
  if (n >= pool.length) return [...pool];
  const chosen = new Set<number>();
  while (chosen.size < n) chosen.add(Math.floor(rand() * pool.length));
  return [...chosen].sort((a, b) => a - b).map((i) => pool[i]!);
}

const between = (rand: Rand, min: number, max: number) => min + Math.floor(rand() * (max - min + 1));
const uniq = (values: string[]) => [...new Set(values)];

function weighted<V>(rand: Rand, entries: readonly (readonly [V, number])[]): V {
  let total = 0;
  for (const [, w] of entries) total += w;
  let r = rand() * total;
  for (const [value, w] of entries) if ((r -= w) <= 0) return value;
  return entries[entries.length - 1]![0];
}

/** Weighted choice by binary search over cumulative weights (for long lists drawn from many times). */
function sampler<V>(entries: readonly (readonly [V, number])[]): (rand: Rand) => V {
  const cumulative = new Float64Array(entries.length);
  let total = 0;
  entries.forEach(([, w], i) => (cumulative[i] = total += w));
  return (rand) => {
    const r = rand() * total;
    let lo = 0;
    let hi = entries.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cumulative[mid]! < r) lo = mid + 1;
      else hi = mid;
    }
    return entries[lo]![0];
  };
}

function gaussian(rand: Rand): number {
  return Math.sqrt(-2 * Math.log(rand() || 1e-12)) * Math.cos(2 * Math.PI * rand());
}

// --- opening hours, per kind of place (all valid for the opening_hours package) ---
const SHOP_HOURS = [
  'Tu-Sa 10:00-12:30,14:00-19:00; PH off',
  'Mo-Sa 09:30-19:00; PH off',
  'Tu-Fr 10:00-12:00,14:00-18:30; Sa 10:00-18:00; PH off',
  'Mo 14:00-19:00; Tu-Sa 10:00-19:00; PH off',
  'We-Sa 10:00-18:00',
  'Mo-Fr 09:00-12:00,14:00-18:00; Sa 09:00-12:00; PH off',
];
const RESSOURCERIE_HOURS = [
  'We,Sa 10:00-12:30,14:00-18:00; PH off',
  'Tu-Sa 10:00-18:00; PH off',
  'We 14:00-18:00; Sa 10:00-17:00; PH off',
  'Mo-Fr 09:00-12:00,13:30-17:00; Sa 10:00-12:00; PH off',
  'Tu,Th 14:00-18:00; Sa 09:30-12:30,14:00-17:30; PH off',
];
const DECHETERIE_HOURS = [
  'Mo-Sa 09:00-12:00,14:00-18:00; Su,PH off',
  'Mo,We-Sa 09:00-12:00,13:30-17:30; PH off',
  'Apr-Sep Mo-Sa 09:00-12:00,14:00-18:30; Oct-Mar Mo-Sa 09:00-12:00,14:00-17:00; PH off',
  'Mo-Fr 13:30-18:00; Sa 09:00-18:00; PH off',
  'Tu,Th,Sa 09:00-12:00,14:00-17:45; We 14:00-17:45; PH off',
];
const REPAIR_CAFE_HOURS = [
  'Sa[1] 14:00-17:30',
  'Sa[3] 09:30-12:30',
  'We[2] 18:00-21:00',
  'Su[-1] 14:00-18:00',
  'Sa[2,4] 14:00-17:00',
  'Th[1] 18:30-21:30',
];
const ARTISAN_HOURS = [
  'Tu-Sa 09:00-12:00,14:00-19:00; PH off',
  'Mo-Fr 08:30-12:00,13:30-18:00; Sa 09:00-12:00; PH off',
  'Tu-Fr 09:30-12:30,14:00-18:30; Sa 09:30-17:00',
  'Mo-Fr 08:00-12:00,14:00-17:30',
];
const SHARING_HOURS = ['We 14:00-18:00; Sa 10:00-12:00', 'Sa 10:00-12:30', 'Tu,Fr 17:00-19:00; Sa 10:00-12:00', '24/7'];
const RETAIL_HOURS = ['Mo-Sa 09:00-20:00; PH off', 'Mo-Sa 08:30-19:30; Su 09:00-12:30', 'Mo-Sa 09:00-19:00'];
const PHARMACY_HOURS = ['Mo-Fr 08:30-19:30; Sa 09:00-19:00; PH off', 'Mo-Sa 09:00-12:30,14:00-19:30'];

interface Profile {
  name: (rand: Rand, commune: string) => string;
  offers: (rand: Rand) => Offer[];
  hours: readonly string[] | null;
  labels?: readonly (readonly [string, number])[];
  description?: (commune: string, subs: string) => string;
  homeService?: number;
  appointment?: number;
}

/** "de Caen", "d'Amiens", "du Havre", "des Pieux". */
export function ofCommune(commune: string): string {
  if (commune.startsWith('Le ')) return `du ${commune.slice(3)}`;
  if (commune.startsWith('Les ')) return `des ${commune.slice(4)}`;
  return /^[AEIOUYÉÈÊÎÔH]/.test(commune) ? `d'${commune}` : `de ${commune}`;
}

const TAILS = [
  'du Centre',
  'des Quais',
  'du Marché',
  'de la Gare',
  'Saint-Michel',
  'du Port',
  'des Halles',
  'du Bourg',
];
const nameIn = (heads: readonly string[], brand?: readonly string[]) => (rand: Rand, commune: string) => {
  const head = pick(rand, heads);
  if (brand && rand() < 0.5) return `${head} ${pick(rand, brand)}`;
  return rand() < 0.3 ? `${head} ${pick(rand, TAILS)}` : `${head} ${ofCommune(commune)}`;
};

/** Kind → variants, each with a weight: what a place of that kind typically offers. */
const KINDS: readonly (readonly [string, number, readonly (readonly [Profile, number])[]])[] = [
  [
    'COLLECTION_POINT',
    38,
    [
      [
        {
          name: nameIn(
            ['Borne textile', 'Conteneur textile', "Point d'apport volontaire textile"],
            ['Le Relais', 'Refashion', 'Tissons la solidarité', 'Ecotextile'],
          ),
          offers: (r) => [{ action: 'DROP_OFF', subcategories: r() < 0.8 ? [...TEXTILE] : some(r, TEXTILE, 3) }],
          hours: ['24/7'],
          description: (c) =>
            `Conteneur pour vêtements, linge de maison, chaussures et petite maroquinerie à ${c}. Déposer en sacs fermés.`,
        },
        65,
      ],
      [
        {
          name: nameIn(["Point d'apport volontaire", 'Colonne à verre', 'Point tri']),
          offers: (r) => [
            {
              action: 'DROP_OFF',
              subcategories: uniq([
                'emballage_verre',
                ...some(
                  r,
                  [
                    'papiers_graphiques',
                    'emballage_carton',
                    'emballage_plastique',
                    'bouteilles_plastique',
                    'emballage_metal',
                  ],
                  between(r, 0, 4),
                ),
              ]),
            },
          ],
          hours: ['Mo-Sa 07:00-21:00; Su,PH off'],
        },
        15,
      ],
      [
        {
          name: nameIn(
            ['Point de collecte piles et ampoules', 'Point de reprise', 'Collecte en magasin'],
            ['Batribox', 'Ecosystem'],
          ),
          offers: (r) => [
            {
              action: 'RETURN',
              subcategories: some(
                r,
                [
                  'batteries_et_piles_portables',
                  'ampoule',
                  'cartouches',
                  'petit_electromenager',
                  'smartphone_tablette_et_console',
                ],
                between(r, 1, 4),
              ),
            },
          ],
          hours: RETAIL_HOURS,
        },
        15,
      ],
      [
        {
          name: nameIn(['Pharmacie'], ['Cyclamed', 'du Centre', 'de la Mairie']),
          offers: () => [{ action: 'RETURN', subcategories: ['medicaments'] }],
          hours: PHARMACY_HOURS,
        },
        5,
      ],
    ],
  ],
  [
    'REPAIRER',
    18,
    [
      [
        {
          name: nameIn(['Cordonnerie', 'Cordonnier', 'Clé minute cordonnerie']),
          offers: (r) => [
            { action: 'REPAIR', subcategories: r() < 0.7 ? ['chaussures', 'maroquinerie'] : ['chaussures'] },
          ],
          hours: ARTISAN_HOURS,
          labels: [
            ['reparacteur', 0.3],
            ['refashion', 0.3],
          ],
        },
        18,
      ],
      [
        {
          name: nameIn(['Retouches', 'Atelier couture', 'Couture et retouches']),
          offers: (r) => [
            {
              action: 'REPAIR',
              subcategories: some(
                r,
                ['vetement', 'linge_de_maison', 'decorations_textiles_elements_d_ameublement', 'maroquinerie'],
                between(r, 1, 3),
              ),
            },
          ],
          hours: ARTISAN_HOURS,
          labels: [
            ['refashion', 0.35],
            ['reparacteur', 0.2],
          ],
        },
        16,
      ],
      [
        {
          name: nameIn(['Dépannage électroménager', 'Réparation électroménager', 'SAV électroménager']),
          offers: (r) => [
            {
              action: 'REPAIR',
              subcategories: uniq([
                ...some(r, LARGE_APPLIANCES, between(r, 1, 2)),
                ...(r() < 0.7 ? ['petit_electromenager'] : []),
              ]),
            },
          ],
          hours: ARTISAN_HOURS,
          labels: [
            ['reparacteur', 0.4],
            ['qualirepar', 0.5],
            ['bonusrepar', 0.3],
          ],
          homeService: 0.6,
          appointment: 0.3,
        },
        16,
      ],
      [
        {
          name: nameIn(['Réparation informatique', 'Réparation téléphone', 'Atelier smartphone']),
          offers: (r) => [
            {
              action: 'REPAIR',
              subcategories: some(
                r,
                [
                  'materiel_informatique',
                  'smartphone_tablette_et_console',
                  'ecran',
                  'materiel_hifi_et_video',
                  'materiel_photo_et_cinema',
                ],
                between(r, 1, 4),
              ),
            },
            ...(r() < 0.4 ? [{ action: 'BUY' as const, subcategories: ['smartphone_tablette_et_console'] }] : []),
          ],
          hours: SHOP_HOURS,
          labels: [
            ['qualirepar', 0.35],
            ['reparacteur', 0.2],
          ],
        },
        18,
      ],
      [
        {
          name: nameIn(['Atelier vélo', 'Vélociste', 'Cycles']),
          offers: (r) => [
            { action: 'REPAIR', subcategories: r() < 0.5 ? ['velo', 'jels_mobilite_electrique'] : ['velo'] },
            ...(r() < 0.3 ? [{ action: 'BUY' as const, subcategories: ['velo'] }] : []),
          ],
          hours: SHOP_HOURS,
          labels: [
            ['bonusrepar_asl', 0.3],
            ['reparacteur', 0.15],
          ],
        },
        12,
      ],
      [
        {
          name: nameIn(['Horlogerie', 'Bijouterie horlogerie']),
          offers: () => [{ action: 'REPAIR', subcategories: ['bijou_et_montre'] }],
          hours: SHOP_HOURS,
          labels: [['reparacteur', 0.2]],
        },
        6,
      ],
      [
        {
          name: nameIn(['Luthier', 'Atelier de lutherie']),
          offers: (r) => [
            {
              action: 'REPAIR',
              subcategories: some(r, ['instrument_de_musique', 'instrument_musique_electrique'], between(r, 1, 2)),
            },
          ],
          hours: ARTISAN_HOURS,
          appointment: 0.5,
        },
        3,
      ],
      [
        {
          name: nameIn(['Tapissier', 'Atelier de tapisserie', 'Ébéniste']),
          offers: (r) => [
            {
              action: 'REPAIR',
              subcategories: some(
                r,
                [
                  'sieges_elements_d_ameublement',
                  'rembourres_d_assise_ou_de_couchage_elements_d_ameublement',
                  'meuble',
                  'decorations_textiles_elements_d_ameublement',
                ],
                between(r, 1, 3),
              ),
            },
          ],
          hours: ARTISAN_HOURS,
          labels: [['ecomaison', 0.3]],
          appointment: 0.4,
        },
        6,
      ],
      [
        {
          name: nameIn(['Motoculture', 'Réparation motoculture']),
          offers: (r) => [
            {
              action: 'REPAIR',
              subcategories: some(
                r,
                ['machines_et_appareils_motorises_thermiques', 'abj_electrique', 'outil_de_bricolage_et_jardinage'],
                between(r, 1, 3),
              ),
            },
          ],
          hours: ARTISAN_HOURS,
          labels: [['bonusrepar_abj_th', 0.3]],
          homeService: 0.2,
        },
        5,
      ],
    ],
  ],
  [
    'SECOND_HAND_SHOP',
    12,
    [
      [
        {
          name: nameIn(['Friperie', 'Vintage', 'Dépôt-vente vêtements']),
          offers: (r) => {
            const subs = uniq([
              'vetement',
              ...some(r, ['chaussures', 'maroquinerie', 'bijou_et_montre', 'linge_de_maison'], between(r, 1, 3)),
            ]);
            return [
              { action: 'BUY', subcategories: subs },
              ...(r() < 0.5 ? [{ action: 'SELL' as const, subcategories: subs }] : []),
            ];
          },
          hours: SHOP_HOURS,
        },
        30,
      ],
      [
        {
          name: nameIn(['Bouquinerie', 'Librairie d’occasion', 'Le Bouquiniste']),
          offers: (r) => {
            const subs = uniq(['livre', ...some(r, ['cd_dvd_et_jeu_video', 'papeterie'], between(r, 0, 2))]);
            return [
              { action: 'BUY', subcategories: subs },
              { action: 'SELL', subcategories: subs },
            ];
          },
          hours: SHOP_HOURS,
        },
        14,
      ],
      [
        {
          name: nameIn(['Dépôt-vente', 'Brocante', 'Troc'], ['La Trocante', 'Le Grenier', 'Cash Meubles']),
          offers: (r) => {
            const subs = some(
              r,
              [...FURNITURE, ...ELECTRONICS.slice(0, 3), ...CULTURE.slice(0, 2), 'jouet', 'velo'],
              between(r, 4, 12),
            );
            return [
              { action: 'BUY', subcategories: subs },
              { action: 'SELL', subcategories: subs },
            ];
          },
          hours: SHOP_HOURS,
        },
        30,
      ],
      [
        {
          name: nameIn(['Reconditionné', 'Occasion high-tech']),
          offers: (r) => {
            const subs = some(
              r,
              [
                'smartphone_tablette_et_console',
                'materiel_informatique',
                'ecran',
                'materiel_hifi_et_video',
                'cd_dvd_et_jeu_video',
                'materiel_photo_et_cinema',
              ],
              between(r, 2, 5),
            );
            return [
              { action: 'BUY', subcategories: subs },
              { action: 'SELL', subcategories: subs },
            ];
          },
          hours: SHOP_HOURS,
        },
        14,
      ],
      [
        {
          name: nameIn(['Puériculture d’occasion', 'Bourse aux jouets']),
          offers: (r) => {
            const subs = uniq(['puericulture', ...some(r, ['jouet', 'vetement', 'chaussures'], between(r, 1, 3))]);
            return [
              { action: 'BUY', subcategories: subs },
              { action: 'SELL', subcategories: subs },
            ];
          },
          hours: SHOP_HOURS,
        },
        7,
      ],
      [
        {
          name: nameIn(['Sport d’occasion', 'Vélos d’occasion']),
          offers: (r) => {
            const subs = some(r, LEISURE, between(r, 1, 3));
            return [
              { action: 'BUY', subcategories: subs },
              { action: 'SELL', subcategories: subs },
            ];
          },
          hours: SHOP_HOURS,
        },
        5,
      ],
    ],
  ],
  [
    'CHARITY_SHOP',
    7,
    [
      [
        {
          name: nameIn(
            ['Vestiboutique', 'Boutique solidaire', 'Vestiaire solidaire'],
            ['Croix-Rouge', 'Secours populaire', 'Secours catholique', 'Restos du cœur'],
          ),
          offers: (r) => {
            const subs = uniq([
              ...some(r, TEXTILE, between(r, 2, 4)),
              ...some(r, [...CULTURE.slice(0, 2), ...KIDS, 'vaisselle', 'decoration'], between(r, 1, 5)),
            ]);
            return [
              { action: 'DONATE', subcategories: subs },
              { action: 'BUY', subcategories: subs },
            ];
          },
          hours: RESSOURCERIE_HOURS,
          labels: [
            ['ess', 0.7],
            ['croix-rouge', 0.3],
            ['secours-populaire', 0.25],
            ['restos-du-coeur', 0.08],
          ],
        },
        75,
      ],
      [
        {
          name: nameIn(['Emmaüs', 'Communauté Emmaüs', 'Bric-à-brac Emmaüs']),
          offers: (r) => {
            const subs = uniq([
              'meuble',
              'vetement',
              'livre',
              'vaisselle',
              ...some(
                r,
                [
                  ...FURNITURE,
                  ...TEXTILE,
                  ...CULTURE,
                  ...KIDS,
                  ...LEISURE,
                  ...ELECTRONICS.slice(0, 3),
                  ...LARGE_APPLIANCES,
                ],
                between(r, 6, 16),
              ),
            ]);
            return [
              { action: 'DONATE', subcategories: subs },
              { action: 'BUY', subcategories: subs },
            ];
          },
          hours: RESSOURCERIE_HOURS,
          labels: [
            ['ess', 1],
            ['emmaus', 1],
          ],
        },
        25,
      ],
    ],
  ],
  [
    'RESSOURCERIE',
    5,
    [
      [
        {
          name: nameIn(
            ['Ressourcerie', 'Recyclerie', 'Écocyclerie', 'La Ressourcerie'],
            ['Le Grenier', 'La Fabrique', 'Trait d’Union', 'Les Fourmis', 'Le Hangar'],
          ),
          offers: (r) => {
            const core = ['meuble', 'vaisselle', 'vetement', 'livre', 'jouet', 'decoration'];
            const more = some(
              r,
              [
                'luminaire',
                'chaussures',
                'linge_de_maison',
                'puericulture',
                'cd_dvd_et_jeu_video',
                'velo',
                'materiel_de_sport_hors_velo',
                'petit_electromenager',
                'outil_de_bricolage_et_jardinage',
                'instrument_de_musique',
                'papeterie',
                'poele_casserole',
                'maroquinerie',
                'accessoire_et_meuble_de_jardin',
                'sieges_elements_d_ameublement',
                'literie_elements_d_ameublement',
                'materiau_du_batiment_reemployable',
              ],
              between(r, 4, 12),
            );
            const given = uniq([...core, ...more]);
            const offers: Offer[] = [
              { action: 'DONATE', subcategories: given },
              { action: 'BUY', subcategories: given.filter(() => r() < 0.85) },
            ];
            if (r() < 0.2)
              offers.push({
                action: 'REPAIR',
                subcategories: some(r, ['velo', 'petit_electromenager', 'meuble'], between(r, 1, 2)),
              });
            return offers;
          },
          hours: RESSOURCERIE_HOURS,
          labels: [
            ['ess', 0.85],
            ['ressourceries', 0.5],
            ['aci', 0.3],
            ['siae', 0.3],
          ],
          description: (c, s) =>
            `Ressourcerie ${ofCommune(c)} : collecte, valorisation et vente à petits prix d'objets de seconde main (${s}). Dépôts aux heures d'ouverture.`,
        },
        100,
      ],
    ],
  ],
  [
    'RECYCLING_CENTRE',
    4,
    [
      [
        {
          name: nameIn(['Déchèterie', 'Déchetterie intercommunale', 'Pôle environnement']),
          offers: (r) => {
            const offers: Offer[] = [
              {
                action: 'DROP_OFF',
                subcategories: uniq([...DECHETERIE_CORE, ...some(r, DECHETERIE_MORE, between(r, 5, 25))]),
              },
            ];
            if (r() < 0.4) offers.push({ action: 'DONATE', subcategories: some(r, REUSE_CORNER, between(r, 3, 8)) });
            return offers;
          },
          hours: DECHETERIE_HOURS,
          description: (c) =>
            `Déchèterie ${ofCommune(c)}, réservée aux particuliers du territoire (badge d'accès). Zone de réemploi pour les objets en bon état.`,
        },
        100,
      ],
    ],
  ],
  [
    'REPAIR_CAFE',
    4,
    [
      [
        {
          name: nameIn(['Repair Café', "Répar'Café", 'Café bricole', 'Atelier de réparation solidaire']),
          offers: (r) => [
            {
              action: 'REPAIR',
              subcategories: uniq([
                'petit_electromenager',
                ...some(
                  r,
                  [
                    'luminaire',
                    'vetement',
                    'materiel_hifi_et_video',
                    'materiel_informatique',
                    'jouet',
                    'velo',
                    'outil_de_bricolage_et_jardinage',
                    'abj_electrique',
                    'smartphone_tablette_et_console',
                    'linge_de_maison',
                    'maroquinerie',
                    'bijou_et_montre',
                    'decoration',
                    'meuble',
                    'instrument_de_musique',
                  ],
                  between(r, 3, 9),
                ),
              ]),
            },
          ],
          hours: REPAIR_CAFE_HOURS,
          labels: [['ess', 0.5]],
          description: (c, s) =>
            `Repair café ${ofCommune(c)} : des bénévoles vous aident à réparer vos objets (${s}). Gratuit, convivial, sans rendez-vous.`,
        },
        100,
      ],
    ],
  ],
  [
    'SHARING',
    5,
    [
      [
        {
          name: nameIn(['Outilthèque', "Bibliothèque d'outils"]),
          offers: (r) => {
            const subs = some(
              r,
              [...DIY, 'accessoire_et_meuble_de_jardin', 'materiel_de_sport_hors_velo'],
              between(r, 1, 4),
            );
            return [
              { action: 'BORROW', subcategories: subs },
              ...(r() < 0.5 ? [{ action: 'LEND' as const, subcategories: subs }] : []),
            ];
          },
          hours: SHARING_HOURS,
          labels: [['ess', 0.5]],
        },
        30,
      ],
      [
        {
          name: nameIn(['Ludothèque', 'Ludo']),
          offers: (r) => [{ action: 'BORROW', subcategories: r() < 0.3 ? ['jouet', 'puericulture'] : ['jouet'] }],
          hours: SHARING_HOURS,
        },
        25,
      ],
      [
        {
          name: nameIn(['Boîte à dons', 'Boîte à livres', 'Givebox']),
          offers: (r) => {
            const subs =
              r() < 0.5
                ? ['livre']
                : some(
                    r,
                    ['livre', 'vetement', 'jouet', 'vaisselle', 'decoration', 'cd_dvd_et_jeu_video'],
                    between(r, 2, 5),
                  );
            return [
              { action: 'DONATE', subcategories: subs },
              { action: 'EXCHANGE', subcategories: subs },
            ];
          },
          hours: ['24/7'],
        },
        40,
      ],
      [
        {
          name: nameIn(["Bibliothèque d'objets", 'Objethèque']),
          offers: (r) => [
            {
              action: 'BORROW',
              subcategories: some(
                r,
                [...DIY, ...KIDS, ...LEISURE, 'petit_electromenager', 'materiel_hifi_et_video'],
                between(r, 4, 10),
              ),
            },
          ],
          hours: SHARING_HOURS,
          labels: [['ess', 0.6]],
        },
        5,
      ],
    ],
  ],
  [
    'INSERTION',
    3,
    [
      [
        {
          name: nameIn(['Envie', 'Envie Autonomie']),
          offers: (r) => {
            const subs = uniq([
              ...LARGE_APPLIANCES,
              ...some(r, ['petit_electromenager', 'ecran', 'materiel_medical'], between(r, 1, 3)),
            ]);
            return [
              { action: 'BUY', subcategories: subs },
              { action: 'REPAIR', subcategories: subs },
              ...(r() < 0.6 ? [{ action: 'DONATE' as const, subcategories: subs }] : []),
            ];
          },
          hours: SHOP_HOURS,
          labels: [
            ['envie', 1],
            ['siae', 1],
            ['ei', 0.7],
            ['ess', 1],
          ],
        },
        30,
      ],
      [
        {
          name: nameIn(
            ["Atelier chantier d'insertion", "Chantier d'insertion", "Entreprise d'insertion"],
            ['Textile', 'Récup’', 'Vélo'],
          ),
          offers: (r) => {
            const subs = some(r, [...TEXTILE, ...FURNITURE.slice(0, 4), 'velo', 'livre', 'jouet'], between(r, 3, 9));
            return [
              { action: 'DONATE', subcategories: subs },
              { action: 'BUY', subcategories: subs },
              ...(r() < 0.3 ? [{ action: 'REPAIR' as const, subcategories: some(r, subs, 2) }] : []),
            ];
          },
          hours: RESSOURCERIE_HOURS,
          labels: [
            ['siae', 1],
            ['aci', 0.6],
            ['ei', 0.25],
            ['etti', 0.05],
            ['ess', 1],
          ],
        },
        60,
      ],
      [
        {
          name: nameIn(['ESAT', 'Entreprise adaptée']),
          offers: (r) => [
            {
              action: 'REPAIR',
              subcategories: some(
                r,
                ['meuble', 'velo', 'petit_electromenager', 'materiel_informatique'],
                between(r, 1, 3),
              ),
            },
          ],
          hours: ARTISAN_HOURS,
          labels: [
            ['esat', 0.6],
            ['ea', 0.4],
            ['ess', 1],
          ],
        },
        10,
      ],
    ],
  ],
  [
    'OTHER',
    4,
    [
      [
        {
          name: nameIn(['Location de matériel', 'Loc’ solidaire']),
          offers: (r) => {
            const subs = some(
              r,
              [...DIY, ...LEISURE, 'puericulture', 'materiel_hifi_et_video', 'vaisselle'],
              between(r, 2, 6),
            );
            return [
              { action: 'RENT', subcategories: subs },
              ...(r() < 0.3 ? [{ action: 'RENT_OUT' as const, subcategories: subs }] : []),
            ];
          },
          hours: SHOP_HOURS,
        },
        60,
      ],
      [
        {
          name: nameIn(['Matériauthèque', 'Recyclerie du bâtiment']),
          offers: (r) => {
            const subs = uniq([
              'materiau_du_batiment_reemployable',
              ...some(
                r,
                [
                  'bois_pmcb_produits_et_materiaux_de_construction_du_batiment',
                  'huisseries_produits_et_materiaux_de_construction_du_batiment',
                  'palette',
                  'outil_de_bricolage_et_jardinage',
                ],
                between(r, 1, 3),
              ),
            ]);
            return [
              { action: 'DONATE', subcategories: subs },
              { action: 'BUY', subcategories: subs },
            ];
          },
          hours: RESSOURCERIE_HOURS,
          labels: [['ess', 0.5]],
          appointment: 0.3,
        },
        40,
      ],
    ],
  ],
];

const TOWN_FIRST = [
  'Saint',
  'Sainte',
  'Le Mesnil',
  'La Haye',
  'Bois',
  'Val',
  'Mont',
  'Villiers',
  'Pont',
  'Beau',
  'Neuville',
  'Fontaine',
  'Château',
  'La Chapelle',
  'Les Essarts',
  'Montigny',
  'Villeneuve',
  'Bourg',
];
const TOWN_SECOND = [
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
  'sur-Loire',
  'en-Auge',
  'la-Rivière',
  'Vieux',
  'Germain',
  'Laurent',
  'des-Champs',
  'sous-Bois',
  'sur-Seine',
  'en-Cotentin',
];
const STREETS = [
  'rue de la République',
  'rue du Général de Gaulle',
  'avenue Jean Jaurès',
  'rue Victor Hugo',
  'place du Marché',
  'rue des Écoles',
  'route de Paris',
  "zone d'activités",
  'rue Pasteur',
  'rue de la Gare',
  'chemin des Prés',
  'boulevard Gambetta',
];

interface Town {
  name: string;
  lat: number;
  lng: number;
  sigma: number;
  insee: string;
  weight: number;
}

function makeTowns(rand: Rand): Town[] {
  const towns: Town[] = FRENCH_CITIES.map(([name, lat, lng, pop], i) => ({
    name,
    lat,
    lng,
    // Paris (13 M) spreads ~15 km, a 100 k town ~4 km.
    sigma: 0.02 + 0.0012 * Math.sqrt(pop),
    insee: String(10000 + i * 1373).padStart(5, '0'),
    weight: pop,
  }));
  const names = new Set(towns.map((t) => t.name));
  while (towns.length < FRENCH_CITIES.length + 2000) {
    const lng = -4.8 + rand() * 13.1;
    const lat = 42.3 + rand() * 8.9;
    if (!inFrance(lng, lat)) continue;
    let name = `${pick(rand, TOWN_FIRST)}-${pick(rand, TOWN_SECOND)}`;
    if (names.has(name)) name = `${name}-${pick(rand, ['Église', 'Bocage', 'Plage', 'Village', 'Haut', 'Bas'])}`;
    if (names.has(name)) continue;
    names.add(name);
    const dept = String(1 + Math.floor(rand() * 95)).padStart(2, '0');
    // Pareto-like sizes: most towns are tiny, a few reach tens of thousands.
    const weight = 2 / Math.pow(rand() || 1e-9, 0.7);
    towns.push({
      name,
      lat,
      lng,
      sigma: 0.008 + 0.002 * Math.sqrt(weight),
      insee: `${dept}${String(Math.floor(rand() * 1000)).padStart(3, '0')}`,
      weight,
    });
  }
  return towns;
}

const slugs = new Map<string, string>();
function slugify(text: string): string {
  let slug = slugs.get(text);
  if (slug === undefined) {
    slug = slugifyUncached(text);
    if (slugs.size < 100_000) slugs.set(text, slug);
  }
  return slug;
}

function slugifyUncached(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
}

const labelCache = new Map<string, string>();
function subLabel(id: string): string {
  let label = labelCache.get(id);
  if (label === undefined) {
    const sub = subcategoryById(id);
    if (!sub) throw new Error(`france-places: ${id} is not an LVAO sub-category of @reemploi/taxonomy`);
    label = sub.label.fr;
    labelCache.set(id, label);
  }
  return label;
}

/** `count` realistic places across mainland France, deterministic for a seed. */
export function francePlaces(count: number, seed = 42): FrancePlace[] {
  const rand = seededRandom(seed);
  const towns = makeTowns(seededRandom(seed ^ 0x5eed));
  const smallTowns = towns.slice(FRENCH_CITIES.length);
  const city = sampler(towns.slice(0, FRENCH_CITIES.length).map((t) => [t, t.weight] as const));
  const smallTown = sampler(smallTowns.map((t) => [t, t.weight] as const));
  const kinds = KINDS.map(([kind, weight, variants]) => [[kind, variants] as const, weight] as const);
  const places: FrancePlace[] = [];
  for (let i = 0; i < count; i++) {
    const where = rand();
    let town: Town;
    let lat: number;
    let lng: number;
    let rural = false;
    if (where < 0.15) {
      // Countryside: anywhere in France, attached to the nearest-by-index town name only for the label.
      do {
        lng = -4.8 + rand() * 13.1;
        lat = 42.3 + rand() * 8.9;
      } while (!inFrance(lng, lat));
      town = smallTowns[Math.floor(rand() * smallTowns.length)]!;
      rural = true;
    } else {
      town = where < 0.65 ? city(rand) : smallTown(rand);
      lat = town.lat + gaussian(rand) * town.sigma;
      lng = town.lng + (gaussian(rand) * town.sigma) / Math.cos((town.lat * Math.PI) / 180);
    }
    const [kind, variants] = weighted(rand, kinds);
    const profile = weighted(rand, variants);
    const commune = rural ? `${pick(rand, TOWN_FIRST)}-${pick(rand, TOWN_SECOND)}` : town.name;
    const offers = profile.offers(rand).filter((offer) => offer.subcategories.length > 0);
    const labels = (profile.labels ?? []).filter(([, p]) => rand() < p).map(([label]) => label);
    const hoursRoll = rand();
    const openingHours = !profile.hours || hoursRoll < 0.15 ? null : pick(rand, profile.hours);
    const subIds = uniq(offers.flatMap((offer) => offer.subcategories));
    const subLabels = subIds.map(subLabel);
    const locality = rand() < 0.08 ? `${pick(rand, TOWN_FIRST)}-${pick(rand, TOWN_SECOND)}` : null;
    const keywords = uniq(locality ? [...subLabels, locality] : subLabels).join(' ');
    const name = profile.name(rand, commune);
    const described = rand() < 0.6;
    const description = !described
      ? null
      : profile.description
        ? profile.description(commune, subLabels.slice(0, 4).join(', ').toLowerCase())
        : `${name} à ${commune}. Objets acceptés : ${subLabels.slice(0, 5).join(', ').toLowerCase()}.`;
    const insee = rural ? `${town.insee.slice(0, 2)}${String(Math.floor(rand() * 1000)).padStart(3, '0')}` : town.insee;
    const phone =
      rand() < 0.7
        ? `0${between(rand, 1, 5)} ${String(between(rand, 10, 99))} ${String(between(rand, 10, 99))} ${String(between(rand, 10, 99))} ${String(between(rand, 10, 99))}`
        : null;
    places.push({
      id: (i + 1).toString(16).padStart(24, '0'),
      slug: `${slugify(`${name} ${commune}`)}-${i.toString(36)}`,
      name,
      kind,
      lat,
      lng,
      commune,
      inseeCode: insee,
      description,
      offers,
      labels,
      homeService: rand() < (profile.homeService ?? 0),
      openingHours,
      keywords,
      street: rand() < 0.85 ? `${between(rand, 1, 150)} ${pick(rand, STREETS)}` : null,
      postcode: `${insee.slice(0, 2)}${String(between(rand, 0, 9))}${String(between(rand, 0, 9))}0`,
      locality,
      phone,
      email: rand() < 0.3 ? `contact@${slugify(name).slice(0, 20)}.fr` : null,
      website: rand() < 0.35 ? `https://${slugify(name).slice(0, 24)}.fr` : null,
      appointmentOnly: rand() < (profile.appointment ?? 0),
      audience: kind === 'RECYCLING_CENTRE' ? 'PUBLIC' : rand() < 0.05 ? 'BOTH' : null,
    });
  }
  return places;
}
