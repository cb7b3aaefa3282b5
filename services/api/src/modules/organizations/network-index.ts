/**
 * The in-memory engine of "find a partner": structures by competence, commune, insertion type and
 * capacity. Posting lists per competence×commune, per competence, per commune and per insertion type;
 * a query walks the smallest list and checks the rest per structure.
 */
export interface NetworkEntry {
  id: string;
  name: string;
  insertionTypes: readonly string[];
  capacity: number | null;
  /** Communes the structure covers (its own territory plus every competence's). */
  communes: readonly string[];
  competences: readonly { code: string; communes: readonly string[] }[];
}

export interface NetworkQuery {
  /** Every one of these must be offered (in one of `communes` when given). */
  competences?: readonly string[];
  /** At least one of these communes must be covered. */
  communes?: readonly string[];
  insertionTypes?: readonly string[];
  minCapacity?: number | null;
}

/** Communes compared without accents, case or punctuation: « Valognes », « VALOGNES », INSEE codes as is. */
export const communeKey = (commune: string) =>
  commune
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s'’-]+/g, ' ')
    .trim();

interface Doc {
  entry: NetworkEntry;
  communes: Set<string>;
  offers: Set<string>; // `${code}|${commune}` and `${code}|*`
  types: Set<string>;
}

const pair = (code: string, commune: string) => `${code}|${commune}`;
// One collator for the whole sort (localeCompare with a locale builds one per call).
const byName = new Intl.Collator('fr');

export class NetworkIndex {
  private readonly docs: Doc[];
  private readonly postings = new Map<string, number[]>();

  constructor(entries: readonly NetworkEntry[]) {
    const sorted = [...entries].sort((a, b) => byName.compare(a.name, b.name) || a.id.localeCompare(b.id));
    this.docs = sorted.map((entry, i) => {
      const communes = new Set(entry.communes.map(communeKey));
      const offers = new Set<string>();
      for (const c of entry.competences) {
        offers.add(pair(c.code, '*'));
        for (const commune of c.communes) offers.add(pair(c.code, communeKey(commune)));
        for (const commune of c.communes) communes.add(communeKey(commune));
      }
      const doc = { entry, communes, offers, types: new Set(entry.insertionTypes) };
      for (const key of offers) this.post(`o:${key}`, i);
      for (const commune of communes) this.post(`c:${commune}`, i);
      for (const type of doc.types) this.post(`t:${type}`, i);
      return doc;
    });
  }

  get size() {
    return this.docs.length;
  }

  private post(key: string, i: number) {
    const list = this.postings.get(key);
    if (list) {
      if (list[list.length - 1] !== i) list.push(i);
    } else this.postings.set(key, [i]);
  }

  /** Matching structures, by name. */
  search(query: NetworkQuery): NetworkEntry[] {
    const communes = (query.communes ?? []).map(communeKey);
    const min = query.minCapacity ?? null;
    // Each criterion is a union of posting lists, marked in a bitset; the criteria are AND-ed.
    const unions: string[][] = [];
    for (const code of query.competences ?? [])
      unions.push(communes.length ? communes.map((c) => `o:${pair(code, c)}`) : [`o:${pair(code, '*')}`]);
    if (communes.length && !query.competences?.length) unions.push(communes.map((c) => `c:${c}`));
    if (query.insertionTypes?.length) unions.push(query.insertionTypes.map((t) => `t:${t}`));

    const words = (this.docs.length + 31) >>> 5;
    let result: Uint32Array | null = null;
    for (const keys of unions) {
      const bits = new Uint32Array(words);
      for (const key of keys) for (const i of this.list(key)) bits[i >>> 5]! |= 1 << (i & 31);
      if (result) for (let w = 0; w < words; w += 1) result[w]! &= bits[w]!;
      else result = bits;
    }
    const out: NetworkEntry[] = [];
    for (let w = 0; w < words; w += 1) {
      let word = result
        ? result[w]!
        : w === words - 1 && this.docs.length & 31
          ? (1 << (this.docs.length & 31)) - 1
          : ~0;
      while (word !== 0) {
        const bit = 31 - Math.clz32(word & -word);
        word &= word - 1;
        const entry = this.docs[(w << 5) + bit]!.entry;
        if (min === null || (entry.capacity ?? 0) >= min) out.push(entry);
      }
    }
    return out;
  }

  private list(key: string): number[] {
    return this.postings.get(key) ?? [];
  }
}
