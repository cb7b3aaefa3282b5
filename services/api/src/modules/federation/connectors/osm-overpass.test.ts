import { subcategoryById } from '@reemploi/taxonomy';
import { classifyOsm, osmPlaceName, overpassRemark } from './osm-overpass';
import {
  ELECTRONICS_REPAIRED,
  OSM_SELECTORS,
  RECYCLING_FLOWS,
  RENTED_GOODS,
  REPAIR_CRAFTS,
  REPAIR_KEYS,
  SHOP_GOODS,
  matchesSelector,
} from './osm-tags';

/** What a resident sees of an element: its kind, its offers and its name. */
function place(tags: Record<string, string>) {
  const classified = classifyOsm(tags);
  return classified && { kind: classified.kind, offers: classified.offers, name: osmPlaceName(tags, classified.label) };
}

describe('OpenStreetMap tagging used in France', () => {
  it('reads a bicycle shop that repairs and sells second-hand bicycles as a repairer of bicycles', () => {
    expect(
      place({
        shop: 'bicycle',
        name: 'Cycles du Cotentin',
        'service:bicycle:repair': 'yes',
        'service:bicycle:second_hand': 'yes',
      }),
    ).toEqual({
      kind: 'REPAIRER',
      name: 'Cycles du Cotentin',
      offers: [
        { action: 'REPAIR', subcategories: ['velo'] },
        { action: 'BUY', subcategories: ['velo'] },
      ],
    });
  });

  it('reads a bicycle shop that only rents bicycles as a rental place', () => {
    expect(place({ shop: 'bicycle', 'service:bicycle:rental': 'yes' })).toEqual({
      kind: 'SHARING',
      name: 'Location de vélos',
      offers: [{ action: 'RENT', subcategories: ['velo'] }],
    });
  });

  it('reads a self-service bicycle repair station, but not a pump without tools', () => {
    expect(
      place({ amenity: 'bicycle_repair_station', 'service:bicycle:tools': 'yes', operator: 'Ville de Valognes' }),
    ).toEqual({
      kind: 'SHARING',
      name: 'Station de réparation vélo en libre-service — Ville de Valognes',
      offers: [{ action: 'REPAIR', subcategories: ['velo'] }],
    });
    expect(place({ amenity: 'bicycle_repair_station', 'service:bicycle:tools': 'no' })).toBeNull();
  });

  it('reads a bicycle workshop where people repair their own bicycle as a participative workshop', () => {
    expect(place({ shop: 'bicycle', repair: 'assisted_self_service', 'service:bicycle:diy': 'yes' })).toEqual({
      kind: 'REPAIR_CAFE',
      name: 'Atelier vélo participatif',
      offers: [{ action: 'REPAIR', subcategories: ['velo'] }],
    });
  });

  it.each([
    ['shoemaker', 'Cordonnerie', ['chaussures', 'maroquinerie']],
    ['tailor', 'Retouches et couture', ['linge_de_maison', 'vetement']],
    ['dressmaker', 'Retouches et couture', ['linge_de_maison', 'vetement']],
    ['watchmaker', 'Horlogerie', ['bijou_et_montre']],
    ['clockmaker', 'Horlogerie', ['bijou_et_montre']],
    [
      'upholsterer',
      'Tapisserie d’ameublement',
      ['rembourres_d_assise_ou_de_couchage_elements_d_ameublement', 'sieges_elements_d_ameublement'],
    ],
    ['bookbinder', 'Reliure', ['livre']],
  ])('reads craft=%s as a repairer named “%s” when unnamed', (craft, name, subcategories) => {
    expect(place({ craft })).toEqual({ kind: 'REPAIRER', name, offers: [{ action: 'REPAIR', subcategories }] });
  });

  it('reads what an electronics repairer repairs from electronics_repair', () => {
    expect(place({ craft: 'electronics_repair', electronics_repair: 'phone;computer' })?.offers).toEqual([
      { action: 'REPAIR', subcategories: ['materiel_informatique', 'smartphone_tablette_et_console'] },
    ]);
    expect(place({ craft: 'electronics_repair' })?.offers).toEqual([{ action: 'REPAIR', subcategories: [] }]);
  });

  it('leaves out crafts that do not repair objects, unless they say they repair something', () => {
    expect(place({ craft: 'key_cutter' })).toBeNull();
    expect(place({ craft: 'key_cutter', 'shoes:repair': 'yes', name: 'Clés Minute' })).toEqual({
      kind: 'REPAIRER',
      name: 'Clés Minute',
      offers: [{ action: 'REPAIR', subcategories: ['chaussures'] }],
    });
  });

  it('reads shop=repair with what its <object>:repair keys name', () => {
    expect(place({ shop: 'repair', 'furniture:repair': 'yes' })).toEqual({
      kind: 'REPAIRER',
      name: 'Réparateur',
      offers: [{ action: 'REPAIR', subcategories: ['meuble'] }],
    });
  });

  it('reads repair=yes and repair=only on a shop as repairing the shop’s goods, and repair=no as nothing', () => {
    expect(place({ shop: 'computer', repair: 'yes' })?.offers).toEqual([
      { action: 'REPAIR', subcategories: ['materiel_informatique'] },
    ]);
    expect(place({ shop: 'mobile_phone', repair: 'only' })?.kind).toBe('REPAIRER');
    expect(place({ shop: 'computer', repair: 'no' })).toBeNull();
  });

  it('reads a repair café, tagged repair_cafe=yes or repair=assisted_self_service', () => {
    const expected = { kind: 'REPAIR_CAFE', name: 'Repair café', offers: [{ action: 'REPAIR', subcategories: [] }] };
    expect(place({ amenity: 'community_centre', repair_cafe: 'yes' })).toEqual(expected);
    expect(place({ amenity: 'workshop', repair: 'assisted_self_service' })).toEqual(expected);
  });

  it('reads a clothes shop with second_hand=only as a second-hand clothes shop', () => {
    expect(place({ shop: 'clothes', second_hand: 'only' })).toEqual({
      kind: 'SECOND_HAND_SHOP',
      name: 'Friperie',
      offers: [{ action: 'BUY', subcategories: ['vetement'] }],
    });
    expect(place({ shop: 'books', second_hand: 'only' })?.name).toBe('Librairie d’occasion');
  });

  it('reads second_hand=yes on any shop as also selling its goods second-hand', () => {
    expect(place({ shop: 'furniture', second_hand: 'yes', name: 'Meubles Leroux' })).toEqual({
      kind: 'SECOND_HAND_SHOP',
      name: 'Meubles Leroux',
      offers: [{ action: 'BUY', subcategories: ['meuble'] }],
    });
    expect(place({ shop: 'clothes', second_hand: 'no' })).toBeNull();
    expect(place({ shop: 'clothes' })).toBeNull();
  });

  it('reads charity, second-hand and antiques shops', () => {
    expect(place({ shop: 'charity', brand: 'Emmaüs' })).toEqual({
      kind: 'CHARITY_SHOP',
      name: 'Boutique solidaire — Emmaüs',
      offers: [
        { action: 'DONATE', subcategories: [] },
        { action: 'BUY', subcategories: [] },
      ],
    });
    expect(place({ shop: 'second_hand' })).toEqual({
      kind: 'SECOND_HAND_SHOP',
      name: 'Dépôt-vente',
      offers: [
        { action: 'BUY', subcategories: [] },
        { action: 'SELL', subcategories: [] },
      ],
    });
    expect(place({ shop: 'antiques' })).toMatchObject({ kind: 'SECOND_HAND_SHOP', name: 'Brocante' });
  });

  it('keeps a charity shop a charity shop when it also repairs', () => {
    expect(place({ shop: 'charity', repair: 'yes' })).toMatchObject({
      kind: 'CHARITY_SHOP',
      offers: expect.arrayContaining([{ action: 'REPAIR', subcategories: [] }]),
    });
  });

  it('reads rental shops only for tools and bicycles', () => {
    expect(place({ shop: 'rental', rental: 'tools;ladder', brand: 'Kiloutou' })).toEqual({
      kind: 'SHARING',
      name: 'Location d’outils — Kiloutou',
      offers: [{ action: 'RENT', subcategories: ['outil_de_bricolage_et_jardinage'] }],
    });
    expect(place({ shop: 'tool_hire' })?.offers).toEqual([
      { action: 'RENT', subcategories: ['outil_de_bricolage_et_jardinage'] },
    ]);
    expect(place({ shop: 'rental', rental: 'car;van' })).toBeNull();
  });

  it('reads give boxes, book boxes and toy libraries', () => {
    expect(place({ amenity: 'give_box' })).toEqual({
      kind: 'SHARING',
      name: 'Boîte à dons',
      offers: [
        { action: 'DONATE', subcategories: [] },
        { action: 'EXCHANGE', subcategories: [] },
      ],
    });
    expect(place({ amenity: 'public_bookcase', operator: 'Mairie de Valognes' })).toEqual({
      kind: 'SHARING',
      name: 'Boîte à livres — Mairie de Valognes',
      offers: [
        { action: 'DONATE', subcategories: ['livre'] },
        { action: 'EXCHANGE', subcategories: ['livre'] },
      ],
    });
    expect(place({ amenity: 'toy_library', name: 'Ludothèque de Tourlaville' })).toEqual({
      kind: 'SHARING',
      name: 'Ludothèque de Tourlaville',
      offers: [{ action: 'BORROW', subcategories: ['jouet'] }],
    });
  });

  it('reads a community workshop as a place to repair one’s own things', () => {
    expect(place({ amenity: 'workshop' })).toEqual({
      kind: 'SHARING',
      name: 'Atelier partagé',
      offers: [{ action: 'REPAIR', subcategories: [] }],
    });
  });

  it('does not take an ordinary shop for a reuse place', () => {
    expect(place({ shop: 'bakery', name: 'Boulangerie' })).toBeNull();
    expect(place({ shop: 'bicycle', 'service:bicycle:retail': 'yes' })).toBeNull();
  });
});

