/** Attribution to show wherever the LVAO vocabulary is displayed or redistributed (MIT licence). */
export const TAXONOMY_ATTRIBUTION =
  'Vocabulaire des objets : ADEME, « Que faire de mes objets et déchets » / Longue vie aux objets ' +
  '(github.com/incubateur-ademe/quefairedemesobjets), licence MIT, © 2023 ADEME.';
