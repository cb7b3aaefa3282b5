import KDBush from 'kdbush';
import type Supercluster from 'supercluster';
import type { TimeSlicer } from './time-slice';

// Supercluster.load() over 300 000 places is one synchronous block of about a second (a kd-tree per zoom
// and a clustering pass per zoom). This builds the very same index in slices of a few milliseconds: the
// same steps as Supercluster 8.0.1's load(), _createTree() and _cluster(), and KDBush 4.1.0's kd-sort,
// with a pause wherever they loop. It fills the instance's `points` and `trees` as load() does, so every
// query method of the instance works unchanged. Both versions are pinned in package.json, and
// sliced-supercluster.test.ts checks the result equals load()'s, tree for tree.

const OFFSET_ZOOM = 2;
const OFFSET_NUM = 5;
const STRIDE = 6; // no `reduce` option: x, y, zoom, id, parent, count

/** The Supercluster internals this file fills (the fields load() sets). */
interface Internals {
  points: Supercluster.PointFeature<unknown>[];
  trees: (Omit<KDBush, 'data'> & { data: number[] })[];
  stride: number;
  options: { minZoom: number; maxZoom: number; radius: number; extent: number; nodeSize: number; minPoints: number };
}

/** Builds `index` from `points` as `index.load(points)` would, pausing whenever `slicer` says so. */
export async function loadSliced<P extends Supercluster.AnyProps>(
  index: Supercluster<P, Supercluster.AnyProps>,
  points: Supercluster.PointFeature<P>[],
  slicer: TimeSlicer,
): Promise<Supercluster<P, Supercluster.AnyProps>> {
  const sc = index as unknown as Internals;
  if (sc.stride !== STRIDE) throw new Error('sliced Supercluster builds do not support the reduce option');
  const { minZoom, maxZoom } = sc.options;
  sc.points = points;
  const data: number[] = [];
  for (let i = 0; i < points.length; i++) {
    const [lng, lat] = points[i]!.geometry.coordinates as [number, number];
    data.push(Math.fround(lngX(lng)), Math.fround(latY(lat)), Infinity, i, -1, 1);
    if (slicer.due()) await slicer.next();
  }
  let tree = (sc.trees[maxZoom + 1] = await createTree(sc, data, slicer));
  for (let z = maxZoom; z >= minZoom; z--) {
    tree = sc.trees[z] = await createTree(sc, await cluster(sc, tree, z, slicer), slicer);
  }
  return index;
}

async function createTree(sc: Internals, data: number[], slicer: TimeSlicer): Promise<Internals['trees'][number]> {
  const tree = new KDBush((data.length / STRIDE) | 0, sc.options.nodeSize, Float32Array);
  for (let i = 0; i < data.length; i += STRIDE) {
    tree.add(data[i]!, data[i + 1]!);
    if (slicer.due()) await slicer.next();
  }
  await kdSort(tree.ids, tree.coords, tree.nodeSize, slicer);
  // What finish() sets after the same sort, and the cluster data Supercluster keeps on each tree.
  const built = tree as unknown as Internals['trees'][number] & { _finished: boolean };
  built._finished = true;
  built.data = data;
  return built;
}

