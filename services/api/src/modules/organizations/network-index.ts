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

export class NetworkIndex {
  private readonly docs: Doc[];
  private readonly postings = new Map<string, number[]>();

  constructor(entries: readonly NetworkEntry[]) {
    const sorted = [...entries].sort((a, b) => a.name.localeCompare(b.name, 'fr') || a.id.localeCompare(b.id));
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
    const competences = query.competences ?? [];
    const communes = (query.communes ?? []).map(communeKey);
    const types = query.insertionTypes ?? [];
    const min = query.minCapacity ?? null;

    // Candidate lists: each is a union of postings; pick the smallest to walk.
    const unions: number[][][] = [];
    for (const code of competences)
      unions.push(
        communes.length ? communes.map((c) => this.list(`o:${pair(code, c)}`)) : [this.list(`o:${pair(code, '*')}`)],
      );
    if (communes.length && !competences.length) unions.push(communes.map((c) => this.list(`c:${c}`)));
    if (types.length) unions.push(types.map((t) => this.list(`t:${t}`)));

    const matches = (doc: Doc) =>
      competences.every((code) =>
        communes.length ? communes.some((c) => doc.offers.has(pair(code, c))) : doc.offers.has(pair(code, '*')),
      ) &&
      (!communes.length || communes.some((c) => doc.communes.has(c))) &&
      (!types.length || types.some((t) => doc.types.has(t))) &&
      (min === null || (doc.entry.capacity ?? 0) >= min);

    if (!unions.length) return this.docs.filter(matches).map((d) => d.entry);
    const size = (u: number[][]) => u.reduce((s, l) => s + l.length, 0);
    const smallest = unions.reduce((a, b) => (size(b) < size(a) ? b : a));
    const candidates = smallest.length === 1 ? smallest[0]! : [...new Set(smallest.flat())].sort((a, b) => a - b);
    const out: NetworkEntry[] = [];
    for (const i of candidates) if (matches(this.docs[i]!)) out.push(this.docs[i]!.entry);
    return out;
  }

  private list(key: string): number[] {
    return this.postings.get(key) ?? [];
  }
}
