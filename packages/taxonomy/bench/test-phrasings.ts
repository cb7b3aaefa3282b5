// FROZEN TEST SET: everyday phrasings of the object resolver (typos, slang, brands, plurals, sentences,
// English names, hazardous and building waste). Written on 2026-12-06 before the resolver work of issue 11
// and never used to tune it: a miss here is reported in docs/benchmarks.md, never fixed by adding the
// phrase (or a word of it) as a synonym. `test-sets.test.ts` checks this file's SHA-256, so any edit
// fails the tests: a new test set gets a new file and its own first figures, it does not replace this one.
// Each case: [query, ...acceptable sub-category codes] (several when LVAO itself files the object twice).

export type TestCase = readonly [query: string, ...acceptable: string[]];

const FURN = 'meuble';
const SEATS = 'sieges_elements_d_ameublement';
const UPH = 'rembourres_d_assise_ou_de_couchage_elements_d_ameublement';
const BED = 'literie_elements_d_ameublement';
const FRIDGE = 'gros_electromenager_refrigerant';
const LARGE = 'gros_electromenager_hors_refrigerant';
const SMALL = 'petit_electromenager';
const SCREEN = 'ecran';
const IT = 'materiel_informatique';
const HIFI = 'materiel_hifi_et_video';
const PHONE = 'smartphone_tablette_et_console';
const PHOTO = 'materiel_photo_et_cinema';
const MEDIA = 'cd_dvd_et_jeu_video';
const BOOK = 'livre';
const MUSIC = 'instrument_de_musique';
const EMUSIC = 'instrument_musique_electrique';
const TOOLS = 'outil_de_bricolage_et_jardinage';
const POWER = 'abj_electrique';
const PETROL = 'machines_et_appareils_motorises_thermiques';
const GARDEN = 'accessoire_et_meuble_de_jardin';
const DECO = 'decoration';
const TEXTILE_DECO = 'decorations_textiles_elements_d_ameublement';
const LIGHT = 'luminaire';
const DISH = 'vaisselle';
const PANS = 'poele_casserole';
const LINEN = 'linge_de_maison';
const BABY = 'puericulture';
const TOY = 'jouet';
const CLOTH = 'vetement';
const LEATHER = 'maroquinerie';
const SHOES = 'chaussures';
const JEWEL = 'bijou_et_montre';
const BIKE = 'velo';
const SPORT = 'materiel_de_sport_hors_velo';
const MEDICAL = 'materiel_medical';
const GLASSES = 'lunettes_de_vue_aides_techniques';
const BUILD = 'materiau_du_batiment_reemployable';
const INK = 'cartouches';
const BATT = 'batteries_et_piles_portables';
const EBIKE_BATT = 'batteries_de_mtl';
const CAR_BATT = 'batterie_de_voitures_pour_demarrage';
const EXTINGUISHER = 'petits_appareils_extincteurs';
const CHEM = 'dechets_de_produits_chimiques';
const ACID = 'dechets_de_produits_chimiques_acides';
const BASIC = 'dechets_de_produits_chimiques_basiques';
const SOLVENT = 'produits_chimiques_solvants';
const PAINT = 'dechets_de_peintures_vernis_encres_et_colles_produits_chimiques';
const PHYTO = 'dechets_phytosanitaires_menagers_produits_chimiques';
const PYRO = 'produits_pyrotechniques';
const SOLAR = 'panneaux_photovoltaiques';
const ASBESTOS = 'dechets_dangereux_de_pmcb_produits_et_materiaux_de_construction_du_batiment';
const WOOD = 'bois_pmcb_produits_et_materiaux_de_construction_du_batiment';
const JOINERY = 'huisseries_produits_et_materiaux_de_construction_du_batiment';
const INERT = 'melange_d_inertes_produits_et_materiaux_de_construction_du_batiment';
const PLASTER = 'platre_pmcb_produits_et_materiaux_de_construction_du_batiment';
const CONCRETE = 'beton_pmcb_produits_et_materiaux_de_construction_du_batiment';
const GLASS_WOOL = 'laine_de_verre_produits_et_materiaux_de_construction_du_batiment';
const TYRE = 'pneu';
const MEDICINES = 'medicaments';
const DASRI = 'dasri';
const E_MOBILITY = 'jels_mobilite_electrique';
const OIL = 'huiles_lubrifiantes';
const BULB = 'ampoule';
const GREEN = 'dechets_verts';
const FOOD = 'biodechets';
const PALLET = 'palette';

