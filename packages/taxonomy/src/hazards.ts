// Objects that must not be reused or given to a ressourcerie, and the kind of place that takes them.
// Written from ADEME's « Que faire de mes déchets » advice (data/ademe-que-faire-produits.json lists
// the products); the texts are ours.
import type { LocalizedText } from './localized-text';
import type { LvaoSubcategoryCode } from './generated/lvao-categories';

/** The kind of place that takes a hazardous object. */
export type HazardChannel =
  /** A pharmacy (unused medicines; needle boxes are handed out and taken back there too). */
  | 'PHARMACY'
  /** A déchèterie's hazardous household waste corner (DDS), in its original container. */
  | 'HAZARDOUS_WASTE_DROP_OFF'
  /** Back to a seller of the same kind of product (take-back is compulsory), or a déchèterie. */
  | 'RETAILER_TAKE_BACK'
  /** A certified professional, or a déchèterie that accepts it by appointment only. */
  | 'SPECIALIST';

export interface Hazard {
  channel: HazardChannel;
  advice: LocalizedText;
}

const DDS: Hazard = {
  channel: 'HAZARDOUS_WASTE_DROP_OFF',
  advice: {
    fr: "Produit dangereux : ni ressourcerie, ni évier, ni poubelle. Apportez-le, vide ou non et dans son emballage d'origine, au point « déchets dangereux » d'une déchèterie.",
    en: 'Hazardous product: not for a reuse shop, the sink or the bin. Take it, empty or not and in its original container, to the hazardous waste point of a recycling centre.',
  },
};

const BATTERIES: Hazard = {
  channel: 'RETAILER_TAKE_BACK',
  advice: {
    fr: "Piles et batteries peuvent prendre feu : ne les jetez pas et ne les confiez pas à une ressourcerie. Déposez-les dans un bac de collecte en magasin ou en déchèterie, bornes protégées d'un ruban adhésif.",
    en: 'Batteries can catch fire: do not bin them or give them to a reuse shop. Drop them in a collection box in a shop or at a recycling centre, terminals taped over.',
  },
};

export const hazardsBySubcategory: { readonly [code in LvaoSubcategoryCode]?: Hazard } = {
  dechets_dangereux_de_pmcb_produits_et_materiaux_de_construction_du_batiment: {
    channel: 'SPECIALIST',
    advice: {
      fr: 'Amiante et déchets dangereux du bâtiment : ne les cassez pas, ne les déposez jamais en ressourcerie. Faites-les retirer par une entreprise certifiée, ou, pour une petite quantité emballée et étiquetée, prenez rendez-vous avec une déchèterie qui les accepte.',
      en: 'Asbestos and hazardous building waste: do not break it and never take it to a reuse shop. Have it removed by a certified company or, for a small wrapped and labelled amount, book a slot at a recycling centre that accepts it.',
    },
  },
  dasri: {
    channel: 'PHARMACY',
    advice: {
      fr: 'Aiguilles, seringues et lancettes : dans une boîte à aiguilles jaune (remise gratuitement en pharmacie), à rapporter pleine à un point de collecte DASRI. Jamais à la poubelle ni en ressourcerie.',
      en: 'Needles, syringes and lancets: into a yellow sharps box (free from pharmacies), taken back full to a sharps collection point. Never in the bin or to a reuse shop.',
    },
  },
  medicaments: {
    channel: 'PHARMACY',
    advice: {
      fr: 'Médicaments non utilisés ou périmés : rapportez-les en pharmacie (sans leur carton, qui va au tri). Ils ne se donnent pas.',
      en: 'Unused or expired medicines: take them back to a pharmacy (the box goes to recycling). They cannot be donated.',
    },
  },
  petits_appareils_extincteurs: {
    channel: 'RETAILER_TAKE_BACK',
    advice: {
      fr: "Extincteur : sous pression, il ne va ni en ressourcerie ni à la poubelle. Rapportez-le à un vendeur d'extincteurs ou en déchèterie s'il l'accepte.",
      en: 'Fire extinguisher: it is under pressure, so not for a reuse shop or the bin. Take it back to an extinguisher seller, or to a recycling centre that accepts it.',
    },
  },
  batterie_de_voitures_pour_demarrage: {
    channel: 'RETAILER_TAKE_BACK',
    advice: {
      fr: 'Batterie de voiture : acide et plomb. Rapportez-la à un garage, un centre auto ou en déchèterie ; pas en ressourcerie.',
      en: 'Car battery: acid and lead. Take it back to a garage, a car centre or a recycling centre; not to a reuse shop.',
    },
  },
  batteries_de_mtl: BATTERIES,
  batteries_et_piles_portables: BATTERIES,
  produits_pyrotechniques: {
    channel: 'SPECIALIST',
    advice: {
      fr: "Fusées de détresse et feux d'artifice : explosifs. Rapportez-les au magasin qui en vend (shipchandler, armurerie) ; jamais à la poubelle ni en ressourcerie.",
      en: 'Flares and fireworks: explosives. Take them back to a shop that sells them (chandlery, gun shop); never in the bin or to a reuse shop.',
    },
  },
  huiles_lubrifiantes: {
    channel: 'HAZARDOUS_WASTE_DROP_OFF',
    advice: {
      fr: "Huile de vidange : dans un bidon fermé, sans la mélanger à autre chose, au point de collecte d'une déchèterie ou d'un garage. Jamais dans l'évier ni le caniveau.",
      en: 'Used engine oil: in a closed can, unmixed, to the collection point of a recycling centre or a garage. Never down the sink or the drain.',
    },
  },
  pneu: {
    channel: 'RETAILER_TAKE_BACK',
    advice: {
      fr: "Pneus : le vendeur de pneus les reprend gratuitement (autant que vous en achetez) ; sinon en déchèterie s'ils sont acceptés, déjantés.",
      en: 'Tyres: tyre sellers take them back free of charge (as many as you buy); otherwise at a recycling centre that accepts them, off the rim.',
    },
  },
  dechets_de_produits_chimiques: DDS,
  dechets_de_produits_chimiques_acides: DDS,
  dechets_de_produits_chimiques_basiques: DDS,
  produits_chimiques_solvants: DDS,
  dechets_de_peintures_vernis_encres_et_colles_produits_chimiques: DDS,
  dechets_phytosanitaires_menagers_produits_chimiques: DDS,
};

/** What makes an object of this sub-category hazardous and where it goes, or undefined. */
export function hazardOf(subcategoryId: string): Hazard | undefined {
  return (hazardsBySubcategory as Record<string, Hazard | undefined>)[subcategoryId];
}
