// Turns the French thesaurus of LibreOffice (MyThes format) into a table of synonyms: for each French
// noun of the thesaurus, the vocabulary words of the resolver that it lists as synonyms ("mégot" →
// cigarette, "perceuse" → foreuse…), so that a word no name of ours holds can be led to a family. Only
// the table is shipped (src/generated/thesaurus-synonyms.ts); nothing is downloaded or read at run time.
//
// Source: the French thesaurus of LibreOffice's dictionaries (Dicollecte; "Dictionnaire des synonymes
// français myThes", Frédéric Labbé, Laurent Godard / Indesko, Kevin Hendricks), LGPL-2.1-or-later, as
// packaged by Debian in `mythes-fr` (1:7.5.0-1). Get it (development time only, nothing of it committed):
//   apt-get download mythes-fr && dpkg -x mythes-fr_*.deb /tmp/mythes/x
// Run: pnpm --filter @reemploi/taxonomy generate:thesaurus /tmp/mythes/x/usr/share/mythes/thes_fr.dat
//
// Format of thes_fr.dat: a first line naming the encoding, then for each entry `word|n` followed by n
// meaning lines `(Part of speech)|synonym|synonym|…`.
//
// The vocabulary is the index's without the held-out test names (bench/held-out-split.ts), as for
// scripts/generate-word-neighbours.ts: a held-out name shipped in the vocabulary must never be a target.
// The table's words are every noun of the thesaurus, whatever they are: none is chosen by hand.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { categories, objects, subcategories } from '../src/categories';
import { tokenize } from '../src/normalize';
import { synonyms } from '../src/synonyms';
import { ademeTuningRows, buildHeldOutIndex } from '../bench/held-out-split';

const SOURCE = 'mythes-fr 1:7.5.0-1 (Debian), thes_fr.dat';
// Only noun senses are read: a line tagged (Nom) alone, or (?) (untagged, mostly nouns: "canapé-lit").
// Lines tagged with other parts of speech too ("(Adjectif Nom)": rapide → mobile, alarme) mix the senses
// of an adjective with the noun's, and led texts naming no object to a family on the development folds.
const NOUN_SENSES = new Set(['Nom', '?']);
// At most this many vocabulary words a word (in the thesaurus's order).
const MAX_TARGETS = 8;

interface ThesaurusEntry {
  word: string;
  meanings: { pos: string; synonyms: string[] }[];
}

/** The entries of a MyThes .dat file. */
function readMyThes(text: string): ThesaurusEntry[] {
  const lines = text.split('\n');
  const entries: ThesaurusEntry[] = [];
  for (let i = 1; i < lines.length;) {
    const [word, count] = lines[i++]!.split('|');
    if (!word) continue;
    const meanings = [];
    for (let m = 0; m < Number(count); m++) {
      const [pos, ...words] = lines[i++]!.split('|');
      meanings.push({ pos: pos!.replace(/[()]/g, ''), synonyms: words.filter(Boolean) });
    }
    entries.push({ word, meanings });
  }
  return entries;
}

// A single word as the resolver reads it (normalized, singular): its token.
function tokenOf(word: string): string | undefined {
  const tokens = tokenize(word);
  return tokens.length === 1 && tokens[0]!.length >= 3 && /^[a-z]+$/.test(tokens[0]!) ? tokens[0] : undefined;
}

const isNounSense = (pos: string) => NOUN_SENSES.has(pos);

function main(): void {
  const file = process.argv[2];
  if (!file) throw new Error('usage: generate:thesaurus <thes_fr.dat>');
  const entries = readMyThes(readFileSync(file, 'utf8'));

  // Targets are French words of the vocabulary (not of its English names), nouns of the thesaurus.
  const vocabulary = new Set(buildHeldOutIndex().vocabulary);
  const french = new Set(
    [
      ...synonyms.filter((s) => s.language !== 'en').map((s) => s.term),
      ...objects.map((o) => o.label),
      ...ademeTuningRows.map(([term]) => term),
      ...subcategories.map((s) => s.label.fr),
      ...categories.map((c) => c.label.fr),
    ].flatMap(tokenize),
  );
  const nouns = new Set<string>();
  for (const entry of entries) {
    const token = tokenOf(entry.word);
    if (token && entry.meanings.some((m) => isNounSense(m.pos))) nouns.add(token);
  }
  const isTarget = (token: string) => vocabulary.has(token) && french.has(token) && nouns.has(token);

  // A word → the vocabulary nouns whose noun entry lists it ("mégot" is listed by "cigarette"). The
  // thesaurus is nearly symmetric; on the development folds the lists of vocabulary entries did as well
  // as both directions, with fewer answers to texts naming no object.
  const listedBy = new Map<string, string[]>();
  for (const entry of entries) {
    const target = tokenOf(entry.word);
    if (!target || !isTarget(target)) continue;
    for (const meaning of entry.meanings.filter((m) => isNounSense(m.pos))) {
      for (const synonym of meaning.synonyms) {
        const word = tokenOf(synonym);
        if (!word || word === target || !nouns.has(word)) continue;
        const list: string[] = listedBy.get(word) ?? [];
        if (!list.includes(target) && list.length < MAX_TARGETS) list.push(target);
        listedBy.set(word, list);
      }
    }
  }
  const words = [...listedBy.keys()].sort();
  const targets = [...new Set(words.flatMap((word) => listedBy.get(word)!))].sort();
  const ids = new Map(targets.map((t, i) => [t, i]));
  const lines = words.map(
    (word) =>
      `${word} ${listedBy
        .get(word)!
        .map((t) => ids.get(t))
        .join(' ')}`,
  );
  const header =
    `// generated, do not edit: run \`pnpm --filter @reemploi/taxonomy generate:thesaurus <thes_fr.dat>\` (from ${SOURCE}).\n` +
    "// Source: LibreOffice's French thesaurus (Dicollecte, myThes), LGPL-2.1-or-later; this table, derived\n" +
    '// from it, is under the same licence (see ATTRIBUTION.md).\n\n';
  writeFileSync(
    path.join(process.cwd(), 'src/generated/thesaurus-synonyms.ts'),
    `${header}/** Vocabulary nouns whose thesaurus entry lists a word (space-separated; lines point here by index). */\n` +
      `export const thesaurusTargets = ${JSON.stringify(targets.join(' '))};\n\n` +
      '/** One line a French noun: "word index index…", the vocabulary nouns whose entry lists it. */\n' +
      `export const thesaurusLines = ${JSON.stringify(lines.join('\n'))};\n`,
  );
  console.log(
    `${entries.length} entries, ${nouns.size} nouns, ${targets.length}/${vocabulary.size} vocabulary words as targets, ` +
      `${lines.length} words written`,
  );
}

main();
