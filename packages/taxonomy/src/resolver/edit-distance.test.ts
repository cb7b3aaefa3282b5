import fc from 'fast-check';
import { boundedDistances, DISTANCE_BASE } from './edit-distance';

// The textbook full-matrix optimal-string-alignment distances, to hold the banded, early-abandoned one to.
function reference(a: string, b: string, max: number): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => i + j));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  const full = Math.min(d[a.length]![b.length]!, max + 1);
  const prefix = Math.min(max + 1, ...d[a.length]!);
  return full * DISTANCE_BASE + prefix;
}

describe('boundedDistances', () => {
  it('gives the full and prefix distances up to max, as a full matrix would', () => {
    expect(boundedDistances('refrigirateur', 'refrigerateur', 2)).toBe(1 * DISTANCE_BASE + 1);
    expect(boundedDistances('trotinette', 'trottinette', 2)).toBe(1 * DISTANCE_BASE + 1);
    expect(boundedDistances('canap', 'canape', 1)).toBe(1 * DISTANCE_BASE + 0);
    expect(boundedDistances('velo', 'armoire', 1)).toBe(2 * DISTANCE_BASE + 2);
    fc.assert(
      fc.property(
        fc.stringMatching(/^[a-e]{0,14}$/),
        fc.stringMatching(/^[a-e]{0,16}$/),
        fc.integer({ min: 0, max: 3 }),
        (a, b, max) => {
          // Beyond the length the search allows, only "too far" (max + 1) is asked for.
          fc.pre(b.length <= a.length + max);
          expect(boundedDistances(a, b, max)).toBe(reference(a, b, max));
        },
      ),
      { numRuns: 5000 },
    );
  });
});