export const testPhrasings: readonly TestCase[] = [
  // everyday words and slang
  ['mon vieux canap', FURN, UPH, SEATS],
  ['frigo qui marche plus', FRIDGE],
  ['vieux frigo qui marche plus', FRIDGE],
  ['ordi portable', IT],
  ['des fringues', CLOTH],
  ['sac de fringues trop petites', CLOTH],
  ['bouquins de poche', BOOK],
  ['télé cathodique', SCREEN],
  ['une gazinière', LARGE],
  ['machine à laver en panne', LARGE],
  ['sèche-linge', LARGE],
  ['congélateur coffre', FRIDGE],
  ['micro onde', SMALL],
  ['aspirateur', SMALL],
  ['fer à repasser', SMALL],
  ['bouilloire électrique', SMALL],
  ['poussette canne', BABY],
  ['siège auto bébé', BABY],
  ['lit bébé', BABY, FURN, BED],
  ['chaise haute', BABY, FURN, SEATS],
  ['parc à bébé', BABY],
  ['jouets en bois', TOY],
  ['lego', TOY],
  ['playmobil', TOY],
  ['peluches', TOY],
  ['puzzle', TOY],
  ['jeux de société', TOY],
  ["vélo d'enfant", BIKE],
  ['VTT', BIKE],
  ['trottinette électrique', E_MOBILITY],
  ['hoverboard', E_MOBILITY],
  ['raquette de tennis', SPORT],
  ['skis', SPORT],
  ['tapis de course', SPORT],
  ['haltères', SPORT],
  ['guitare acoustique', MUSIC],
  ['piano droit', MUSIC],
  ['synthé', EMUSIC],
  ['perceuse visseuse', POWER],
  ['tondeuse thermique', PETROL],
  ['débroussailleuse', PETROL],
  ['rateau', TOOLS],
  ['brouette', TOOLS],
  ['salon de jardin', GARDEN, FURN],
  ['parasol', GARDEN],
  ['vaisselle dépareillée', DISH],
  ['assiettes', DISH],
  ['verres à pied', DISH],
  ['casseroles', PANS, DISH],
  ['draps', LINEN],
  ['rideaux', LINEN, TEXTILE_DECO],
  ['couette', LINEN, BED],
  ['lampe de chevet', LIGHT],
  ['lustre', LIGHT],
  ['miroir', DECO, FURN],
  ['cadre photo', DECO],
  ['tableau', DECO],
  ['montre', JEWEL],
  ['collier', JEWEL],
  ['sac à main', LEATHER],
  ['baskets', SHOES],
  ['chaussures de ski', SHOES, SPORT],
  ["manteau d'hiver", CLOTH],
  ['robe de mariée', CLOTH],
  ['lunettes de vue', GLASSES],
  ['fauteuil roulant', MEDICAL],
  ['déambulateur', MEDICAL],
  ["cartouches d'encre", INK],
  ['piles', BATT],
  ['batterie de vélo électrique', EBIKE_BATT, BATT],
  ['batterie de voiture', CAR_BATT],
  ['batterie de téléphone', BATT],
  ['ampoules', BULB],
  ['néon', BULB],
  ["porte d'entrée", JOINERY, BUILD],
  ['fenêtre pvc', JOINERY, BUILD],
  ['volets', JOINERY, BUILD],
  ['carrelage', INERT, BUILD],
  ['parquet', WOOD, BUILD],
  ['planches de bois', WOOD],
  ['palettes', PALLET, WOOD],
  ['tuiles', INERT, BUILD],
  ['enceinte bluetooth', HIFI],
  ['casque audio', HIFI],
  ['chaîne hifi', HIFI],
  ['imprimante', IT],
  ["écran d'ordinateur", SCREEN],
  ['tablette', PHONE],
  ['console de jeux', PHONE],
  ['appareil photo', PHOTO],
  ['dvd', MEDIA],
  ['vinyles', MEDIA],
  // hazardous and building waste
  ['amiante', ASBESTOS],
  ['plaques en fibrociment', ASBESTOS],
  ['fibrociment', ASBESTOS],
  ['gravats', INERT, CONCRETE],
  ['placo', PLASTER, BUILD],
  ['plaques de plâtre', PLASTER, BUILD],
  ['laine de verre', GLASS_WOOL],
  ['huile de vidange', OIL],
  ['pneus', TYRE],
  ['pneus de voiture', TYRE],
  ['pots de peinture', PAINT],
  ['white spirit', SOLVENT, CHEM],
  ['désherbant', PHYTO],
  ['médicaments périmés', MEDICINES],
  ['seringues', DASRI],
  ['aiguilles de diabétique', DASRI],
  ['extincteur', EXTINGUISHER],
  ["feux d'artifice", PYRO],
  ['fusées de détresse', PYRO],
  ['panneau solaire', SOLAR],
  ['acide chlorhydrique', ACID, CHEM],
  ['eau de javel', BASIC, CHEM],
  ['tonte de gazon', GREEN],
  ['branches', GREEN],
  ['épluchures', FOOD],
  // sentences
  ['je veux me débarrasser de mon vieux canapé', FURN, UPH, SEATS],
  ['je cherche à donner une armoire', FURN],
  ['où jeter une vieille télé', SCREEN],
  ['comment recycler des piles', BATT],
  ['que faire de mon vieux matelas', FURN, BED],
  ["je déménage et j'ai un frigo à donner", FRIDGE],
  ['mon lave-vaisselle est en panne', LARGE],
  ['réparer mon grille-pain', SMALL],
  ['donner des vêtements de bébé', CLOTH, BABY],
  ['vendre mon vélo', BIKE],
  // brands
  ['Nespresso', SMALL],
  ['machine Nespresso', SMALL],
  ['Thermomix', SMALL],
  ['PlayStation 4', PHONE],
  ['iPhone cassé', PHONE],
  ['meuble Ikea', FURN],
  ['étagère Billy', FURN],
  ['Dyson', SMALL],
  ['Kärcher', SMALL, POWER],
  ['Velux', JOINERY, BUILD],
  ['Samsung Galaxy', PHONE],
  ['MacBook', IT],
  ['Game Boy', PHONE],
  // English names
  ['couch', FURN, UPH, SEATS],
  ['fridge', FRIDGE],
  ['washing machine', LARGE],
  ['dishwasher', LARGE],
  ['microwave', SMALL],
  ['bike', BIKE],
  ['bicycle', BIKE],
  ['books', BOOK],
  ['clothes', CLOTH],
  ['shoes', SHOES],
  ['mattress', FURN, BED],
  ['wardrobe', FURN],
  ['lawn mower', POWER, PETROL, TOOLS],
  ['drill', POWER],
  ['paint', PAINT],
  ['tyres', TYRE],
  ['asbestos', ASBESTOS],
  ['rubble', INERT, CONCRETE],
  ['stroller', BABY],
  ['toys', TOY],
  ['television', SCREEN],
  ['kettle', SMALL],
  ['vacuum cleaner', SMALL],
  // typos
  ['frigidère', FRIDGE],
  ['matela', FURN, BED],
  ['chaize', FURN, SEATS],
  ['télévison', SCREEN],
  ['aspirteur', SMALL],
  ['guittare', MUSIC],
  ['pousette', BABY],
  ['ordinnateur', IT],
  ['réfrigirateur americain', FRIDGE],
];
