// generated, do not edit: run `pnpm --filter @reemploi/taxonomy generate` (from categories.json).
// Source: ADEME, « Que faire de mes objets et déchets » / Longue vie aux objets
// (github.com/incubateur-ademe/quefairedemesobjets, webapp/qfdmo/fixtures), MIT licence, © 2023 ADEME.

export type LvaoCategoryCode =
  | 'electromenager'
  | 'equipements_de_loisir'
  | 'bricolage_et_jardinage'
  | 'mobilier_et_decoration'
  | 'produits_divers'
  | 'image_son_et_informatique'
  | 'livres_et_multimedia'
  | 'vetements_et_accessoires'
  | 'bijoux_montre_horlogerie'
  | 'materiau_de_construction_du_batiment'
  | 'batteries_et_piles_portables'
  | 'petits_appareils_extincteurs'
  | 'pchim_dds'
  | 'panneaux_photovoltaiques'
  | 'bateau'
  | 'aides_techniques'
  | 'pneu'
  | 'medicaments_et_dasri'
  | 'jels_mobilite_electrique'
  | 'huiles_lubrifiantes'
  | 'biodechets'
  | 'vehicule'
  | 'ordures_menageres'
  | 'emballages_et_papiers_graphiques';

export type LvaoSubcategoryCode =
  | 'gros_electromenager_refrigerant'
  | 'gros_electromenager_hors_refrigerant'
  | 'petit_electromenager'
  | 'ecran'
  | 'materiel_informatique'
  | 'materiel_hifi_et_video'
  | 'smartphone_tablette_et_console'
  | 'materiel_photo_et_cinema'
  | 'autre_equipement_electronique'
  | 'cd_dvd_et_jeu_video'
  | 'livre'
  | 'instrument_de_musique'
  | 'outil_de_bricolage_et_jardinage'
  | 'accessoire_et_meuble_de_jardin'
  | 'meuble'
  | 'decoration'
  | 'luminaire'
  | 'vaisselle'
  | 'linge_de_maison'
  | 'puericulture'
  | 'jouet'
  | 'vetement'
  | 'maroquinerie'
  | 'chaussures'
  | 'bijou_et_montre'
  | 'velo'
  | 'materiel_de_sport_hors_velo'
  | 'materiel_medical'
  | 'materiau_du_batiment_reemployable'
  | 'machines_et_appareils_motorises_thermiques'
  | 'cartouches'
  | 'batteries_et_piles_portables'
  | 'petits_appareils_extincteurs'
  | 'abj_outillage_du_peintre_usage'
  | 'produits_chimiques_solvants'
  | 'dechets_de_produits_chimiques'
  | 'dechets_phytosanitaires_menagers_produits_chimiques'
  | 'dechets_de_peintures_vernis_encres_et_colles_produits_chimiques'
  | 'produits_pyrotechniques'
  | 'dechets_de_produits_chimiques_basiques'
  | 'dechets_de_produits_chimiques_acides'
  | 'panneaux_photovoltaiques'
  | 'decorations_textiles_elements_d_ameublement'
  | 'literie_elements_d_ameublement'
  | 'rembourres_d_assise_ou_de_couchage_elements_d_ameublement'
  | 'sieges_elements_d_ameublement'
  | 'bois_pmcb_produits_et_materiaux_de_construction_du_batiment'
  | 'dechets_dangereux_de_pmcb_produits_et_materiaux_de_construction_du_batiment'
  | 'huisseries_produits_et_materiaux_de_construction_du_batiment'
  | 'laine_de_roche_produits_et_materiaux_de_construction_du_batiment'
  | 'laine_de_verre_produits_et_materiaux_de_construction_du_batiment'
  | 'melange_d_inertes_produits_et_materiaux_de_construction_du_batiment'
  | 'metal_pmcb_produits_et_materiaux_de_construction_du_batiment'
  | 'plastiques_pmcb_produits_et_materiaux_de_construction_du_batiment'
  | 'platre_pmcb_produits_et_materiaux_de_construction_du_batiment'
  | 'beton_pmcb_produits_et_materiaux_de_construction_du_batiment'
  | 'membranes_bitumineuses_pmcb_produits_et_materiaux_de_construction_du_batiment'
  | 'bateau'
  | 'lunettes_de_vue_aides_techniques'
  | 'pneu'
  | 'medicaments'
  | 'autres_pmcb'
  | 'abj_electrique'
  | 'jels_mobilite_electrique'
  | 'huiles_lubrifiantes'
  | 'ampoule'
  | 'biodechets'
  | 'dechets_verts'
  | 'vehicule'
  | 'encombrants_menagers_divers'
  | 'palette'
  | 'bouteilles_plastique'
  | 'emballage_carton'
  | 'emballage_plastique'
  | 'emballage_metal'
  | 'autres_emballages_menagers'
  | 'papiers_graphiques'
  | 'emballage_verre'
  | 'batterie_de_voitures_pour_demarrage'
  | 'batteries_de_mtl'
  | 'dasri'
  | 'instrument_musique_electrique'
  | 'bouchons_en_liege'
  | 'emballage_reemployable'
  | 'papeterie'
  | 'poele_casserole';

