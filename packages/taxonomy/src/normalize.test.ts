import { normalizeText, singularize, tokenize, withoutExclusions } from './normalize';

describe('normalizeText', () => {
  it('lower-cases and removes accents', () => {
    expect(normalizeText('Télé À Écran ÇA')).toBe('tele a ecran ca');
  });

  it('expands ligatures', () => {
    expect(normalizeText('Œuf, cœur et ex æquo')).toBe('oeuf coeur et ex aequo');
  });

  it('turns punctuation into single spaces and trims', () => {
    expect(normalizeText("  Grille-pain / sèche‑linge, l'armoire !! ")).toBe('grille pain seche linge l armoire');
  });

  it('returns an empty string for blank or punctuation-only text', () => {
    expect(normalizeText('   ')).toBe('');
    expect(normalizeText('?!-')).toBe('');
  });
});

describe('singularize', () => {
  it('follows the French plurals -s, -x, -aux and -eaux', () => {
    expect(singularize('canapes')).toBe('canape');
    expect(singularize('jeux')).toBe('jeu');
    expect(singularize('journaux')).toBe('journal');
    expect(singularize('rideaux')).toBe('rideau');
    expect(singularize('bateaux')).toBe('bateau');
  });

  it('leaves short words and codes alone', () => {
    expect(singularize('bus')).toBe('bus');
    expect(singularize('ps4')).toBe('ps4');
  });
});

describe('tokenize', () => {
  it('drops stopwords and single letters, and rejoins split two-letter fragments', () => {
    expect(tokenize("Machine à laver l'linge")).toEqual(['machine', 'laver', 'linge']);
    expect(tokenize('Chaîne hi-fi')).toEqual(['chaine', 'hifi']);
  });
});

describe('withoutExclusions', () => {
  it('drops a parenthesis that says what the object is not, and keeps the others', () => {
    expect(withoutExclusions('Batterie (hors batterie de voiture)').trim()).toBe('Batterie');
    expect(withoutExclusions('Jouet (Non électronique)').trim()).toBe('Jouet');
    expect(withoutExclusions('Sports equipment (except bicycles)').trim()).toBe('Sports equipment');
    expect(withoutExclusions('Table (à manger, de jardin)')).toBe('Table (à manger, de jardin)');
    expect(withoutExclusions('Hors-bord (moteur)')).toBe('Hors-bord (moteur)');
  });
});
