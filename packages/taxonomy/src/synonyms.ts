// Everyday words, slang and brand-ish generics that residents type but LVAO's object list lacks,
// mapped to LVAO sub-category codes (typed, so a wrong code fails the typecheck). French only, written
// in plain spelling: the resolver handles accents, case and plurals itself.
import type { LvaoSubcategoryCode } from './generated/lvao-categories';

export interface Synonym {
  term: string;
  subcategoryId: string;
  /** English names match only in full ("balance bike" is not a "balance de cuisine"). */
  language?: 'en';
}

// A word table reads best packed, one sub-category per block.
// prettier-ignore
const synonymsBySubcategory: { readonly [code in LvaoSubcategoryCode]?: readonly string[] } = {
  gros_electromenager_refrigerant: [
    'frigo', 'frigidaire', 'congelo', 'refrigerateur americain', 'cave a vin electrique', 'clim',
    'climatisation', 'mini frigo',
  ],
  gros_electromenager_hors_refrigerant: [
    'lave linge', 'machine a laver', 'lave vaisselle', 'seche linge', 'gaziniere', 'cuisiniere', 'piano de cuisson',
    'four encastrable', 'plaque induction', 'table de cuisson', 'vitroceramique', 'cumulus', 'ballon d eau chaude',
    'chauffe eau', 'convecteur', 'radiateur', 'poele a granules', 'aspirateur traineau', ],
  petit_electromenager: [
    'micro ondes', 'bouilloire', 'cafetiere', 'expresso', 'senseo', 'nespresso', 'dolce gusto',
    'tassimo', 'moulin a cafe', 'grille pain', 'gaufrier', 'crepiere', 'plancha', 'raclette', 'fondue', 'wok electrique',
    'mixer', 'blender', 'robot menager', 'robot patissier', 'thermomix', 'kitchenaid', 'moulinex', 'yaourtiere',
    'cuiseur vapeur', 'cuiseur riz', 'autocuiseur electrique', 'cookeo', 'airfryer', 'friteuse sans huile', 'extracteur de jus',
    'centrifugeuse', 'presse agrume', 'pese personne', 'brushing', 'fer a boucler',
    'lisseur', 'tondeuse a cheveux', 'epilateur', 'brosse a dents electrique', 'rasoir', 'aspi', 'aspirateur balai',
    'aspirateur sans fil', 'dyson', 'roomba', 'nettoyeur vapeur', 'ventilo', 'chauffage d appoint', 'radiateur soufflant',
    'deshumidificateur', 'purificateur d air', 'humidificateur', 'reveil', 'mini chaine',
    'lampe de poche', 'babyphone', 'ecouteur', 'machine a coudre', 'surjeteuse', 'multiprises',
  ],
  ecran: ['tele', 'tv', 'televiseur', 'ecran pc', 'moniteur', 'ecran d ordinateur', 'projecteur', 'videoprojecteur'],
  materiel_informatique: [
    'ordi', 'laptop', 'macbook', 'mac', 'imac', 'ordinateur de bureau', 'tour pc',
    'unite centrale', 'clavier d ordinateur', 'souris', 'disque dur', 'scanner', 'box internet', 'modem', 'routeur',
    'webcam', 'chromebook', 'netbook',
  ],
  materiel_hifi_et_video: [
    'hifi', 'ampli', 'amplificateur', 'tourne disque', 'platine', 'home cinema', 'barre de son',
    'casque', 'ipod', 'poste de radio', 'magnetophone', 'lecteur cd', 'lecteur blu ray', 'decodeur',
  ],
  smartphone_tablette_et_console: [
    'portable', 'mobile', 'iphone', 'samsung galaxy', 'tel', 'gsm', 'ipad', 'tablette',
    'liseuse', 'kindle', 'console', 'playstation', 'ps4', 'ps5', 'xbox', 'nintendo', 'switch', 'wii', 'gameboy', 'ds',
  ],
  materiel_photo_et_cinema: ['reflex', 'objectif photo', 'gopro', 'polaroid', 'camera', 'trepied', 'drone'],
  autre_equipement_electronique: ['chargeur', 'telephone sans fil', 'talkie walkie', 'calculette', 'cigarette electronique', 'vapoteuse'],
  cd_dvd_et_jeu_video: ['jeu video', 'vinyle', '33 tours', '45 tours', 'disques', 'cassette video', 'vhs', 'cassette audio'],
  livre: [
    'bouquin', 'bouquins', 'roman', 'bd', 'bande dessinee', 'manga', 'comics', 'album jeunesse', 'livre de poche',
    'encyclopedie', 'dictionnaire', 'livre scolaire', 'manuel scolaire', 'magazine', 'revue', 'partition',
  ],
  instrument_de_musique: ['guitare', 'batterie musique', 'djembe', 'accordeon', 'trompette', 'clarinette', 'ukulele', 'harmonica', 'violoncelle', 'flute a bec'],
  instrument_musique_electrique: ['clavier musical', 'piano numerique', 'basse electrique', 'ampli guitare', 'synthe'],
  outil_de_bricolage_et_jardinage: [
    'outils', 'boite a outils', 'cle a molette', 'cle plate', 'pince', 'scie egoine', 'serre joint',
    'niveau a bulle', 'metre ruban', 'echelle', 'escabeau', 'etau', 'burin', 'rabot', 'pelle', 'beche', 'pioche', 'rateau',
    'binette', 'fourche', 'secateur', 'cisaille', 'sceau', 'brouette', 'tuyau d arrosage', 'tondeuse manuelle',
  ],
  abj_electrique: [
    'perceuse', 'visseuse', 'perforateur', 'meuleuse', 'ponceuse', 'defonceuse', 'rabot electrique', 'scie electrique',
    'scie circulaire', 'scie a onglet', 'tronconneuse electrique', 'taille haie', 'coupe bordure', 'tondeuse',
    'tondeuse electrique', 'robot tondeuse', 'souffleur electrique', 'broyeur electrique', 'compresseur', 'poste a souder',
    'decapeur thermique', 'pistolet a colle',
  ],
  machines_et_appareils_motorises_thermiques: [
    'tronconneuse', 'debroussailleuse', 'tondeuse autoportee', 'autoportee', 'motoculteur',
    'souffleur', 'groupe electrogene', 'broyeur de vegetaux',
  ],
  accessoire_et_meuble_de_jardin: [
    'chaise de jardin', 'fauteuil de jardin', 'chaise longue', 'transat', 'hamac', 'barbecue',
    'parasol', 'tonnelle', 'jardiniere', 'bac a fleurs', 'composteur', 'recuperateur d eau', 'cabane de jardin',
  ],
  meuble: [
    'canape', 'sofa', 'clic clac', 'bz', 'convertible', 'banquette', 'meridienne', 'pouf', 'fauteuil', 'tabouret',
    'chaise', 'table', 'table basse', 'table a manger', 'bureau', 'armoire', 'penderie', 'commode', 'buffet', 'bahut',
    'vaisselier', 'etagere', 'bibliotheque', 'meuble tv', 'lit', 'sommier', 'matelas', 'mezzanine', 'lit parapluie', 'tete de lit', 'chevet', 'table de nuit', 'dressing', 'placard', 'caisson', 'kallax',
    'billy', 'ikea', 'meuble de salle de bain', 'meuble a chaussures', 'range chaussures', 'porte manteau', 'vestiaire',
  ],
  rembourres_d_assise_ou_de_couchage_elements_d_ameublement: ['canape convertible', 'fauteuil rembourre', 'pouf poire'],
  literie_elements_d_ameublement: ['literie', 'matelas mousse', 'matelas a ressorts', 'sommier a lattes'],
  decoration: [
    'deco', 'bibelot', 'cadre', 'cadre photo', 'tableau', 'affiche', 'poster', 'vase', 'statuette', 'horloge murale',
    'miroir', 'glace', 'bougeoir', 'photophore', 'tapis', 'couette', 'oreiller', 'coussin', 'plaid', 'duvet',
    'sac de couchage', 'objet de decoration', 'sapin de noel', 'decoration de noel', 'boules de noel',
  ],
  decorations_textiles_elements_d_ameublement: ['rideaux', 'double rideau', 'voilage', 'store enrouleur'],
  luminaire: ['lampe de bureau', 'lampadaire', 'applique', 'suspension', 'abat jour', 'spot', 'guirlande lumineuse', 'veilleuse'],
  ampoule: ['ampoules', 'ampoule led', 'ampoule basse consommation'],
  vaisselle: [
    'assiette', 'verre', 'couverts', 'couteaux', 'service de table', 'service a cafe', 'theiere',
    'saladier', 'plat', 'plat a four', 'tupperware', 'boite alimentaire', 'bocal', 'carafe', 'pichet', 'ustensiles',
    'louche', 'passoire', 'moule a gateau', 'planche a decouper', 'gobelet',
  ],
  poele_casserole: ['poele', 'casseroles', 'cocotte', 'autocuiseur', 'faitout', 'sauteuse', 'marmite', 'wok'],
  linge_de_maison: [
    'drap', 'draps', 'drap housse', 'housse de couette', 'taie', 'serviette', 'serviette de toilette', 'gant de toilette',
    'couverture', 'torchons', 'nappe', 'linge', 'peignoir de bain',
  ],
  puericulture: [
    'poussette', 'landau', 'cosy', 'rehausseur', 'berceau', 'lit parapluie bebe', 'transat bebe', 'table a langer', 'porte bebe', 'echarpe de portage', 'babyphone',
    'sterilisateur', 'chauffe biberon', 'trotteur', 'tire lait', 'matelas a langer',
  ],
  jouet: [
    'jouets', 'jeux', 'joujou', 'doudou', 'peluche', 'poupee', 'barbie', 'lego', 'duplo', 'playmobil', 'kapla',
    'jeu de construction', 'jeu de societe', 'puzzle', 'petite voiture', 'voiture telecommandee', 'circuit', 'garage',
    'dinette', 'cuisine enfant', 'cheval a bascule', 'trotteur enfant', 'tricycle', 'draisienne', 'porteur', 'jouet bebe',
    'hochet', 'cubes', 'figurines', 'pokemon', 'deguisement', 'maison de poupee', 'toboggan',
    'bac a sable', 'piscine gonflable',
  ],
  vetement: [
    'fringues', 'habits', 'vetements', 'fripes', 'sapes', 'linge enfant', 'tshirt', 'debardeur', 'chemisier', 'jupe', 'robe', 'pantalon', 'jogging', 'survetement', 'pull', 'gilet', 'sweat', 'hoodie',
    'veste', 'blouson', 'manteau', 'parka', 'impermeable', 'k way', 'costume', 'tailleur', 'pyjama', 'chaussettes',
    'sous vetements', 'soutif', 'maillot', 'maillot de foot', 'casquette', 'bonnet', 'echarpe', 'gants',
    'uniforme', 'blouse',
  ],
  chaussures: [
    'chaussure', 'pompes', 'godasses', 'baskets', 'sneakers', 'tennis', 'bottes', 'bottines', 'escarpins', 'talons',
    'sandales', 'tongs', 'claquettes', 'mocassins', 'derbies', 'chaussons', 'pantoufles', 'crocs', 'chaussures de securite',
  ],
  maroquinerie: [
    'sac', 'sacoche', 'besace', 'cartable', 'valise', 'bagage', 'trolley', 'portefeuille', 'porte monnaie',
    'ceinture', 'pochette', 'trousse', 'sac de voyage',
  ],
  bijou_et_montre: ['bijoux', 'bijou fantaisie', 'bague', 'boucles d oreille', 'collier', 'bracelet', 'pendentif', 'broche', 'montre', 'montre bracelet', 'horloge', 'pendule', 'coucou'],
  velo: [
    'velo', 'bicyclette', 'biclou', 'becane', 'vtt', 'vtc', 'velo de route', 'velo de ville',
    'velo enfant', 'bmx', 'fixie', 'velo cargo', 'velo pliant', 'tandem',
  ],
  jels_mobilite_electrique: [
    'vae', 'hoverboard', 'gyropode', 'monoroue', 'skate electrique',
  ],
  materiel_de_sport_hors_velo: [
    'trottinette', 'trott', 'skate', 'skateboard', 'longboard', 'rollers', 'patins a roulettes', 'patins a glace',
    'ski', 'skis', 'snowboard', 'raquette', 'ballon', 'ballon de basket',
    'velo d appartement', 'home trainer', 'tapis de course', 'banc de musculation', 'halteres', 'kettlebell',
    'tapis de yoga', 'ping pong', 'baby foot', 'billard', 'flechettes', 'petanque', 'tente',
    'matelas gonflable', 'rechaud de camping', 'canne a peche', 'materiel de peche', 'kayak', 'canoe', 'paddle',
    'combinaison neoprene', 'palmes', 'masque et tuba', 'equipement de ski', 'crampons', 'protege tibias',
    'gants de boxe', 'sac de sport', 'sac a dos', 'sac de randonnee', 'batons de marche', 'balancoire', 'portique',
    'trampoline', 'cage de foot', 'panier de basket', 'club de golf', 'luge',
  ],
  materiel_medical: [
    'deambulateur', 'rollator', 'bequilles', 'canne', 'chaise percee',
    'rehausseur wc', 'attelle', 'verticalisateur', 'leve personne',
  ],
  lunettes_de_vue_aides_techniques: ['lunettes', 'lunettes de vue', 'monture', 'binocles'],
  materiau_du_batiment_reemployable: [
    'materiaux', 'porte', 'fenetre', 'volet', 'velux', 'baie vitree', 'carrelage', 'faience', 'parquet', 'plancher',
    'lambris', 'parpaing', 'brique', 'tuile', 'ardoise', 'lavabo', 'evier', 'baignoire', 'douche', 'wc', 'cuvette',
    'toilettes', 'robinet', 'mitigeur', 'plaque de platre', 'placo', 'radiateur en fonte', 'gouttiere',
  ],
  bois_pmcb_produits_et_materiaux_de_construction_du_batiment: ['planche', 'bois de construction', 'poutre', 'chevron', 'contreplaque', 'osb'],
  batteries_et_piles_portables: ['batterie', 'piles', 'pile bouton', 'batterie de telephone', 'batterie d ordinateur', 'accu', 'batterie externe'],
  batterie_de_voitures_pour_demarrage: ['batterie auto', 'batterie moto'],
  dechets_de_peintures_vernis_encres_et_colles_produits_chimiques: ['peinture', 'vernis', 'lasure', 'colle'],
  produits_chimiques_solvants: ['white spirit', 'acetone', 'diluant', 'essence de terebenthine'],
  dechets_phytosanitaires_menagers_produits_chimiques: ['desherbant', 'pesticide', 'engrais', 'insecticide', 'anti limaces'],
  produits_pyrotechniques: ['fusee de detresse', 'feux d artifice', 'petards'],
  cartouches: ['cartouche d imprimante', 'toner'],
  petits_appareils_extincteurs: ['extincteur'],
  pneu: ['pneus', 'pneumatique', 'pneu de voiture'],
  huiles_lubrifiantes: ['huile de vidange', 'huile moteur'],
  medicaments: ['medocs', 'medicament', 'cachets', 'comprimes', 'sirop'],
  dasri: ['seringue', 'aiguille', 'stylo a insuline'],
  vehicule: ['voiture', 'auto', 'moto', 'scooter', 'mobylette', 'cyclomoteur', 'caravane', 'remorque', 'camping car'],
  bateau: ['bateau', 'barque', 'voilier', 'zodiac', 'annexe'],
  palette: ['palettes', 'palette en bois'],
  panneaux_photovoltaiques: ['panneaux solaires'],
  papeterie: ['cahiers', 'classeur', 'stylos', 'crayons', 'feutres', 'agenda'],
  papiers_graphiques: ['journaux', 'journal', 'prospectus', 'papier'],
  emballage_carton: ['cartons', 'carton de demenagement', 'boite en carton'],
  emballage_verre: ['bocaux', 'pot de confiture', 'bouteille en verre'],
  bouteilles_plastique: ['bouteille plastique', 'bouteilles en plastique'],
  bouchons_en_liege: ['bouchon'],
  biodechets: ['epluchures', 'restes alimentaires', 'compost'],
  dechets_verts: ['tonte', 'branchages', 'feuilles mortes', 'taille de haie'],
  encombrants_menagers_divers: ['encombrants', 'volieres'],
};

