import { subcategoryById } from './categories';
import { normalizeText } from './normalize';
import { synonyms } from './synonyms';

describe('synonyms', () => {
  it('points every synonym at an existing sub-category', () => {
    expect(synonyms.filter((s) => !subcategoryById(s.subcategoryId))).toEqual([]);
  });

  it('holds at least 200 everyday words', () => {
    expect(new Set(synonyms.map((s) => s.term)).size).toBeGreaterThanOrEqual(200);
  });

  it('writes terms in plain normalized spelling, without duplicates per sub-category', () => {
    for (const s of synonyms) expect(normalizeText(s.term)).toBe(s.term);
    const pairs = synonyms.map((s) => `${s.term}→${s.subcategoryId}`);
    expect(new Set(pairs).size).toBe(pairs.length);
  });
});
