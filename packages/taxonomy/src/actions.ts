import type { LocalizedText } from './localized-text';
import { lvaoActions, type LvaoDirectionCode } from './generated/lvao-actions';
import { ACTION_IDS, type ActionId, type Direction } from './ids';

export interface ActionInfo {
  id: ActionId;
  lvaoCode: string;
  directions: Direction[];
  label: LocalizedText;
  description: LocalizedText;
}

interface ActionText {
  lvaoCode: string;
  en: string;
  description: LocalizedText;
}

// LVAO gives French labels and directions; English labels and both descriptions are ours.
const actionTexts: Record<ActionId, ActionText> = {
  REPAIR: {
    lvaoCode: 'reparer',
    en: 'Repair',
    description: {
      fr: 'Faire réparer ou réparer soi-même un objet.',
      en: 'Get an object repaired or repair it yourself.',
    },
  },
  DONATE: {
    lvaoCode: 'donner',
    en: 'Donate',
    description: {
      fr: 'Donner un objet pour qu’il serve à nouveau.',
      en: 'Give an object away so that it can be used again.',
    },
  },
  EXCHANGE: {
    lvaoCode: 'echanger',
    en: 'Swap',
    description: { fr: 'Échanger un objet contre un autre.', en: 'Swap an object for another one.' },
  },
  LEND: {
    lvaoCode: 'preter',
    en: 'Lend',
    description: {
      fr: 'Prêter un objet qu’on n’utilise pas tout le temps.',
      en: 'Lend an object you do not use all the time.',
    },
  },
  BORROW: {
    lvaoCode: 'emprunter',
    en: 'Borrow',
    description: { fr: 'Emprunter un objet plutôt que l’acheter.', en: 'Borrow an object instead of buying it.' },
  },
  RENT: {
    lvaoCode: 'louer',
    en: 'Rent',
    description: { fr: 'Louer un objet le temps d’en avoir besoin.', en: 'Rent an object for as long as you need it.' },
  },
  RENT_OUT: {
    lvaoCode: 'mettreenlocation',
    en: 'Rent out',
    description: { fr: 'Mettre en location un objet qu’on possède.', en: 'Rent out an object you own.' },
  },
  BUY: {
    lvaoCode: 'acheter',
    en: 'Buy second-hand',
    description: { fr: 'Acheter un objet d’occasion.', en: 'Buy a second-hand object.' },
  },
  SELL: {
    lvaoCode: 'revendre',
    en: 'Sell',
    description: { fr: 'Revendre un objet dont on ne se sert plus.', en: 'Sell an object you no longer use.' },
  },
  DROP_OFF: {
    lvaoCode: 'trier',
    en: 'Drop off',
    description: {
      fr: 'Déposer un objet en point de collecte pour qu’il soit réemployé ou recyclé.',
      en: 'Drop an object off at a collection point to be reused or recycled.',
    },
  },
  RETURN: {
    lvaoCode: 'rapporter',
    en: 'Return',
    description: {
      fr: 'Rapporter un objet ou un contenant réutilisable là où on l’a acheté.',
      en: 'Take an object or a reusable container back to where you bought it.',
    },
  },
};

const LVAO_DIRECTIONS: Record<LvaoDirectionCode, Direction> = { jai: 'HAVE', jecherche: 'SEEK' };

function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase('fr') + text.slice(1);
}

function buildAction(id: ActionId): ActionInfo {
  const text = actionTexts[id];
  const lvao = lvaoActions.find((a) => a.code === text.lvaoCode);
  if (!lvao) throw new Error(`LVAO action ${text.lvaoCode} is missing from the generated data`);
  return {
    id,
    lvaoCode: lvao.code,
    directions: lvao.directions.map((d) => LVAO_DIRECTIONS[d]),
    label: { fr: capitalize(lvao.label), en: text.en },
    description: text.description,
  };
}

export const actions: readonly ActionInfo[] = ACTION_IDS.map(buildAction);

const actionsById = new Map<string, ActionInfo>(actions.map((a) => [a.id, a]));
const actionsByLvaoCode = new Map<string, ActionInfo>(actions.map((a) => [a.lvaoCode, a]));

/** The action with this GraphQL id (REPAIR, DONATE…). */
export function actionById(id: string): ActionInfo | undefined {
  return actionsById.get(id);
}

/** The action with this LVAO code (reparer, donner…), as found in LVAO exports. */
export function actionByLvaoCode(code: string): ActionInfo | undefined {
  return actionsByLvaoCode.get(code);
}

/** The actions offered in one direction, in display order. */
export function actionsOfDirection(direction: Direction): readonly ActionInfo[] {
  return actions.filter((a) => a.directions.includes(direction));
}