export interface LvaoCategory {
  code: LvaoCategoryCode;
  label: string;
}

export interface LvaoSubcategory {
  code: LvaoSubcategoryCode;
  label: string;
  category: LvaoCategoryCode;
  reusePossible: boolean;
  shownOnMap: boolean;
}

export const lvaoCategories: readonly LvaoCategory[] = [
  { code: 'electromenager', label: 'Electroménager' },
  { code: 'equipements_de_loisir', label: 'Equipements de loisir' },
  { code: 'bricolage_et_jardinage', label: 'Bricolage et jardinage' },
  { code: 'mobilier_et_decoration', label: 'Mobilier et décoration' },
  { code: 'produits_divers', label: 'Produits divers' },
  { code: 'image_son_et_informatique', label: 'Image, son & Informatique' },
  { code: 'livres_et_multimedia', label: 'Livres & multimedia' },
  { code: 'vetements_et_accessoires', label: 'Vêtements & accessoires' },
  { code: 'bijoux_montre_horlogerie', label: 'Bijou, montre, horlogerie' },
  { code: 'materiau_de_construction_du_batiment', label: 'Matériau de construction / du bâtiment' },
  { code: 'batteries_et_piles_portables', label: 'Batteries & piles portables' },
  { code: 'petits_appareils_extincteurs', label: 'Petits appareils extincteurs' },
  { code: 'pchim_dds', label: 'PCHIM - DDS' },
  { code: 'panneaux_photovoltaiques', label: 'Panneaux photovoltaïques' },
  { code: 'bateau', label: 'Bateau' },
  { code: 'aides_techniques', label: 'Aides Techniques' },
  { code: 'pneu', label: 'Pneu' },
  { code: 'medicaments_et_dasri', label: 'Médicaments & DASRI' },
  { code: 'jels_mobilite_electrique', label: 'JELS (Jouets, équipements de loisirs et de sport) - Mobilité électrique' },
  { code: 'huiles_lubrifiantes', label: 'Huiles Lubrifiantes' },
  { code: 'biodechets', label: 'Biodéchets et déchets verts' },
  { code: 'vehicule', label: 'Véhicule' },
  { code: 'ordures_menageres', label: 'Ordures ménagères' },
  { code: 'emballages_et_papiers_graphiques', label: 'Emballages et Papiers Graphiques' },
];

