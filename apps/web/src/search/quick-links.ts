import type { Dictionary } from '../i18n/dictionary';
import type { SearchState } from './search-state';

/** Common needs, as ready-made searches (LVAO sub-category ids). */
export const quickLinks: { key: keyof Dictionary & `quick${string}`; state: Partial<SearchState> }[] = [
  {
    key: 'quickDonateClothes',

    state: { actions: ['DONATE'], text: 'vêtements', subcategories: ['vetement', 'chaussures', 'linge_de_maison'] },
  },
  {
    key: 'quickRepairAppliance',

    state: {
      actions: ['REPAIR'],
      text: 'appareil',
      subcategories: [
        'petit_electromenager',
        'materiel_hifi_et_video',
        'materiel_informatique',
        'autre_equipement_electronique',
      ],
    },
  },
  {
    key: 'quickBulky',

    state: { actions: ['DROP_OFF'], text: 'encombrants', subcategories: ['encombrants_menagers_divers', 'meuble'] },
  },
  { key: 'quickFurniture', state: { actions: ['DONATE'], text: 'meuble', subcategories: ['meuble'] } },
  { key: 'quickToys', state: { actions: ['DONATE'], text: 'jouets', subcategories: ['jouet'] } },
  { key: 'quickBuy', state: { direction: 'SEEK', actions: ['BUY'] } },
];
