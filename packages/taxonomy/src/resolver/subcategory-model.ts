// A small bag-of-features model of each sub-category's vocabulary: TF-IDF over its words and the
// character n-grams of its words, compared to a query by a length-damped dot product. It knows no
// phrase, only which words and word parts a sub-category's names use ("fongicide" shares "icide" with
// herbicide and pesticide; "aluminium" is mostly said of metal packaging), so it can rank
// sub-categories for a text that matches no indexed phrase well. Built with the index, from the same
// vocabulary; nothing to download.

const NGRAM_SIZES = [3, 4, 5];
// Share of a word's weight carried by the word itself; its n-grams share the rest. Sizes and share were
// chosen on the development folds (bench/dev-folds.ts).
const WORD_SHARE = 0.2;

// Long vocabularies (furniture: hundreds of names) would drown each of their words if every
// sub-category's vector were scaled to length 1 (cosine), and short ones would win on any shared
// word; scaling by length^0.5 only damps them (a pivoted normalization). Chosen on the dev folds.
const LENGTH_NORMALIZATION = 0.5;

/** Feature keys of one token and their share of its weight: the word itself, then its n-grams. */
function tokenFeatures(token: string): { keys: string[]; shares: number[] } {
  const padded = `<${token}>`;
  const keys = [`w ${token}`];
  for (const size of NGRAM_SIZES) {
    for (let start = 0; start + size <= padded.length; start++) keys.push(padded.slice(start, start + size));
  }
  const gramShare = (1 - WORD_SHARE) / (keys.length - 1);
  return { keys, shares: keys.map((_, i) => (i === 0 ? WORD_SHARE : gramShare)) };
}

interface TokenFeatures {
  /** Feature ids, -1 for a feature no sub-category has. */
  ids: number[];
  shares: number[];
}

export interface SubcategoryModel {
  subcategoryIds: string[];
  featureIds: ReadonlyMap<string, number>;
  /** The features of every vocabulary token, computed at build time (queries mostly use known words). */
  byToken: ReadonlyMap<string, TokenFeatures>;
  /** Postings of feature f at [offsets[f], offsets[f + 1]): a sub-category and the feature's weight in its damped vector. */
  offsets: Int32Array;
  subcategories: Int32Array;
  weights: Float64Array;
  idf: Float64Array;
}

export class SubcategoryModelBuilder {
  private readonly featureIds = new Map<string, number>();
  // A token's features are computed once, however many names use it (the index build stays fast).
  private readonly byToken = new Map<string, TokenFeatures>();
  private readonly documents = new Map<string, Map<number, number>>();

  private featuresOfToken(token: string): TokenFeatures {
    let features = this.byToken.get(token);
    if (!features) {
      const { keys, shares } = tokenFeatures(token);
      const ids = keys.map((key) => {
        let id = this.featureIds.get(key);
        if (id === undefined) {
          id = this.featureIds.size;
          this.featureIds.set(key, id);
        }
        return id;
      });
      features = { ids, shares };
      this.byToken.set(token, features);
    }
    return features;
  }

  /** Adds one phrase's tokens to a sub-category's document. */
  add(subcategoryId: string, tokens: readonly string[], weight: number): void {
    let document = this.documents.get(subcategoryId);
    if (!document) {
      document = new Map();
      this.documents.set(subcategoryId, document);
    }
    for (const token of tokens) {
      const { ids, shares } = this.featuresOfToken(token);
      for (let i = 0; i < ids.length; i++) document.set(ids[i]!, (document.get(ids[i]!) ?? 0) + shares[i]! * weight);
    }
  }

  build(): SubcategoryModel {
    const subcategoryIds = [...this.documents.keys()];
    const featureCount = this.featureIds.size;
    const offsets = new Int32Array(featureCount + 1);
    for (const document of this.documents.values()) for (const id of document.keys()) offsets[id + 1]!++;
    for (let f = 0; f < featureCount; f++) offsets[f + 1]! += offsets[f]!;
    const idf = new Float64Array(featureCount);
    for (let f = 0; f < featureCount; f++)
      idf[f] = Math.log(1 + subcategoryIds.length / (offsets[f + 1]! - offsets[f]!));
    const subcategories = new Int32Array(offsets[featureCount]!);
    const weights = new Float64Array(offsets[featureCount]!);
    const filled = offsets.slice(0, featureCount);
    subcategoryIds.forEach((subcategoryId, i) => {
      const document = this.documents.get(subcategoryId)!;
      let squares = 0;
      for (const [id, count] of document) squares += (Math.log(1 + count) * idf[id]!) ** 2;
      const norm = Math.sqrt(squares) ** LENGTH_NORMALIZATION || 1;
      for (const [id, count] of document) {
        const at = filled[id]!++;
        subcategories[at] = i;
        weights[at] = (Math.log(1 + count) * idf[id]!) / norm;
      }
    });
    return { subcategoryIds, featureIds: this.featureIds, byToken: this.byToken, offsets, subcategories, weights, idf };
  }
}

function featuresOfUnknownToken(model: SubcategoryModel, token: string): TokenFeatures {
  const { keys, shares } = tokenFeatures(token);
  return { ids: keys.map((key) => model.featureIds.get(key) ?? -1), shares };
}

/** Likeness of a query's features to each sub-category's (unit query · damped sub-category vector). */
export function modelScores(
  model: SubcategoryModel,
  tokens: readonly string[],
  weights: readonly number[],
): Map<string, number> {
  const query = new Map<number, number>();
  let unseen = 0;
  tokens.forEach((token, t) => {
    const weight = weights[t] ?? 1;
    const { ids, shares } = model.byToken.get(token) ?? featuresOfUnknownToken(model, token);
    for (let i = 0; i < ids.length; i++) {
      // A feature no sub-category has is as rare as can be: it lowers every likeness alike.
      if (ids[i]! < 0) unseen += (shares[i]! * weight) ** 2;
      else query.set(ids[i]!, (query.get(ids[i]!) ?? 0) + shares[i]! * weight);
    }
  });
  const sums = new Float64Array(model.subcategoryIds.length);
  const unseenIdf = Math.log(1 + model.subcategoryIds.length);
  let norm = unseen * unseenIdf * unseenIdf;
  for (const [id, value] of query) {
    const q = value * model.idf[id]!;
    norm += q * q;
    for (let at = model.offsets[id]!; at < model.offsets[id + 1]!; at++)
      sums[model.subcategories[at]!]! += q * model.weights[at]!;
  }
  const scores = new Map<string, number>();
  if (norm === 0) return scores;
  const scale = 1 / Math.sqrt(norm);
  sums.forEach((sum, i) => {
    if (sum > 0) scores.set(model.subcategoryIds[i]!, sum * scale);
  });
  return scores;
}
