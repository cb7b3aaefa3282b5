/** A growable set of small non-negative integers (place slots), one bit each. */
export class Bitset {
  words: Uint32Array;

  constructor(capacityBits: number) {
    this.words = new Uint32Array(Math.max(1, Math.ceil(capacityBits / 32)));
  }

  /** Makes room for `capacityBits` bits, keeping the members. */
  grow(capacityBits: number): void {
    const needed = Math.ceil(capacityBits / 32);
    if (needed <= this.words.length) return;
    const words = new Uint32Array(needed);
    words.set(this.words);
    this.words = words;
  }

  /** Adds `i`, growing when needed. */
  add(i: number): void {
    const w = i >>> 5;
    if (w >= this.words.length) this.grow(Math.max((w + 1) * 32, this.words.length * 64));
    this.words[w]! |= 1 << (i & 31);
  }

  /** Removes `i`. */
  delete(i: number): void {
    const w = i >>> 5;
    if (w < this.words.length) this.words[w]! &= ~(1 << (i & 31));
  }

  /** Whether `i` is a member. */
  has(i: number): boolean {
    const w = i >>> 5;
    return w < this.words.length && (this.words[w]! & (1 << (i & 31))) !== 0;
  }

  /** A copy of this set. */
  clone(): Bitset {
    const copy = new Bitset(0);
    copy.words = this.words.slice();
    return copy;
  }

  /** Keeps only members also in `other`. */
  andWith(other: Bitset): this {
    const a = this.words;
    const b = other.words;
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) a[i]! &= b[i]!;
    a.fill(0, n);
    return this;
  }

  /** Adds every member of `other`. */
  orWith(other: Bitset): this {
    if (other.words.length > this.words.length) this.grow(other.words.length * 32);
    const a = this.words;
    const b = other.words;
    for (let i = 0; i < b.length; i++) a[i]! |= b[i]!;
    return this;
  }

  /** Number of members. */
  count(): number {
    const words = this.words;
    let total = 0;
    for (let i = 0; i < words.length; i++) total += popcount(words[i]!);
    return total;
  }

  /** Number of members also in both `a` and `b`, without allocating. */
  countAnd(a: Bitset, b?: Bitset): number {
    const x = this.words;
    const y = a.words;
    const z = b?.words;
    const n = Math.min(x.length, y.length, z ? z.length : Infinity);
    let total = 0;
    for (let i = 0; i < n; i++) total += popcount(x[i]! & y[i]! & (z ? z[i]! : 0xffffffff));
    return total;
  }

  /** Calls `fn` with each member in increasing order. */
  forEach(fn: (i: number) => void): void {
    const words = this.words;
    for (let w = 0; w < words.length; w++) {
      let word = words[w]!;
      while (word !== 0) {
        const low = word & -word;
        fn((w << 5) + 31 - Math.clz32(low));
        word ^= low;
      }
    }
  }
}

function popcount(v: number): number {
  v -= (v >>> 1) & 0x55555555;
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
