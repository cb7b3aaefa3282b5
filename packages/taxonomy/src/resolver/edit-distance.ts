const MAX_LENGTH = 48;
// Three reusable rows: the resolver runs thousands of comparisons per query, so nothing is allocated per call.
const rows = [new Int32Array(MAX_LENGTH + 1), new Int32Array(MAX_LENGTH + 1), new Int32Array(MAX_LENGTH + 1)];

/** Packs the two distances in one number so the hot path allocates nothing: full * 64 + prefix. */
export const DISTANCE_BASE = 64;

/**
 * Optimal-string-alignment distances (insert, delete, substitute, swap two neighbours) from a to b
 * (full) and from a to the closest prefix of b (for input still being typed), in one pass abandoned as
 * soon as every path exceeds max. Returns full * DISTANCE_BASE + prefix, each capped at max + 1.
 *
 * Only the diagonal band |i - j| <= max is computed: a cell farther off has a distance of at least
 * |i - j| > max, so it can change no result (cells just outside the band are read as max + 1). Long
 * words, for which two typos are allowed, cost (2 max + 1) cells a letter instead of a whole row.
 */
export function boundedDistances(a: string, b: string, max: number): number {
  const over = (max + 1) * DISTANCE_BASE + max + 1;
  const far = max + 1;
  const m = Math.min(b.length, a.length + max);
  if (a.length > MAX_LENGTH || m > MAX_LENGTH) return over;
  let [before, previous, current] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= m; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const ai = a.charCodeAt(i - 1);
    const low = Math.max(1, i - max);
    const high = Math.min(m, i + max);
    current[low - 1] = low === 1 ? i : far;
    let rowMin = low === 1 ? i : far;
    for (let j = low; j <= high; j++) {
      const bj = b.charCodeAt(j - 1);
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) {
        value = Math.min(value, before[j - 2]! + 1);
      }
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    // The next row reads one cell past this row's band.
    if (high < m) current[high + 1] = far;
    if (rowMin > max) return over;
    [before, previous, current] = [previous, current, before];
  }
  const n = a.length;
  let prefix = far;
  for (let j = Math.max(0, n - max); j <= Math.min(m, n + max); j++) prefix = Math.min(prefix, previous[j]!);
  const full = m === b.length && m >= n - max ? Math.min(previous[m]!, far) : far;
  return full * DISTANCE_BASE + prefix;
}
