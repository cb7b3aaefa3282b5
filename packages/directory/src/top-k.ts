/**
 * The first `k` of `items` in `compare` order, sorted. A full sort when k is not much smaller than the
 * list; otherwise a bounded max-heap (n log k), so a page of 20 out of 50 000 matches does not sort them all.
 * May reorder `items`.
 */
export function firstK<V>(items: V[], k: number, compare: (a: V, b: V) => number): V[] {
  if (k <= 0) return [];
  if (items.length <= 64 || k * 8 >= items.length) return items.sort(compare).slice(0, k);
  const heap: V[] = [];
  for (const item of items) {
    if (heap.length < k) {
      heap.push(item);
      siftUp(heap, heap.length - 1, compare);
    } else if (compare(item, heap[0]!) < 0) {
      heap[0] = item;
      siftDown(heap, compare);
    }
  }
  return heap.sort(compare);
}

// A max-heap: the root is the largest kept item, the first to drop when a smaller one comes.
function siftUp<V>(heap: V[], i: number, compare: (a: V, b: V) => number): void {
  const item = heap[i]!;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (compare(item, heap[parent]!) <= 0) break;
    heap[i] = heap[parent]!;
    i = parent;
  }
  heap[i] = item;
}

function siftDown<V>(heap: V[], compare: (a: V, b: V) => number): void {
  const n = heap.length;
  const item = heap[0]!;
  let i = 0;
  for (;;) {
    let child = 2 * i + 1;
    if (child >= n) break;
    if (child + 1 < n && compare(heap[child + 1]!, heap[child]!) > 0) child++;
    if (compare(heap[child]!, item) <= 0) break;
    heap[i] = heap[child]!;
    i = child;
  }
  heap[i] = item;
}
