// The shipped vocabulary (src/generated/ademe-vocabulary.ts) holds every ADEME name, the held-out test
// set (bench/ademe-held-out.ts) included. Whatever measures generalisation or is tuned must not see those
// names: the benchmark looks them up in an index built without them, and the development folds and the
// word-neighbour generator use only the tuning part. The split is scripts/import-ademe.ts's fixed hash,
// computed here from the names themselves: this module does not load the test set
// (bench/test-sets.test.ts checks that it names exactly the rows of bench/ademe-held-out.ts).
import { isHeldOut } from '../scripts/import-ademe';
import { ademeVocabularyRows } from '../src/generated/ademe-vocabulary';
import { normalizeText } from '../src/normalize';
import { buildResolverIndex, type LeaveOut, type ResolverIndex } from '../src/resolver/resolver-index';

/** The ADEME rows that tuning may look at (the held-out test set's names removed). */
export const ademeTuningRows = ademeVocabularyRows.filter(([term]) => !isHeldOut(term));

/** The normalized names of the held-out test set, as the shipped vocabulary holds them. */
export const heldOutTerms: ReadonlySet<string> = new Set(
  ademeVocabularyRows.filter(([term]) => isHeldOut(term)).map(([term]) => normalizeText(term)),
);

/** Leaves out the held-out names (only ADEME rows can be: LVAO objects and synonyms never are), and `also`. */
export function withoutHeldOut(also?: LeaveOut): LeaveOut {
  return (term) => heldOutTerms.has(normalizeText(term)) || (also?.(term) ?? false);
}

/** The index the resolver had before it shipped the held-out names: what generalisation is measured on. */
export function buildHeldOutIndex(also?: LeaveOut): ResolverIndex {
  return buildResolverIndex([], withoutHeldOut(also));
}
