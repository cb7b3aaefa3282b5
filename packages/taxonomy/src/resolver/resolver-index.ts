import { stemmer } from '@orama/stemmers/french';
import { categories, objects, subcategories } from '../categories';
import { objectNamesEn } from '../english-object-names';
import { ademeVocabularyRows } from '../generated/ademe-vocabulary';
import { tokenize, withoutExclusions } from '../normalize';
import { synonyms } from '../synonyms';
import { SubcategoryModelBuilder, type SubcategoryModel } from './subcategory-model';
import { letterMask } from './token-similarity';

/** Snowball (French) stem of a normalized token, used only when a typed word is unknown as such. */
export function stemOf(token: string): string {
  return stemmer(token);
}
// Shorter stems ("ami" from amiante, "vet" from vêtement) join unrelated words.
export const MIN_STEM_LENGTH = 4;

/** One matchable phrase: a synonym, an object, or a sub-category or category label. */
export interface IndexEntry {
  subcategoryId: string;
  text: string;
  weight: number;
  primaryCount: number;
  /** Counts only when every head word matched (English names: many of their words are French words too). */
  whole: boolean;
}

/** Postings pack (entry, slot): slot < SECONDARY_SLOT is a primary token position. */
export const SLOTS = 64;
export const SECONDARY_SLOT = SLOTS - 1;

export interface ResolverIndex {
  entries: IndexEntry[];
  vocabulary: string[];
  masks: Int32Array;
  postings: number[][];
  tokenIds: ReadonlyMap<string, number>;
  /** Vocabulary ids in alphabetical order of their token, for prefix ranges by binary search. */
  alphabetical: Int32Array;
  /** Vocabulary ids by the char code of their first, and of their second, letter: typo candidates. */
  byFirstLetter: ReadonlyMap<number, readonly number[]>;
  bySecondLetter: ReadonlyMap<number, readonly number[]>;
  /** Vocabulary ids by each two-letter sequence their word holds (once a word): two-typo candidates. */
  byBigram: ReadonlyMap<string, readonly number[]>;
  /** Vocabulary ids by Snowball stem (stems of MIN_STEM_LENGTH letters or more). */
  byStem: ReadonlyMap<string, readonly number[]>;
  /** Each sub-category's words and word parts, for texts no phrase matches well. */
  model: SubcategoryModel;
}

function idsByBigram(vocabulary: string[]): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  vocabulary.forEach((word, id) => {
    for (let i = 0; i + 1 < word.length; i++) {
      const bigram = word.slice(i, i + 2);
      const group = groups.get(bigram) ?? [];
      if (group[group.length - 1] !== id) group.push(id);
      groups.set(bigram, group);
    }
  });
  return groups;
}

function idsByLetterAt(vocabulary: string[], position: number): Map<number, number[]> {
  const groups = new Map<number, number[]>();
  vocabulary.forEach((word, id) => {
    const code = word.charCodeAt(position);
    if (Number.isNaN(code)) return;
    const group = groups.get(code) ?? [];
    group.push(id);
    groups.set(code, group);
  });
  return groups;
}

// Labels and synonyms name the object itself; category labels only hint at a family of sub-categories.
// ADEME's product names count a little less than LVAO objects and our synonyms: a few are broad
// ("Produit d'entretien") and their sub-category is our mapping of ADEME's product, not ADEME's own.
const WEIGHTS = { synonym: 1, object: 1, ademe: 0.95, subcategory: 0.95, english: 0.9, joined: 0.95, category: 0.7 };

const SECONDARY_MODEL_WEIGHT = 0.5;

interface Phrase {
  primary: string[];
  secondary: string[];
}

// "Table (à manger, de jardin)": the head words must match, the parenthesis only adds evidence, unless it
// says what the object is not ("Batterie (hors batterie de voiture)": no evidence for a car battery);
// "Poids, haltères" or "A : b, c" list alternatives, each a phrase of its own.
function phrasesOf(text: string): Phrase[] {
  const label = withoutExclusions(text);
  const secondary = [...label.matchAll(/\(([^)]*)\)?/g)].flatMap((m) => tokenize(m[1] ?? ''));
  const head = label.replace(/\([^)]*\)?/g, ' ');
  return head
    .split(/[,:;]/)
    .map((part) => [...new Set(tokenize(part))].slice(0, SECONDARY_SLOT))
    .filter((primary) => primary.length > 0)
    .map((primary) => ({ primary, secondary: [...new Set(secondary)].filter((t) => !primary.includes(t)) }));
}

