// generated, do not edit: run `pnpm --filter @reemploi/taxonomy generate` (from actions.json).
// Source: ADEME, « Que faire de mes objets et déchets » / Longue vie aux objets
// (github.com/incubateur-ademe/quefairedemesobjets, webapp/qfdmo/fixtures), MIT licence, © 2023 ADEME.

export type LvaoDirectionCode = 'jai' | 'jecherche';

export interface LvaoAction {
  code: string;
  label: string;
  groupLabel: string;
  description: string | null;
  directions: readonly LvaoDirectionCode[];
  order: number;
}

export const lvaoActions: readonly LvaoAction[] = [
  { code: 'preter', label: 'prêter', groupLabel: 'Je prête', description: null, directions: ['jai'], order: 1 },
  { code: 'emprunter', label: 'emprunter', groupLabel: "J'emprunte", description: null, directions: ['jecherche'], order: 2 },
  { code: 'louer', label: 'louer', groupLabel: 'Je loue', description: null, directions: ['jecherche'], order: 3 },
  { code: 'mettreenlocation', label: 'mettre en location', groupLabel: 'Je loue', description: 'Mettre en location', directions: ['jai'], order: 4 },
  { code: 'reparer', label: 'réparer', groupLabel: 'Je répare', description: null, directions: ['jai'], order: 5 },
  { code: 'donner', label: 'donner', groupLabel: 'Je donne', description: null, directions: ['jai'], order: 6 },
  { code: 'echanger', label: 'échanger', groupLabel: "J'échange", description: null, directions: ['jai', 'jecherche'], order: 7 },
  { code: 'acheter', label: 'acheter de seconde main', groupLabel: "J'achète", description: "acheter d'occasion", directions: ['jecherche'], order: 8 },
  { code: 'revendre', label: 'vendre', groupLabel: 'Je vends', description: null, directions: ['jai'], order: 9 },
  { code: 'rapporter', label: 'rapporter', groupLabel: 'Je rapporte', description: 'Rapporter ses contenants réutilisables', directions: ['jai'], order: 10 },
  { code: 'trier', label: 'déposer', groupLabel: 'Je dépose en point de collecte', description: 'déposer pour recycler', directions: ['jai'], order: 11 },
];
