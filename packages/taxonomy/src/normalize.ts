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

// What residents wrap around an object name in a sentence ("je veux me débarrasser de mon vieux canapé",
// "frigo qui marche plus", "where to recycle my old sofa"): dropped from queries (never from labels) as
// long as a word is left.
// prettier-ignore
const SENTENCE_WORDS = new Set([
  'je', 'j', 'tu', 'il', 'elle', 'on', 'nous', 'vous', 'ils', 'elles', 'me', 'm', 'te', 't', 'se', 's', 'lui', 'leur',
  'mon', 'ma', 'mes', 'ton', 'ta', 'tes', 'notre', 'nos', 'votre', 'vos', 'leurs', 'ce', 'cet', 'cette', 'ces', 'ca',
  'cela', 'ceci', 'un', 'une', 'qui', 'que', 'quoi', 'qu', 'dont', 'ou', 'comment', 'quel', 'quelle', 'quels',
  'quelles', 'est', 'sont', 'suis', 'ai', 'as', 'avons', 'avez', 'ont', 'etait', 'veux', 'voudrais', 'voudrait',
  'souhaite', 'cherche', 'chercher', 'besoin', 'faut', 'peut', 'peux', 'puis', 'dois', 'doit', 'faire', 'fais',
  'debarrasser', 'debarasser', 'jeter', 'donner', 'vendre', 'revendre', 'recycler', 'reparer', 'deposer', 'apporter',
  'trier', 'demenage', 'demenagement', 'vider', 'plus', 'pas', 'ne',
  'n', 'marche', 'marchent', 'fonctionne', 'fonctionnent', 'casse', 'cassee', 'cassees', 'panne', 'hs', 'abime',
  'abimee', 'abimees', 'use', 'usee', 'usees', 'usage', 'usagee', 'usagees', 'vieux', 'vieil', 'vieille', 'vieilles',
  'ancien', 'ancienne', 'anciens', 'anciennes', 'bon', 'bonne', 'etat', 'tres', 'trop', 'encore', 'aussi', 'tout',
  'tous', 'toute', 'toutes', 'quelques', 'plusieurs', 'beaucoup', 'peu', 'svp', 'merci', 'bonjour', 'perime',
  'perimee', 'perimes', 'perimees', 'i', 'my', 'the', 'an', 'of', 'to', 'for', 'with', 'where', 'how', 'what', 'do',
  'can', 'want', 'get', 'rid', 'old', 'broken', 'recycle', 'dispose', 'give', 'away', 'sell', 'repair', 'please',
]);

// "un sac de fringues", "des pots de peinture": before "de", a container is not the object, what follows is.
const CONTAINER_WORDS = new Set(['sac', 'sachet', 'carton', 'caisse', 'lot', 'tas', 'paquet', 'pot', 'bidon', 'boite']);
const OF = new Set(['de', 'du', 'des', 'd']);

// After the head noun, "de", "à", "pour"… introduce a complement: "batterie de vélo électrique" is a
// battery, "coffre de toit" a chest; the complement only adds evidence.
const PREPOSITIONS = new Set([...OF, 'a', 'au', 'aux', 'en', 'pour', 'avec', 'sans', 'sur', 'dans']);

export const HEAD_WEIGHT = 1;
export const MODIFIER_WEIGHT = 0.8;
export const COMPLEMENT_WEIGHT = 0.5;

export interface AnalyzedQuery {
  tokens: string[];
  /** How much each token counts: the head noun most, words after a preposition least. */
  weights: number[];
}

const isContent = (word: string) => word.length > 1 && !STOPWORDS.has(word) && !SENTENCE_WORDS.has(word);

/**
 * A resident's query as weighted tokens: sentence words dropped (unless nothing else is left), the
 * first remaining noun is the head (or the noun after "container de"), words after a following
 * preposition are complements.
 */
// A parenthesis naming what an object is not: "Batterie (hors batterie de voiture)", "Jouet (non
// électronique)", "Sports equipment (except bicycles)".
const EXCLUSION = /\(\s*(?:hors|sauf|non|except|excluding|not)\b[^)]*\)?/gi;

/** The text without its parentheses that say what the object is not: they are no evidence for it. */
export function withoutExclusions(text: string): string {
  return text.replace(EXCLUSION, ' ');
}

export function analyzeQuery(text: string): AnalyzedQuery {
  const words = joinShortFragments(
    normalizeText(withoutExclusions(text))
      .split(' ')
      .filter((w) => w.length > 0),
  );
  const tokens: string[] = [];
  const weights: number[] = [];
  let state: 'before-head' | 'container' | 'after-head' | 'complement' = 'before-head';
  words.forEach((word, i) => {
    if (PREPOSITIONS.has(word)) {
      if (state === 'after-head') state = 'complement';
      return;
    }
    if (!isContent(word)) return;
    const token = singularize(word);
    if (tokens.includes(token)) return;
    let weight: number;
    if (state === 'before-head' && CONTAINER_WORDS.has(token) && OF.has(words[i + 1] ?? '')) {
      weight = COMPLEMENT_WEIGHT;
      state = 'container';
    } else if (state === 'before-head' || state === 'container') {
      weight = HEAD_WEIGHT;
      state = 'after-head';
    } else {
      weight = state === 'complement' ? COMPLEMENT_WEIGHT : MODIFIER_WEIGHT;
    }
    tokens.push(token);
    weights.push(weight);
  });
  if (tokens.length === 0) {
    // Only sentence words ("vieux", "old"): keep them rather than answer nothing.
    const fallback = [...new Set(tokenize(text))];
    return { tokens: fallback, weights: fallback.map((_, i) => (i === 0 ? HEAD_WEIGHT : MODIFIER_WEIGHT)) };
  }
  return { tokens, weights };
}