class IndexBuilder {
  readonly entries: IndexEntry[] = [];
  readonly vocabulary: string[] = [];
  readonly postings: number[][] = [];
  readonly tokenIds = new Map<string, number>();
  readonly model = new SubcategoryModelBuilder();

  addLabel(text: string, subcategoryId: string, weight: number, whole = false): void {
    for (const phrase of phrasesOf(text)) {
      this.model.add(subcategoryId, phrase.primary, weight);
      if (phrase.secondary.length > 0) this.model.add(subcategoryId, phrase.secondary, weight * SECONDARY_MODEL_WEIGHT);
      this.addPhrase(text, subcategoryId, weight, phrase, whole);
      // "microondes" or "grillepain" typed as one word still finds "micro-ondes", "grille-pain".
      if (phrase.primary.length >= 2 && phrase.primary.length <= 3) {
        const joined = { primary: [phrase.primary.join('')], secondary: [] };
        this.addPhrase(text, subcategoryId, weight * WEIGHTS.joined, joined, whole);
      }
    }
  }

  private addPhrase(text: string, subcategoryId: string, weight: number, phrase: Phrase, whole: boolean): void {
    const entryId = this.entries.length;
    this.entries.push({ subcategoryId, text, weight, primaryCount: phrase.primary.length, whole });
    phrase.primary.forEach((token, slot) => this.post(token, entryId * SLOTS + slot));
    phrase.secondary.forEach((token) => this.post(token, entryId * SLOTS + SECONDARY_SLOT));
  }

  private post(token: string, posting: number): void {
    let id = this.tokenIds.get(token);
    if (id === undefined) {
      id = this.vocabulary.length;
      this.tokenIds.set(token, id);
      this.vocabulary.push(token);
      this.postings.push([]);
    }
    this.postings[id]!.push(posting);
  }
}

/** A synonym added at run time (by staff, from the API's database). */
export interface ExtraSynonym {
  term: string;
  subcategoryId: string;
}

/**
 * Vocabulary rows left out of an index: the development benchmark's cross-validation folds
 * (bench/dev-folds.ts) hold some LVAO objects or ADEME names out to see whether the rest finds them.
 */
export type LeaveOut = (term: string) => boolean;

/** Builds the resolver's token index from synonyms (built-in and extra), LVAO objects, ADEME names and labels. */
export function buildResolverIndex(extraSynonyms: readonly ExtraSynonym[] = [], leaveOut?: LeaveOut): ResolverIndex {
  const builder = new IndexBuilder();
  const kept = (term: string) => !leaveOut?.(term);
  for (const s of synonyms) builder.addLabel(s.term, s.subcategoryId, WEIGHTS.synonym, s.language === 'en');
  for (const s of extraSynonyms) builder.addLabel(s.term, s.subcategoryId, WEIGHTS.synonym);
  for (const o of objects) {
    if (!kept(o.label)) continue;
    builder.addLabel(o.label, o.subcategoryId, WEIGHTS.object);
    const english = objectNamesEn[o.id];
    if (english) builder.addLabel(english, o.subcategoryId, WEIGHTS.english, true);
  }
  for (const [term, subcategoryId] of ademeVocabularyRows) {
    if (kept(term)) builder.addLabel(term, subcategoryId, WEIGHTS.ademe);
  }
  for (const s of subcategories) {
    builder.addLabel(s.label.fr, s.id, WEIGHTS.subcategory);
    builder.addLabel(s.label.en, s.id, WEIGHTS.english, true);
  }
  for (const c of categories) {
    for (const subcategoryId of c.subcategoryIds) builder.addLabel(c.label.fr, subcategoryId, WEIGHTS.category);
  }
  const { entries, vocabulary, postings, tokenIds } = builder;
  const masks = Int32Array.from(vocabulary, letterMask);
  const alphabetical = Int32Array.from(vocabulary.keys()).sort((a, b) => (vocabulary[a]! < vocabulary[b]! ? -1 : 1));
  const byFirstLetter = idsByLetterAt(vocabulary, 0);
  const bySecondLetter = idsByLetterAt(vocabulary, 1);
  const byBigram = idsByBigram(vocabulary);
  const byStem = new Map<string, number[]>();
  vocabulary.forEach((word, id) => {
    const stem = stemOf(word);
    if (stem.length < MIN_STEM_LENGTH) return;
    const group = byStem.get(stem) ?? [];
    group.push(id);
    byStem.set(stem, group);
  });
  const model = builder.model.build();
  return {
    entries,
    vocabulary,
    masks,
    postings,
    tokenIds,
    alphabetical,
    byFirstLetter,
    bySecondLetter,
    byBigram,
    byStem,
    model,
  };
}
