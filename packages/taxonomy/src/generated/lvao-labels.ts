// generated, do not edit: run `pnpm --filter @reemploi/taxonomy generate` (from labels.json).
// Source: ADEME, « Que faire de mes objets et déchets » / Longue vie aux objets
// (github.com/incubateur-ademe/quefairedemesobjets, webapp/qfdmo/fixtures), MIT licence, © 2023 ADEME.

export interface LvaoLabel {
  code: string;
  label: string;
  url: string;
  bonus: boolean;
}

export const lvaoLabels: readonly LvaoLabel[] = [
  { code: 'reparacteur', label: "Labellisé Répar'Acteur", url: 'https://www.artisanat.fr/annuaire-repar-acteurs', bonus: false },
  { code: 'qualirepar', label: 'Labellisé Bonus Réparation QualiRépar', url: 'https://www.label-qualirepar.fr/', bonus: true },
  { code: 'refashion', label: 'Labellisé Bonus Réparation Re_fashion', url: 'https://refashion.fr/citoyen/fr/bonus-reparation', bonus: true },
  { code: 'ecomaison', label: 'Labellisé Bonus Réparation Ecomaison', url: 'https://ecomaison.com/developper-reparation/', bonus: true },
  { code: 'bonusrepar_ABJ_TH', label: 'Labellisé Bonus Réparation Bonus Répar (Bricolage & Jardinage thermique)', url: 'https://www.ecologic-france.com/ecologic/filiere-abj/fonds-reparation-abjth.html', bonus: true },
  { code: 'BonusRepar_ASL', label: 'Labellisé Bonus Réparation Bonus Répar (Sport & Cycle)', url: 'https://www.ecologic-france.com/ecologic/filiere-asl/fonds-reparation-asl.html', bonus: true },
  { code: 'ess', label: "Enseigne de l'économie sociale et solidaire", url: 'https://www.economie.gouv.fr/cedef/economie-sociale-et-solidaire', bonus: false },
  { code: 'bonusrepar', label: 'Labellisé Bonus Réparation Bonus Répar', url: 'https://www.ecologic-france.com/citoyens.html', bonus: true },
];