export const lvaoSubcategories: readonly LvaoSubcategory[] = [
  { code: 'gros_electromenager_refrigerant', label: 'Gros électroménager (réfrigérant)', category: 'electromenager', reusePossible: true, shownOnMap: true },
  { code: 'gros_electromenager_hors_refrigerant', label: 'Gros électroménager (hors réfrigérant)', category: 'electromenager', reusePossible: true, shownOnMap: true },
  { code: 'petit_electromenager', label: 'Petit électroménager', category: 'electromenager', reusePossible: true, shownOnMap: true },
  { code: 'ecran', label: 'Écran', category: 'image_son_et_informatique', reusePossible: true, shownOnMap: true },
  { code: 'materiel_informatique', label: 'Matériel informatique', category: 'image_son_et_informatique', reusePossible: true, shownOnMap: true },
  { code: 'materiel_hifi_et_video', label: 'Matériel hifi et vidéo', category: 'image_son_et_informatique', reusePossible: true, shownOnMap: true },
  { code: 'smartphone_tablette_et_console', label: 'Smartphone, tablette et console', category: 'image_son_et_informatique', reusePossible: true, shownOnMap: true },
  { code: 'materiel_photo_et_cinema', label: 'matériel photo et cinéma', category: 'image_son_et_informatique', reusePossible: true, shownOnMap: true },
  { code: 'autre_equipement_electronique', label: 'Autre équipement électronique', category: 'image_son_et_informatique', reusePossible: true, shownOnMap: true },
  { code: 'cd_dvd_et_jeu_video', label: 'CD, DVD et jeu vidéo', category: 'livres_et_multimedia', reusePossible: true, shownOnMap: true },
  { code: 'livre', label: 'Livre', category: 'livres_et_multimedia', reusePossible: true, shownOnMap: true },
  { code: 'instrument_de_musique', label: 'Instrument de musique', category: 'equipements_de_loisir', reusePossible: true, shownOnMap: true },
  { code: 'outil_de_bricolage_et_jardinage', label: 'Outil de bricolage et jardinage', category: 'bricolage_et_jardinage', reusePossible: true, shownOnMap: true },
  { code: 'accessoire_et_meuble_de_jardin', label: 'Accessoire et meuble de jardin', category: 'equipements_de_loisir', reusePossible: true, shownOnMap: true },
  { code: 'meuble', label: 'Meuble', category: 'mobilier_et_decoration', reusePossible: true, shownOnMap: true },
  { code: 'decoration', label: 'Décoration', category: 'mobilier_et_decoration', reusePossible: true, shownOnMap: false },
  { code: 'luminaire', label: 'Luminaire', category: 'mobilier_et_decoration', reusePossible: true, shownOnMap: true },
  { code: 'vaisselle', label: 'Vaisselle', category: 'mobilier_et_decoration', reusePossible: true, shownOnMap: true },
  { code: 'linge_de_maison', label: 'Linge de maison', category: 'vetements_et_accessoires', reusePossible: true, shownOnMap: true },
  { code: 'puericulture', label: 'Puériculture', category: 'produits_divers', reusePossible: true, shownOnMap: true },
  { code: 'jouet', label: 'Jouet', category: 'equipements_de_loisir', reusePossible: true, shownOnMap: true },
  { code: 'vetement', label: 'Vêtement', category: 'vetements_et_accessoires', reusePossible: true, shownOnMap: true },
  { code: 'maroquinerie', label: 'Maroquinerie', category: 'vetements_et_accessoires', reusePossible: true, shownOnMap: true },
  { code: 'chaussures', label: 'Chaussures', category: 'vetements_et_accessoires', reusePossible: true, shownOnMap: true },
  { code: 'bijou_et_montre', label: 'Bijou et montre', category: 'bijoux_montre_horlogerie', reusePossible: true, shownOnMap: true },
  { code: 'velo', label: 'Vélo', category: 'equipements_de_loisir', reusePossible: true, shownOnMap: true },
  { code: 'materiel_de_sport_hors_velo', label: 'Matériel de sport (hors vélo)', category: 'equipements_de_loisir', reusePossible: true, shownOnMap: true },
  { code: 'materiel_medical', label: 'Matériel médical', category: 'aides_techniques', reusePossible: true, shownOnMap: true },
  { code: 'materiau_du_batiment_reemployable', label: 'Matériau du bâtiment réemployable', category: 'materiau_de_construction_du_batiment', reusePossible: true, shownOnMap: true },
  { code: 'machines_et_appareils_motorises_thermiques', label: 'Machines et appareils motorisés thermiques', category: 'bricolage_et_jardinage', reusePossible: true, shownOnMap: true },
  { code: 'cartouches', label: "Cartouches d'encre", category: 'electromenager', reusePossible: false, shownOnMap: true },
  { code: 'batteries_et_piles_portables', label: 'Batteries & piles portables', category: 'batteries_et_piles_portables', reusePossible: false, shownOnMap: true },
  { code: 'petits_appareils_extincteurs', label: 'Petits appareils extincteurs', category: 'petits_appareils_extincteurs', reusePossible: false, shownOnMap: true },
  { code: 'abj_outillage_du_peintre_usage', label: 'Outillage du peintre usagé', category: 'pchim_dds', reusePossible: true, shownOnMap: true },
  { code: 'produits_chimiques_solvants', label: 'Produits chimiques - Solvants', category: 'pchim_dds', reusePossible: false, shownOnMap: true },
  { code: 'dechets_de_produits_chimiques', label: 'Déchets de produits chimiques', category: 'pchim_dds', reusePossible: false, shownOnMap: true },
  { code: 'dechets_phytosanitaires_menagers_produits_chimiques', label: 'Déchets phytosanitaires ménagers - Produits chimiques', category: 'pchim_dds', reusePossible: false, shownOnMap: true },
  { code: 'dechets_de_peintures_vernis_encres_et_colles_produits_chimiques', label: 'Déchets de peintures, vernis, encres et colles - Produits chimiques', category: 'pchim_dds', reusePossible: false, shownOnMap: true },
  { code: 'produits_pyrotechniques', label: 'Produits pyrotechniques', category: 'pchim_dds', reusePossible: false, shownOnMap: true },
  { code: 'dechets_de_produits_chimiques_basiques', label: 'Déchets de produits chimiques basiques', category: 'pchim_dds', reusePossible: false, shownOnMap: true },
  { code: 'dechets_de_produits_chimiques_acides', label: 'Déchets de produits chimiques acides', category: 'pchim_dds', reusePossible: false, shownOnMap: true },
  { code: 'panneaux_photovoltaiques', label: 'Panneaux photovoltaïques', category: 'panneaux_photovoltaiques', reusePossible: true, shownOnMap: true },
  { code: 'decorations_textiles_elements_d_ameublement', label: "Décoration textile - Éléments d'ameublement", category: 'mobilier_et_decoration', reusePossible: true, shownOnMap: true },
  { code: 'literie_elements_d_ameublement', label: "Literie - Éléments d'ameublement", category: 'mobilier_et_decoration', reusePossible: true, shownOnMap: true },
  { code: 'rembourres_d_assise_ou_de_couchage_elements_d_ameublement', label: "Rembourrés d'assise ou de couchage - Éléments d'ameublement", category: 'mobilier_et_decoration', reusePossible: true, shownOnMap: true },
  { code: 'sieges_elements_d_ameublement', label: "Sièges - Éléments d'ameublement", category: 'mobilier_et_decoration', reusePossible: true, shownOnMap: false },
  { code: 'bois_pmcb_produits_et_materiaux_de_construction_du_batiment', label: 'Bois (Matériaux du Bâtiment)', category: 'materiau_de_construction_du_batiment', reusePossible: true, shownOnMap: true },
  { code: 'dechets_dangereux_de_pmcb_produits_et_materiaux_de_construction_du_batiment', label: 'Déchets dangereux du bâtiment', category: 'materiau_de_construction_du_batiment', reusePossible: false, shownOnMap: true },
  { code: 'huisseries_produits_et_materiaux_de_construction_du_batiment', label: 'Huisseries (Bâtiment)', category: 'materiau_de_construction_du_batiment', reusePossible: true, shownOnMap: true },
  { code: 'laine_de_roche_produits_et_materiaux_de_construction_du_batiment', label: 'Laine de roche (Bâtiment)', category: 'materiau_de_construction_du_batiment', reusePossible: true, shownOnMap: true },
  { code: 'laine_de_verre_produits_et_materiaux_de_construction_du_batiment', label: 'Laine de verre (Bâtiment)', category: 'materiau_de_construction_du_batiment', reusePossible: true, shownOnMap: true },
  { code: 'melange_d_inertes_produits_et_materiaux_de_construction_du_batiment', label: 'Mélange d’inertes (Bâtiment)', category: 'materiau_de_construction_du_batiment', reusePossible: true, shownOnMap: true },
  { code: 'metal_pmcb_produits_et_materiaux_de_construction_du_batiment', label: 'Métal (Matériaux du Bâtiment)', category: 'materiau_de_construction_du_batiment', reusePossible: true, shownOnMap: true },
  { code: 'plastiques_pmcb_produits_et_materiaux_de_construction_du_batiment', label: 'Plastiques (Matériaux du bâtiment)', category: 'materiau_de_construction_du_batiment', reusePossible: true, shownOnMap: true },
  { code: 'platre_pmcb_produits_et_materiaux_de_construction_du_batiment', label: 'Plâtre (Bâtiment)', category: 'materiau_de_construction_du_batiment', reusePossible: true, shownOnMap: true },
  { code: 'beton_pmcb_produits_et_materiaux_de_construction_du_batiment', label: 'Béton (Bâtiment)', category: 'materiau_de_construction_du_batiment', reusePossible: true, shownOnMap: true },
  { code: 'membranes_bitumineuses_pmcb_produits_et_materiaux_de_construction_du_batiment', label: 'Membranes bitumineuses (Bâtiment)', category: 'materiau_de_construction_du_batiment', reusePossible: false, shownOnMap: true },
  { code: 'bateau', label: 'Bateau', category: 'bateau', reusePossible: true, shownOnMap: false },
  { code: 'lunettes_de_vue_aides_techniques', label: 'Lunettes de vue', category: 'aides_techniques', reusePossible: true, shownOnMap: true },
  { code: 'pneu', label: 'Pneu', category: 'pneu', reusePossible: false, shownOnMap: true },
  { code: 'medicaments', label: 'Médicaments non utilisés', category: 'medicaments_et_dasri', reusePossible: false, shownOnMap: true },
  { code: 'autres_pmcb', label: "Autres PMCB (Produits de construction d'origine végétale, animale, ou autres déchets de PMCB non-séparables)", category: 'materiau_de_construction_du_batiment', reusePossible: false, shownOnMap: true },
  { code: 'abj_electrique', label: 'Outil de bricolage et jardinage électrique', category: 'bricolage_et_jardinage', reusePossible: true, shownOnMap: true },
  { code: 'jels_mobilite_electrique', label: 'JELS (Jouets, équipements de loisirs et de sport) - Mobilité', category: 'jels_mobilite_electrique', reusePossible: true, shownOnMap: true },
  { code: 'huiles_lubrifiantes', label: 'Huiles lubrifiantes', category: 'huiles_lubrifiantes', reusePossible: false, shownOnMap: true },
  { code: 'ampoule', label: 'Ampoule', category: 'electromenager', reusePossible: false, shownOnMap: true },
  { code: 'biodechets', label: 'Biodéchets & déchets alimentaires', category: 'biodechets', reusePossible: false, shownOnMap: true },
  { code: 'dechets_verts', label: 'Déchets verts', category: 'biodechets', reusePossible: false, shownOnMap: true },
  { code: 'vehicule', label: 'Véhicule', category: 'vehicule', reusePossible: true, shownOnMap: false },
  { code: 'encombrants_menagers_divers', label: 'Encombrants ménagers divers', category: 'ordures_menageres', reusePossible: false, shownOnMap: true },
  { code: 'palette', label: 'Palette', category: 'ordures_menageres', reusePossible: true, shownOnMap: false },
  { code: 'bouteilles_plastique', label: 'Bouteille plastique', category: 'emballages_et_papiers_graphiques', reusePossible: false, shownOnMap: true },
  { code: 'emballage_carton', label: 'Emballage en carton', category: 'emballages_et_papiers_graphiques', reusePossible: false, shownOnMap: true },
  { code: 'emballage_plastique', label: 'Emballage en plastique', category: 'emballages_et_papiers_graphiques', reusePossible: false, shownOnMap: false },
  { code: 'emballage_metal', label: 'Emballage en métal', category: 'emballages_et_papiers_graphiques', reusePossible: false, shownOnMap: true },
  { code: 'autres_emballages_menagers', label: 'Emballages ménagers multimatériaux', category: 'emballages_et_papiers_graphiques', reusePossible: false, shownOnMap: true },
  { code: 'papiers_graphiques', label: 'Papier graphique', category: 'emballages_et_papiers_graphiques', reusePossible: false, shownOnMap: true },
  { code: 'emballage_verre', label: 'Emballage en verre', category: 'emballages_et_papiers_graphiques', reusePossible: false, shownOnMap: true },
  { code: 'batterie_de_voitures_pour_demarrage', label: 'Batteries de voitures pour démarrage, éclairage & allumage (SLI)', category: 'batteries_et_piles_portables', reusePossible: false, shownOnMap: false },
  { code: 'batteries_de_mtl', label: 'Batteries de moyens de transport Légers (MTL)', category: 'batteries_et_piles_portables', reusePossible: false, shownOnMap: true },
  { code: 'dasri', label: "Dispositifs Médicaux Perforants / Déchets d'Activités de Soins à Risque Infectieux (DASRI)", category: 'medicaments_et_dasri', reusePossible: false, shownOnMap: true },
  { code: 'instrument_musique_electrique', label: 'Instrument de musique électrique', category: 'electromenager', reusePossible: true, shownOnMap: true },
  { code: 'bouchons_en_liege', label: 'Bouchons en liège', category: 'emballages_et_papiers_graphiques', reusePossible: false, shownOnMap: true },
  { code: 'emballage_reemployable', label: 'Emballage réemployable', category: 'emballages_et_papiers_graphiques', reusePossible: true, shownOnMap: true },
  { code: 'papeterie', label: 'Papèterie', category: 'produits_divers', reusePossible: true, shownOnMap: false },
  { code: 'poele_casserole', label: 'Poêle et casserole', category: 'mobilier_et_decoration', reusePossible: true, shownOnMap: true },
];
