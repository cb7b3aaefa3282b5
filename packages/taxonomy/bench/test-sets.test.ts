import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isHeldOut } from '../scripts/import-ademe';
import { ademeVocabularyRows } from '../src/generated/ademe-vocabulary';
import { objects } from '../src/categories';
import { objectNamesEn } from '../src/english-object-names';
import { normalizeText } from '../src/normalize';
import { synonyms } from '../src/synonyms';
import { ademeHeldOut } from './ademe-held-out';
import { testPhrasings } from './test-phrasings';

// The SHA-256 of bench/test-phrasings.ts as frozen on 2026-12-06 (commit "Resolver test set frozen
// before tuning"). Do not update it to make this test pass: write a new test set file instead.
const FROZEN_TEST_PHRASINGS_SHA256 = 'c1789155478f6068c35a3ce4166a45c7b86d0ba8d581a45e3a4bc7956cd97db7';

// Synonyms written before the test set was frozen (src/synonyms.ts as of commit b48bd7a) that happen to
// equal one of its phrases; the benchmark reports the test set with and without them. No other may be added.
// prettier-ignore
const SYNONYMS_OLDER_THAN_THE_TEST_SET = new Set([
  'ampoules', 'baskets', 'batterie de telephone', 'brouette', 'cadre photo', 'carrelage', 'casseroles', 'collier',
  'couette', 'deambulateur', 'debroussailleuse', 'desherbant', 'draps', 'dyson', 'ecran d ordinateur', 'epluchures',
  'extincteur', 'feux d artifice', 'halteres', 'hoverboard', 'huile de vidange', 'lego', 'lunettes de vue', 'macbook',
  'miroir', 'montre', 'nespresso', 'palettes', 'parasol', 'parquet', 'piles', 'placo', 'playmobil', 'pneus', 'puzzle',
  'rateau', 'rideaux', 'samsung galaxy', 'seche linge', 'skis', 'synthe', 'tableau', 'tablette', 'tapis de course',
  'thermomix', 'velux', 'vtt', 'white spirit',
]);

describe('resolver test sets', () => {
  it('keeps the everyday phrasings test set exactly as frozen', () => {
    const text = readFileSync(path.join(__dirname, 'test-phrasings.ts'));
    expect(createHash('sha256').update(text).digest('hex')).toBe(FROZEN_TEST_PHRASINGS_SHA256);
    expect(testPhrasings.length).toBe(172);
  });

  it('never adds a test phrase to the vocabulary', () => {
    const phrases = new Set(testPhrasings.map(([query]) => normalizeText(query)));
    const leaked = [
      ...synonyms.map((s) => normalizeText(s.term)).filter((t) => !SYNONYMS_OLDER_THAN_THE_TEST_SET.has(t)),
      ...ademeVocabularyRows.map(([term]) => normalizeText(term)),
    ].filter((term) => phrases.has(term));
    // ADEME's own product names are data, not tuning: report them, but only as ADEME wrote them.
    expect(leaked.filter((term) => !ademeVocabularyRows.some(([t]) => normalizeText(t) === term))).toEqual([]);
  });

  it('adds no English object name equal to a test phrase beyond the 22 of the first translation', () => {
    // src/english-object-names.ts translates every LVAO object (written 2026-12-06 from the taxonomy, not
    // from the test set); 22 of its names, common English nouns, equal everyday test phrasings, and
    // the benchmark reports the set without them. A later edit must not raise the count.
    const phrases = new Set(testPhrasings.map(([query]) => normalizeText(query)));
    const names = Object.values(objectNamesEn).flatMap((n) => n.split(',').map((name) => normalizeText(name)));
    expect(new Set(names.filter((name) => phrases.has(name))).size).toBeLessThanOrEqual(22);
    expect(ademeHeldOut.filter(([name]) => names.includes(normalizeText(name)))).toEqual([]);
  });

  it('keeps every held-out ADEME name out of the vocabulary, split by the fixed hash', () => {
    const indexed = new Set([
      ...synonyms.map((s) => normalizeText(s.term)),
      ...objects.map((o) => normalizeText(o.label)),
      ...ademeVocabularyRows.map(([term]) => normalizeText(term)),
    ]);
    expect(ademeHeldOut.filter(([name]) => indexed.has(normalizeText(name)))).toEqual([]);
    expect(ademeHeldOut.every(([name]) => isHeldOut(name))).toBe(true);
    expect(ademeVocabularyRows.some(([term]) => isHeldOut(term))).toBe(false);
    expect(ademeHeldOut.length).toBeGreaterThan(150);
  });
});