describe('recycling', () => {
  it('names an unnamed textile container after its flows and its operator', () => {
    expect(
      place({
        amenity: 'recycling',
        recycling_type: 'container',
        'recycling:clothes': 'yes',
        'recycling:shoes': 'yes',
        operator: 'Le Relais',
      }),
    ).toEqual({
      kind: 'COLLECTION_POINT',
      name: 'Conteneur textile — Le Relais',
      offers: [{ action: 'DROP_OFF', subcategories: ['chaussures', 'vetement'] }],
    });
  });

  it.each([
    [{ 'recycling:glass_bottles': 'yes' }, 'Point de collecte du verre'],
    [{ 'recycling:paper': 'yes' }, 'Point de collecte du papier'],
    [{ 'recycling:batteries': 'yes' }, 'Point de collecte des piles'],
    [{ 'recycling:glass_bottles': 'yes', 'recycling:paper': 'yes' }, 'Point d’apport volontaire'],
    [{ 'recycling:glass_bottles': 'no' }, 'Point d’apport volontaire'],
  ])('names an unnamed container collecting %j “%s”', (flows, name) => {
    expect(place({ amenity: 'recycling', recycling_type: 'container', ...flows })?.name).toBe(name);
  });

  it('names an unnamed déchèterie after its commune, and keeps a name given in OSM', () => {
    const centre = { amenity: 'recycling', recycling_type: 'centre', 'recycling:wood': 'yes' };
    expect(place({ ...centre, 'addr:city': 'Valognes' })).toEqual({
      kind: 'RECYCLING_CENTRE',
      name: 'Déchèterie de Valognes',
      offers: [{ action: 'DROP_OFF', subcategories: ['bois_pmcb_produits_et_materiaux_de_construction_du_batiment'] }],
    });
    expect(place(centre)?.name).toBe('Déchèterie');
    expect(place({ ...centre, name: 'Déchèterie de la Saline', operator: 'Le Cotentin' })?.name).toBe(
      'Déchèterie de la Saline',
    );
  });

  it('joins several operators of a semicolon list', () => {
    expect(osmPlaceName({ operator: 'Le Relais;Eco TLC' }, 'Conteneur textile')).toBe(
      'Conteneur textile — Le Relais, Eco TLC',
    );
  });
});

