import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { importAdeme, isHeldOut, readAdemeProducts } from '../scripts/import-ademe';
import { ademeVocabularyRows } from '../src/generated/ademe-vocabulary';
import { neighbourTargets } from '../src/generated/word-neighbours';
import { objects, subcategories } from '../src/categories';
import { objectNamesEn } from '../src/english-object-names';
import { normalizeText } from '../src/normalize';
import { buildResolverIndex, SLOTS, type ResolverIndex } from '../src/resolver/resolver-index';
import { synonyms } from '../src/synonyms';
import { ademeHeldOut } from './ademe-held-out';
import { ademeTuningRows, buildHeldOutIndex, heldOutTerms } from './held-out-split';
import { testPhrasings } from './test-phrasings';

// The SHA-256 of bench/test-phrasings.ts as frozen on 2026-12-06 (commit "Resolver test set frozen
// before tuning"). Do not update it to make this test pass: write a new test set file instead.
const FROZEN_TEST_PHRASINGS_SHA256 = 'c1789155478f6068c35a3ce4166a45c7b86d0ba8d581a45e3a4bc7956cd97db7';
// The SHA-256 of JSON.stringify(ademeHeldOut): its 178 rows, in order, as first generated (commit 2ae671b).
const FROZEN_ADEME_HELD_OUT_SHA256 = 'cd22c5c2f87a85dec03de3283f8823d74f7c35eb533ec6c59d4b05e692cbf0fe';

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

  it('keeps the ADEME held-out names exactly as first split', () => {
    const rows = JSON.stringify(ademeHeldOut);
    expect(createHash('sha256').update(rows).digest('hex')).toBe(FROZEN_ADEME_HELD_OUT_SHA256);
    expect(ademeHeldOut.every(([name]) => isHeldOut(name))).toBe(true);
  });

  it('ships every held-out name only as ADEME wrote it, through the import script', () => {
    const products = readAdemeProducts(path.join(__dirname, '../data/ademe-que-faire-produits.json'));
    const imported = importAdeme(products);
    // Both generated files are the script's output for the committed data: no row edited by hand.
    expect(ademeVocabularyRows).toEqual(imported.vocabulary);
    expect(ademeHeldOut).toEqual(imported.heldOut);
    const shipped = new Set(ademeVocabularyRows.map(([term, subcategory]) => `${term}→${subcategory}`));
    expect(ademeHeldOut.filter(([name, subcategory]) => !shipped.has(`${name}→${subcategory}`))).toEqual([]);
    // …and never as a hand-written synonym or object: those would stay in the benchmark's held-out index.
    const handWritten = new Set([
      ...synonyms.map((s) => normalizeText(s.term)),
      ...objects.map((o) => normalizeText(o.label)),
    ]);
    expect(ademeHeldOut.filter(([name]) => handWritten.has(normalizeText(name)))).toEqual([]);
  });

  it('names the held-out rows by the hash alone, without the test file, for tuning', () => {
    expect([...heldOutTerms].sort()).toEqual(ademeHeldOut.map(([name]) => normalizeText(name)).sort());
    expect(ademeTuningRows.filter(([term]) => heldOutTerms.has(normalizeText(term)))).toEqual([]);
    expect(ademeTuningRows.length + ademeHeldOut.length).toBe(ademeVocabularyRows.length);
  });

  describe("the benchmark's index without the held-out names", () => {
    const shipped = buildResolverIndex();
    const heldOutIndex = buildHeldOutIndex();
    // Two held-out names are also sub-category labels ("Papier graphique"), indexed as such before
    // any ADEME name was: those stay, as labels.
    const labels = new Set(subcategories.flatMap((s) => [s.label.fr, s.label.en].map(normalizeText)));
    const namesNotLabels = new Set([...heldOutTerms].filter((name) => !labels.has(name)));
    const entryTexts = (index: ResolverIndex) => new Set(index.entries.map((e) => normalizeText(e.text)));
    // Words that only held-out names bring to the shipped index ("crevette", "gommette"…).
    const heldOutWords = shipped.vocabulary.filter((_, id) =>
      shipped.postings[id]!.every((posting) =>
        namesNotLabels.has(normalizeText(shipped.entries[Math.floor(posting / SLOTS)]!.text)),
      ),
    );

    it('holds no held-out name, while the shipped index holds them all', () => {
      const names = ademeHeldOut.map(([name]) => normalizeText(name));
      expect(names.filter((name) => !entryTexts(shipped).has(name))).toEqual([]);
      expect(names.filter((name) => entryTexts(heldOutIndex).has(name) && !labels.has(name))).toEqual([]);
      expect(names.length - namesNotLabels.size).toBe(2);
    });

    // Stems, letter tables and typo candidates are built from the index's words: no word, none of those.
    it('derives nothing from them: no word, model feature or word-neighbour target of theirs', () => {
      expect(heldOutWords.length).toBeGreaterThan(50);
      expect(heldOutWords.filter((word) => heldOutIndex.tokenIds.has(word))).toEqual([]);
      expect(heldOutWords.filter((word) => heldOutIndex.model.featureIds.has(`w ${word}`))).toEqual([]);
      expect(heldOutWords.filter((word) => heldOutIndex.model.byToken.has(word))).toEqual([]);
      const targets = new Set(neighbourTargets.split(' '));
      expect(heldOutWords.filter((word) => targets.has(word))).toEqual([]);
    });

    it('is the shipped index less the held-out names, and less nothing else', () => {
      const key = (e: ResolverIndex['entries'][number]) => `${e.text}→${e.subcategoryId} ${e.weight} ${e.primaryCount}`;
      const kept = heldOutIndex.entries.map(key);
      let next = 0;
      const dropped: string[] = [];
      for (const entry of shipped.entries) {
        if (key(entry) === kept[next]) next++;
        else dropped.push(normalizeText(entry.text));
      }
      expect(next).toBe(kept.length);
      expect(dropped.filter((text) => !heldOutTerms.has(text))).toEqual([]);
      expect(new Set(dropped)).toEqual(heldOutTerms);
    });
  });
});
