import fc from 'fast-check';
import { subcategoryById } from '../categories';
import { resolveObject } from './resolve-object';

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
});