describe('the tagging tables', () => {
  it('use only LVAO sub-categories that exist', () => {
    const tables = [
      ...Object.values(RECYCLING_FLOWS),
      ...Object.values(SHOP_GOODS),
      ...Object.values(REPAIR_CRAFTS).map((c) => c.goods),
      ...Object.values(ELECTRONICS_REPAIRED),
      ...Object.values(REPAIR_KEYS),
      ...Object.values(RENTED_GOODS).map((r) => r.goods),
    ];
    const unknown = tables.flat().filter((id) => !subcategoryById(id));
    expect(unknown).toEqual([]);
  });

  it('make the query select every tag combination the connector accepts', () => {
    const accepted: Record<string, string>[] = [
      { shop: 'bicycle', 'service:bicycle:repair': 'yes' },
      { shop: 'bicycle', 'service:bicycle:second_hand': 'yes' },
      { shop: 'bicycle', 'service:bicycle:rental': 'yes' },
      { shop: 'bicycle', 'service:bicycle:diy': 'yes' },
      { amenity: 'bicycle_repair_station' },
      ...Object.keys(REPAIR_CRAFTS).map((craft) => ({ craft })),
      ...Object.keys(REPAIR_KEYS).map((key) => ({ craft: 'key_cutter', [key]: 'yes' })),
      { shop: 'repair' },
      { shop: 'computer', repair: 'yes' },
      { shop: 'computer', repair: 'only' },
      { amenity: 'community_centre', repair_cafe: 'yes' },
      { amenity: 'repair_cafe' },
      { leisure: 'hackerspace', repair: 'assisted_self_service' },
      { shop: 'clothes', second_hand: 'only' },
      { shop: 'clothes', second_hand: 'yes' },
      { shop: 'charity' },
      { shop: 'second_hand' },
      { shop: 'antiques' },
      { shop: 'rental', rental: 'ladder;tools' },
      { shop: 'rental', rental: 'bicycle' },
      { shop: 'tool_hire' },
      { amenity: 'give_box' },
      { amenity: 'public_bookcase' },
      { amenity: 'toy_library' },
      { amenity: 'workshop' },
      { amenity: 'recycling', recycling_type: 'centre' },
      { amenity: 'recycling', recycling_type: 'container', 'recycling:clothes': 'yes' },
    ];
    for (const tags of accepted) {
      expect([tags, classifyOsm(tags) !== null]).toEqual([tags, true]);
      expect([tags, OSM_SELECTORS.some((selector) => matchesSelector(tags, selector))]).toEqual([tags, true]);
    }
    const ordinary: Record<string, string>[] = [{ shop: 'rental', rental: 'car' }, { shop: 'bakery' }];
    const selectedOrdinary = ordinary.filter((tags) =>
      OSM_SELECTORS.some((selector) => matchesSelector(tags, selector)),
    );
    expect(selectedOrdinary).toEqual([]);
  });
});

describe('Overpass remarks', () => {
  it('reads the remark Overpass writes after the elements, and nothing from a complete answer', () => {
    expect(overpassRemark('{"id": 1}\n  ]\n}\n')).toBeNull();
    expect(
      overpassRemark(
        '  ],\n"remark": "runtime error: Query timed out in \\"query\\" at line 3 after 121 seconds."\n}\n',
      ),
    ).toBe('runtime error: Query timed out in "query" at line 3 after 121 seconds.');
    expect(overpassRemark('{"name": "a \\"remark\\": here"}]}')).toBeNull();
  });
});