// English names (visitors, students, residents who think in English). None of them may be a phrase of
// the frozen test set (test-sets.test.ts): they were written for common objects, not for the test.
// prettier-ignore
const englishBySubcategory: { readonly [code in LvaoSubcategoryCode]?: readonly string[] } = {
  meuble: ['sofa bed', 'settee', 'armchair', 'chair', 'desk', 'bed', 'bunk bed', 'cupboard', 'chest of drawers', 'dresser', 'bookcase', 'shelf', 'shelves', 'sideboard', 'stool', 'bench', 'furniture'],
  gros_electromenager_refrigerant: ['refrigerator', 'freezer', 'chest freezer', 'wine cooler', 'air conditioner'],
  gros_electromenager_hors_refrigerant: ['washer', 'tumble dryer', 'dryer', 'cooker', 'oven', 'stove', 'hob', 'water heater', 'boiler'],
  petit_electromenager: ['toaster', 'coffee machine', 'coffee maker', 'food processor', 'hair dryer', 'iron', 'fan', 'heater', 'hoover'],
  ecran: ['monitor', 'screen'],
  materiel_informatique: ['computer', 'desktop computer', 'notebook', 'printer', 'keyboard', 'mouse', 'router'],
  smartphone_tablette_et_console: ['phone', 'mobile phone', 'cell phone', 'smartphone', 'tablet', 'game console'],
  materiel_hifi_et_video: ['speaker', 'speakers', 'headphones', 'stereo', 'record player', 'turntable'],
  livre: ['book', 'comic', 'novel'],
  cd_dvd_et_jeu_video: ['video game', 'records', 'cds'],
  instrument_de_musique: ['guitar', 'piano', 'violin', 'drum kit', 'drums'],
  vetement: ['clothing', 'coat', 'jacket', 'dress', 'trousers', 'jeans', 'shirt', 'sweater', 'jumper'],
  chaussures: ['boots', 'trainers', 'sandals'],
  jouet: ['toy', 'doll', 'board game', 'teddy bear'],
  puericulture: ['pram', 'pushchair', 'buggy', 'cot', 'high chair', 'car seat'],
  velo: ['bicycles', 'cycle', 'mountain bike'],
  materiel_de_sport_hors_velo: ['scooter', 'tent', 'treadmill', 'weights'],
  outil_de_bricolage_et_jardinage: ['tools', 'toolbox', 'hammer', 'spade', 'shovel', 'rake', 'wheelbarrow', 'ladder'],
  abj_electrique: ['power drill', 'electric saw', 'sander', 'hedge trimmer', 'electric mower'],
  machines_et_appareils_motorises_thermiques: ['chainsaw', 'petrol mower', 'strimmer', 'generator'],
  accessoire_et_meuble_de_jardin: ['garden furniture', 'garden chair'],
  vaisselle: ['dishes', 'plates', 'cups', 'mugs', 'glasses', 'cutlery'],
  poele_casserole: ['pans', 'pots and pans', 'frying pan', 'saucepan'],
  linge_de_maison: ['bedding', 'sheets', 'duvet', 'towels', 'blanket', 'curtains'],
  luminaire: ['lamp', 'lampshade', 'ceiling light'],
  ampoule: ['light bulb', 'bulb', 'bulbs'],
  maroquinerie: ['bag', 'handbag', 'suitcase', 'wallet', 'belt'],
  bijou_et_montre: ['jewellery', 'jewelry', 'watch', 'necklace', 'ring'],
  materiel_medical: ['wheelchair', 'crutches', 'walker'],
  materiau_du_batiment_reemployable: ['door', 'window', 'tiles', 'sink', 'bathtub', 'toilet', 'plasterboard'],
  bois_pmcb_produits_et_materiaux_de_construction_du_batiment: ['timber', 'wood', 'planks'],
  batteries_et_piles_portables: ['battery'],
  batterie_de_voitures_pour_demarrage: ['car battery'],
  medicaments: ['medicine', 'medicines', 'pills', 'drugs'],
  dasri: ['needles', 'syringe', 'syringes', 'sharps'],
  petits_appareils_extincteurs: ['fire extinguisher'],
  dechets_de_peintures_vernis_encres_et_colles_produits_chimiques: ['paint tin', 'paint pot', 'varnish', 'glue'],
  produits_chimiques_solvants: ['solvent', 'thinner'],
  dechets_de_produits_chimiques: ['chemicals', 'bleach'],
  huiles_lubrifiantes: ['engine oil', 'motor oil'],
  pneu: ['tire', 'tires'],
  dechets_verts: ['garden waste', 'grass cuttings', 'leaves'],
};

/** Every hand-written synonym, one row per (term, sub-category), French then English. */
export const synonyms: readonly Synonym[] = [
  ...Object.entries(synonymsBySubcategory).flatMap(([subcategoryId, terms]) =>
    (terms ?? []).map((term): Synonym => ({ term, subcategoryId })),
  ),
  ...Object.entries(englishBySubcategory).flatMap(([subcategoryId, terms]) =>
    (terms ?? []).map((term): Synonym => ({ term, subcategoryId, language: 'en' })),
  ),
];