async function cluster(
  sc: Internals,
  tree: Internals['trees'][number],
  zoom: number,
  slicer: TimeSlicer,
): Promise<number[]> {
  const { radius, extent, minPoints } = sc.options;
  const r = radius / (extent * Math.pow(2, zoom));
  const data = tree.data;
  const nextData: number[] = [];
  const pointCount = sc.points.length;
  for (let i = 0; i < data.length; i += STRIDE) {
    // A point's neighbourhood can hold thousands at low zooms: the clock is read every 8 points.
    if ((i & 0xf) === 0 && slicer.dueNow()) await slicer.next();
    if (data[i + OFFSET_ZOOM]! <= zoom) continue;
    data[i + OFFSET_ZOOM] = zoom;
    const x = data[i]!;
    const y = data[i + 1]!;
    const neighborIds = tree.within(x, y, r);
    const numPointsOrigin = data[i + OFFSET_NUM]!;
    let numPoints = numPointsOrigin;
    for (const neighborId of neighborIds) {
      const k = neighborId * STRIDE;
      if (data[k + OFFSET_ZOOM]! > zoom) numPoints += data[k + OFFSET_NUM]!;
    }
    if (numPoints > numPointsOrigin && numPoints >= minPoints) {
      let wx = x * numPointsOrigin;
      let wy = y * numPointsOrigin;
      const id = (((i / STRIDE) | 0) << 5) + (zoom + 1) + pointCount;
      for (const neighborId of neighborIds) {
        const k = neighborId * STRIDE;
        if (data[k + OFFSET_ZOOM]! <= zoom) continue;
        data[k + OFFSET_ZOOM] = zoom;
        const numPoints2 = data[k + OFFSET_NUM]!;
        wx += data[k]! * numPoints2;
        wy += data[k + 1]! * numPoints2;
        data[k + 4] = id; // parent
      }
      data[i + 4] = id;
      nextData.push(wx / numPoints, wy / numPoints, Infinity, id, -1, numPoints);
    } else {
      for (let j = 0; j < STRIDE; j++) nextData.push(data[i + j]!);
      if (numPoints > 1) {
        for (const neighborId of neighborIds) {
          const k = neighborId * STRIDE;
          if (data[k + OFFSET_ZOOM]! <= zoom) continue;
          data[k + OFFSET_ZOOM] = zoom;
          for (let j = 0; j < STRIDE; j++) nextData.push(data[k + j]!);
        }
      }
    }
  }
  return nextData;
}

type Ids = Uint16Array | Uint32Array;
type Coords = ArrayLike<number> & { [i: number]: number };

/**
 * KDBush's kd-sort (median split on alternating axes down to nodeSize leaves), with an explicit stack
 * instead of recursion so it can pause between two selections. Same order of operations, same layout.
 */
async function kdSort(ids: Ids, coords: Coords, nodeSize: number, slicer: TimeSlicer): Promise<void> {
  const stack: number[] = [0, ids.length - 1, 0];
  while (stack.length > 0) {
    const axis = stack.pop()!;
    const right = stack.pop()!;
    const left = stack.pop()!;
    if (right - left <= nodeSize) continue;
    const m = (left + right) >> 1;
    select(ids, coords, m, left, right, axis);
    // Pushed second half first: the first half is sorted first, as in the recursive original.
    stack.push(m + 1, right, 1 - axis, left, m - 1, 1 - axis);
    if (slicer.dueNow()) await slicer.next(); // the first selections each cover much of the points
  }
}

function select(ids: Ids, coords: Coords, k: number, left: number, right: number, axis: number): void {
  while (right > left) {
    if (right - left > 600) {
      const n = right - left + 1;
      const m = k - left + 1;
      const z = Math.log(n);
      const s = 0.5 * Math.exp((2 * z) / 3);
      const sd = 0.5 * Math.sqrt((z * s * (n - s)) / n) * (m - n / 2 < 0 ? -1 : 1);
      const newLeft = Math.max(left, Math.floor(k - (m * s) / n + sd));
      const newRight = Math.min(right, Math.floor(k + ((n - m) * s) / n + sd));
      select(ids, coords, k, newLeft, newRight, axis);
    }
    const t = coords[2 * k + axis]!;
    let i = left;
    let j = right;
    swapItem(ids, coords, left, k);
    if (coords[2 * right + axis]! > t) swapItem(ids, coords, left, right);
    while (i < j) {
      swapItem(ids, coords, i, j);
      i++;
      j--;
      while (coords[2 * i + axis]! < t) i++;
      while (coords[2 * j + axis]! > t) j--;
    }
    if (coords[2 * left + axis] === t) swapItem(ids, coords, left, j);
    else {
      j++;
      swapItem(ids, coords, j, right);
    }
    if (j <= k) left = j + 1;
    if (k <= j) right = j - 1;
  }
}

function swapItem(ids: Ids, coords: Coords, i: number, j: number): void {
  swap(ids, i, j);
  swap(coords, 2 * i, 2 * j);
  swap(coords, 2 * i + 1, 2 * j + 1);
}

function swap(arr: Coords | Ids, i: number, j: number): void {
  const tmp = arr[i]!;
  arr[i] = arr[j]!;
  arr[j] = tmp;
}

function lngX(lng: number): number {
  return lng / 360 + 0.5;
}

function latY(lat: number): number {
  const sin = Math.sin((lat * Math.PI) / 180);
  const y = 0.5 - (0.25 * Math.log((1 + sin) / (1 - sin))) / Math.PI;
  return y < 0 ? 0 : y > 1 ? 1 : y;
}
