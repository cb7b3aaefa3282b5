/** Lower case without diacritics or ligatures: "Œuvre Été" → "oeuvre ete". */
export function foldText(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae');
}

/** A commune name or code as compared by the `communes` filter: folded, hyphens and apostrophes as spaces. */
export function communeKey(value: string): string {
  return foldText(value)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const STOP_WORDS = new Set([
  'a',
  'au',
  'aux',
  'd',
  'de',
  'des',
  'du',
  'en',
  'et',
  'l',
  'la',
  'le',
  'les',
  'un',
  'une',
  'pour',
  'sur',
]);

/** Splits text into words on anything that is not a letter or digit. */
export function tokenizeFrench(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '');
}

/**
 * Folds, drops stop words and strips a plural ending so "Meubles" and "meuble", "jeux" and "jeu" meet.
 * Applied alike to indexed and searched words, so it only has to be consistent, not linguistically perfect.
 */
export function processFrenchTerm(term: string): string | null {
  const word = foldText(term);
  if (STOP_WORDS.has(word)) return null;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  if (word.length > 3 && (word.endsWith('aux') || word.endsWith('eux'))) return word.slice(0, -1);
  return word;
}
