const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss' };

/** Lower-case, accent-free, ligature-free text with punctuation turned into single spaces. */
export function normalizeText(text: string): string {
  return text
    .toLowerCase()
    .replace(/[œæß]/g, (c) => LIGATURES[c] ?? c)
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

// Words that never name an object; dropping them lets "machine a laver" equal "machine à laver".
// prettier-ignore
const STOPWORDS = new Set([
  'a', 'au', 'aux', 'avec', 'ce', 'ces', 'd', 'de', 'des', 'du', 'en', 'et', 'j', 'je', 'l', 'la', 'le', 'les',
  'ma', 'mes', 'mon', 'ou', 'par', 'pour', 'sa', 'sans', 'ses', 'son', 'sur', 'un', 'une', 'y',
]);

/** French singular of a normalized word: -eaux→-eau, -aux→-al, then a final -s or -x is dropped. */
export function singularize(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  if (word.endsWith('eaux')) return word.slice(0, -1);
  if (word.endsWith('aux')) return `${word.slice(0, -3)}al`;
  if (/[^s][sx]$/.test(word)) return word.slice(0, -1);
  return word;
}

// "hi-fi" and "hi fi" become "hifi": two letter-only fragments of two letters are one split word.
function joinShortFragments(words: string[]): string[] {
  const joined: string[] = [];
  for (const word of words) {
    const previous = joined[joined.length - 1];
    if (previous && /^[a-z]{2}$/.test(previous) && /^[a-z]{2}$/.test(word)) joined[joined.length - 1] = previous + word;
    else joined.push(word);
  }
  return joined;
}

/** Matching tokens of a text: normalized, stopwords and single letters dropped, singularized. */
export function tokenize(text: string): string[] {
  const words = normalizeText(text)
    .split(' ')
    .filter((w) => w.length > 1 && !STOPWORDS.has(w));
  return joinShortFragments(words).map(singularize);
}
