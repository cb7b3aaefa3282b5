import fc from 'fast-check';
import { subcategoryById } from '../categories';
import { hazardOf } from '../hazards';
import { resolveObject, setExtraSynonyms } from './resolve-object';

function top1(text: string): string | undefined {
  return resolveObject(text, 1)[0]?.subcategoryId;
}

describe('resolveObject', () => {
  it.each([
    ['canapé', 'meuble'],
    ['Canapés', 'meuble'],
    ['canape', 'meuble'],
    ['frigo', 'gros_electromenager_refrigerant'],
    ['poussete', 'puericulture'],
    ['grille pain', 'petit_electromenager'],
    ['fringues', 'vetement'],
    ['bouquins', 'livre'],
    ['perceuse', 'abj_electrique'],
    ['vélo', 'velo'],
    ['télé', 'ecran'],
    ['lave linge', 'gros_electromenager_hors_refrigerant'],
    ['matelas', 'meuble'],
    ['doudou', 'jouet'],
    ['machine a laver', 'gros_electromenager_hors_refrigerant'],
    ['table de jardin', 'meuble'],
    ['velo enfant', 'velo'],
    ['micro-ondes', 'petit_electromenager'],
    ['gazinière', 'gros_electromenager_hors_refrigerant'],
    ['clic-clac', 'meuble'],
    ['BZ', 'meuble'],
  ])('resolves "%s" to %s first', (text, expected) => {
    expect(top1(text)).toBe(expected);
  });

  it('completes a word being typed', () => {
    expect(top1('cana')).toBe('meuble');
    expect(top1('pouss')).toBe('puericulture');
  });

  it.each([
    ['réfrigérateur', 'Refrigerateurs', 'REFRIGERATEUR', 'refrigirateur', 'réfrigérateurs'],
    ['lave-vaisselle', 'Lave Vaisselles', 'lave vaiselle', 'LAVE-VAISSELLE'],
    ['télévision', 'television', 'Télévisions', 'televison'],
    ['rideau', 'rideaux', 'Rideaux', 'ridau'],
    ['journal', 'journaux'],
    ['trottinette', 'trotinette', 'trottinettes'],
  ])('gives accent, case, plural and typo variants of "%s" the same first sub-category', (reference, ...variants) => {
    const expected = top1(reference);
    expect(expected).toBeDefined();
    for (const variant of variants) expect([variant, top1(variant)]).toEqual([variant, expected]);
  });

  it('scores an exact name 1 and ranks it above prefixes and typos', () => {
    const [exact] = resolveObject('canapé');
    const [prefix] = resolveObject('canap');
    const [typo] = resolveObject('canapze');
    expect(exact?.score).toBe(1);
    expect(prefix!.score).toBeLessThan(exact!.score);
    expect(typo!.score).toBeLessThan(exact!.score);
  });

  it('reports the label or synonym that matched', () => {
    expect(resolveObject('Tables de chevet', 1)[0]?.matchedText).toBe('Table de chevet');
  });

  it('returns [] for blank, stopword-only or unknown text', () => {
    expect(resolveObject('')).toEqual([]);
    expect(resolveObject('   ')).toEqual([]);
    expect(resolveObject('de la')).toEqual([]);
    expect(resolveObject('xqzwv')).toEqual([]);
  });

  it('returns at most `first` matches, 5 by default, and none for first < 1', () => {
    expect(resolveObject('table').length).toBeLessThanOrEqual(5);
    expect(resolveObject('table', 10).length).toBeGreaterThan(5);
    expect(resolveObject('table', 2)).toHaveLength(2);
    expect(resolveObject('table', 0)).toEqual([]);
  });

  it('returns distinct existing sub-categories, best first, with scores in (0, 1]', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        const matches = resolveObject(text, 10);
        expect(new Set(matches.map((m) => m.subcategoryId)).size).toBe(matches.length);
        matches.forEach((m, i) => {
          expect(subcategoryById(m.subcategoryId)).toBeDefined();
          expect(m.score).toBeGreaterThan(0);
          expect(m.score).toBeLessThanOrEqual(1);
          if (i > 0) expect(m.score).toBeLessThanOrEqual(matches[i - 1]!.score);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('understands what residents wrap around the object in a sentence', () => {
    expect(top1('je veux me débarrasser de mon vieux canapé')).toBe('meuble');
    expect(top1('vieux frigo qui marche plus')).toBe('gros_electromenager_refrigerant');
    expect(top1('où jeter ma vieille machine à laver en panne')).toBe('gros_electromenager_hors_refrigerant');
  });

  it('takes the head noun of a compound, not its complement', () => {
    expect(['batteries_et_piles_portables', 'batteries_de_mtl']).toContain(top1('batterie de vélo électrique'));
    expect(top1('un sac de fringues')).toBe('vetement');
  });

  it('takes no evidence from a parenthesis that says what the object is not', () => {
    // ADEME's "Batterie (hors batterie de voiture)" is a portable battery: "voiture" there points away.
    const carBattery = resolveObject('batterie de voiture', 3);
    expect(carBattery[0]?.subcategoryId).toBe('batterie_de_voitures_pour_demarrage');
    expect(carBattery.find((m) => m.matchedText === 'Batterie (hors batterie de voiture)')).toBeUndefined();
    // "Jouet (non électronique)" is no electronic toy; "Matériel de sport (hors vélo)" is no bicycle.
    expect(resolveObject('jouet électronique', 5).map((m) => m.matchedText)).not.toContain('Jouet (non électronique)');
    expect(resolveObject('vélo', 5).map((m) => m.matchedText)).not.toContain('Matériel de sport (hors vélo)');
    // Nor in what is typed (a name copied from ADEME's guide).
    expect(top1('Batterie (hors batterie de voiture)')).toBe('batteries_et_piles_portables');
  });

  it('finds words of the same stem and ADEME product names', () => {
    expect(top1('réfrigération')).toBe('gros_electromenager_refrigerant');
    expect(top1('amiante')).toBe('dechets_dangereux_de_pmcb_produits_et_materiaux_de_construction_du_batiment');
    expect(top1('refrigerator')).toBe('gros_electromenager_refrigerant');
  });

  it('says how sure it is, and answers approximately rather than nothing when a word is recognised', () => {
    expect(resolveObject('canapé', 1)[0]?.confidence).toBe('high');
    const approximate = resolveObject('bidule truc chose fauteuil', 3);
    // An armchair: furniture, or LVAO's upholstered seating.
    expect(['meuble', 'rembourres_d_assise_ou_de_couchage_elements_d_ameublement']).toContain(
      approximate[0]?.subcategoryId,
    );
    expect(approximate[0]?.confidence).toBe('low');
    expect(resolveObject('vieux')).toEqual([]);
    // Never surer than the score says (a match found through meaning is low whatever its score).
    const levels = ['low', 'medium', 'high'];
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        for (const m of resolveObject(text, 10)) {
          const byScore = m.score >= 0.75 ? 'high' : m.score >= 0.45 ? 'medium' : 'low';
          expect(levels.indexOf(m.confidence)).toBeLessThanOrEqual(levels.indexOf(byScore));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('names the family of a word no phrase holds from the words and word parts of its vocabulary', () => {
    // Neither word is indexed; their ending is the one of herbicide, pesticide, insecticide.
    for (const text of ['acaricide', 'nématicides']) {
      expect(resolveObject(text, 1)[0]).toMatchObject({
        subcategoryId: 'dechets_phytosanitaires_menagers_produits_chimiques',
        matchedText: 'Déchets phytosanitaires ménagers - Produits chimiques',
        confidence: 'low',
      });
    }
    // "aluminium" is said of metal packaging, not of toolboxes or jewellery boxes: it decides between
    // partial matches. (ADEME's "boîte en carton", shipped with every ADEME name, matches the head as
    // well and its material after "en" weighs half: it ranks first by 0.01, a known shortcoming.)
    const boxes = resolveObject('boîte en aluminium', 5).map((m) => m.subcategoryId);
    expect(boxes.indexOf('emballage_metal')).toBeLessThanOrEqual(1);
    expect(boxes.indexOf('emballage_metal')).toBeLessThan(boxes.indexOf('bijou_et_montre'));
    expect(boxes.indexOf('emballage_metal')).toBeLessThan(boxes.indexOf('outil_de_bricolage_et_jardinage'));
    expect(top1('boîte aluminium')).toBe('emballage_metal');
    // Likeness to nothing in particular is no answer.
    expect(resolveObject('blabla')).toEqual([]);
  });

  it('leads a French word no name holds to the family of its neighbours in meaning, as an approximate match', () => {
    // None of these is indexed; their neighbours in the word-vector table are fruit, shellfish, food.
    for (const text of ['saumon', 'framboise', 'groseilles']) {
      expect([text, resolveObject(text, 1)[0]]).toEqual([
        text,
        {
          subcategoryId: 'biodechets',
          score: expect.any(Number),
          // The family, not the neighbour's name ("Crabes"), which the resident did not type.
          matchedText: 'Biodéchets & déchets alimentaires',
          confidence: 'low',
        },
      ]);
    }
  });

  it('takes no meaning from everyday words, common words or neighbours that do not agree', () => {
    // Nouns of the table whose neighbours are a lone word, scattered, or that are too common to be an object.
    for (const text of ['bonjour', 'rien', 'truc', 'bidule', 'test', 'rapide']) {
      expect([text, resolveObject(text)]).toEqual([text, []]);
    }
  });

  it('keeps every score within [0, 1], an exact name at 1', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('canapé', 'pot de fleurs en plastique', 'acaricide', 'frigo', 'gobelet', 'saumon fumé'),
        (text) => {
          for (const m of resolveObject(text, 10)) expect(m.score).toBeLessThanOrEqual(1);
        },
      ),
    );
    expect(resolveObject('perceuse', 1)[0]?.score).toBe(1);
  });

  it('points hazardous objects to their channel, never to reuse', () => {
    const asbestos = resolveObject('amiante', 1)[0]!;
    expect(hazardOf(asbestos.subcategoryId)?.channel).toBe('SPECIALIST');
    expect(hazardOf(top1('seringue')!)?.channel).toBe('PHARMACY');
    expect(hazardOf(top1('médicaments')!)?.channel).toBe('PHARMACY');
    expect(hazardOf(top1('extincteur')!)?.channel).toBe('RETAILER_TAKE_BACK');
    expect(hazardOf(top1('batterie auto')!)?.channel).toBe('RETAILER_TAKE_BACK');
    expect(hazardOf(top1('white spirit')!)?.channel).toBe('HAZARDOUS_WASTE_DROP_OFF');
    for (const id of ['dasri', 'medicaments', 'petits_appareils_extincteurs', 'produits_chimiques_solvants'])
      expect(subcategoryById(id)?.reusePossible).toBe(false);
    expect(hazardOf('meuble')).toBeUndefined();
  });

  it('takes synonyms added at run time into account at once, and can drop them again', () => {
    expect(resolveObject('zorglubette')).toEqual([]);
    setExtraSynonyms([
      { term: 'zorglubette', subcategoryId: 'velo' },
      { term: 'nimportequoi', subcategoryId: 'no_such_subcategory' },
    ]);
    expect(resolveObject('zorglubette', 1)[0]).toMatchObject({ subcategoryId: 'velo', confidence: 'high' });
    expect(resolveObject('nimportequoi')).toEqual([]);
    setExtraSynonyms([]);
    expect(resolveObject('zorglubette')).toEqual([]);
  });
});
