import fc from 'fast-check';
import { buildResolverIndex } from './resolver-index';
import { letterMask, typoSimilarity } from './token-similarity';
import { matchVocabulary, typoCandidates } from './vocabulary-match';

describe('typoCandidates', () => {
  const index = buildResolverIndex();
  const longWords = index.vocabulary.filter((word) => word.length >= 9);
  // Every vocabulary word within the typo budget of the token, found by comparing it with all of them.
  const withinTypos = (token: string, max: number) =>
    index.vocabulary.filter((word, id) => typoSimilarity(token, letterMask(token), word, index.masks[id]!, max) > 0);

  it('keeps every word within two typos of a long token (whole word or prefix), without comparing them all', () => {
    const edit = fc
      .tuple(
        fc.constantFrom(...longWords),
        fc.array(
          fc.tuple(
            fc.nat(),
            fc.constantFrom('delete', 'insert', 'substitute', 'swap'),
            fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'),
          ),
          {
            maxLength: 3,
          },
        ),
      )
      .map(([word, edits]) =>
        edits.reduce((text, [at, kind, c]) => {
          const i = at % text.length;
          if (kind === 'delete') return text.slice(0, i) + text.slice(i + 1);
          if (kind === 'insert') return text.slice(0, i) + c + text.slice(i);
          if (kind === 'substitute') return text.slice(0, i) + c + text.slice(i + 1);
          return i + 1 < text.length ? text.slice(0, i) + text[i + 1] + text[i] + text.slice(i + 2) : text;
        }, word),
      );
    fc.assert(
      fc.property(edit, (token) => {
        fc.pre(token.length >= 9);
        const candidates = new Set(typoCandidates(index, token, 2));
        const missed = withinTypos(token, 2).filter((word) => !candidates.has(index.tokenIds.get(word)!));
        expect(missed).toEqual([]);
        expect(candidates.size).toBeLessThan(index.vocabulary.length);
      }),
      { numRuns: 300 },
    );
    // "trotinette" is "trottinette" with a letter missing: still found, among a few hundred candidates.
    expect([...matchVocabulary(index, 'trotinette').keys()].map((id) => index.vocabulary[id])).toContain('trottinette');
  });
});
