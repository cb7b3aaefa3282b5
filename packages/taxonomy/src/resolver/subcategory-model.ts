// A small bag-of-features model of each sub-category's vocabulary: TF-IDF over its words and the
// character n-grams of its words, compared to a query by a length-damped dot product. It knows no phrase, only which words
// and word parts a sub-category's names use ("fongicide" shares "icide" with herbicide and pesticide;
// "plastique" is mostly said of plastic packaging), so it can rank sub-categories for a text that
// matches no indexed phrase well. Built with the index, from the same vocabulary; nothing to download.

const NGRAM_SIZES = [3, 4, 5];
// Share of a word's weight carried by the word itself; its n-grams share the rest. Sizes and share were
// chosen on the development folds (bench/dev-folds.ts).
const WORD_SHARE = 0.2;

// Long vocabularies (furniture: hundreds of names) would drown each of their words if every
// sub-category's vector were scaled to length 1 (cosine), and short ones would win on any shared
// word; scaling by length^0.5 only damps them (a pivoted normalization). Chosen on the dev folds.
const LENGTH_NORMALIZATION = 0.5;

type Features = Map<string, number>;

function addFeature(features: Features, key: string, value: number): void {
  features.set(key, (features.get(key) ?? 0) + value);
}

/** Word and character n-gram features of normalized tokens, each token weighted. */
export function featuresOf(tokens: readonly string[], weights?: readonly number[]): Features {
  const features: Features = new Map();
  tokens.forEach((token, i) => {
    const weight = weights?.[i] ?? 1;
    addFeature(features, `w ${token}`, weight * WORD_SHARE);
    const padded = `<${token}>`;
    const grams: string[] = [];
    for (const size of NGRAM_SIZES) {
      for (let start = 0; start + size <= padded.length; start++) grams.push(padded.slice(start, start + size));
    }
    for (const gram of grams) addFeature(features, gram, (weight * (1 - WORD_SHARE)) / grams.length);
  });
  return features;
}

export interface SubcategoryModel {
  subcategoryIds: string[];
  /** feature → [(sub-category index, weight)] with weights of each sub-category's unit vector. */
  postings: Map<string, { ids: Int32Array; weights: Float64Array }>;
  idf: Map<string, number>;
}

export class SubcategoryModelBuilder {
  private readonly counts = new Map<string, Features>();

  /** Adds one phrase's tokens to a sub-category's document. */
  add(subcategoryId: string, tokens: readonly string[], weight: number): void {
    let document = this.counts.get(subcategoryId);
    if (!document) {
      document = new Map();
      this.counts.set(subcategoryId, document);
    }
    for (const [key, value] of featuresOf(tokens)) addFeature(document, key, value * weight);
  }

  build(): SubcategoryModel {
    const subcategoryIds = [...this.counts.keys()];
    const documentFrequency = new Map<string, number>();
    for (const document of this.counts.values()) {
      for (const key of document.keys()) documentFrequency.set(key, (documentFrequency.get(key) ?? 0) + 1);
    }
    const idf = new Map<string, number>();
    for (const [key, df] of documentFrequency) idf.set(key, Math.log(1 + subcategoryIds.length / df));
    const lists = new Map<string, { ids: number[]; weights: number[] }>();
    subcategoryIds.forEach((id, i) => {
      const document = this.counts.get(id)!;
      const vector = [...document].map(([key, count]) => [key, Math.log(1 + count) * idf.get(key)!] as const);
      const norm = Math.sqrt(vector.reduce((sum, [, v]) => sum + v * v, 0)) ** LENGTH_NORMALIZATION || 1;
      for (const [key, value] of vector) {
        const list = lists.get(key) ?? { ids: [], weights: [] };
        list.ids.push(i);
        list.weights.push(value / norm);
        lists.set(key, list);
      }
    });
    const postings = new Map<string, { ids: Int32Array; weights: Float64Array }>();
    for (const [key, list] of lists) {
      postings.set(key, { ids: Int32Array.from(list.ids), weights: Float64Array.from(list.weights) });
    }
    return { subcategoryIds, postings, idf };
  }
}

/** Likeness of a query's features to each sub-category's (unit query · damped sub-category vector). */
export function modelScores(
  model: SubcategoryModel,
  tokens: readonly string[],
  weights: readonly number[],
): Map<string, number> {
  const query = featuresOf(tokens, weights);
  const sums = new Float64Array(model.subcategoryIds.length);
  // A feature no sub-category has is as rare as can be: it lowers every likeness alike.
  const unseenIdf = Math.log(1 + model.subcategoryIds.length);
  let norm = 0;
  for (const [key, value] of query) {
    const idf = model.idf.get(key);
    const q = value * (idf ?? unseenIdf);
    norm += q * q;
    if (idf === undefined) continue;
    const list = model.postings.get(key)!;
    for (let i = 0; i < list.ids.length; i++) sums[list.ids[i]!]! += q * list.weights[i]!;
  }
  const scores = new Map<string, number>();
  if (norm === 0) return scores;
  const scale = 1 / Math.sqrt(norm);
  sums.forEach((sum, i) => {
    if (sum > 0) scores.set(model.subcategoryIds[i]!, sum * scale);
  });
  return scores;
}
