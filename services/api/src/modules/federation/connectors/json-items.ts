import { Readable, pipeline, type Duplex } from 'node:stream';
// stream-json is CommonJS without an exports map: default imports and explicit .js paths work in both
// Node's ESM loader (tsx) and Jest's CommonJS.
import StreamJson from 'stream-json';
import Pick from 'stream-json/filters/Pick.js';
import StreamArray from 'stream-json/streamers/StreamArray.js';
import { decodeText } from './input';

/**
 * Streams the items of a JSON array without holding the file in memory: the top-level array, or the
 * array under one of `keys` ("elements" for Overpass, "features" for GeoJSON, "items" for an API page).
 * Yields each item with its 1-based position.
 */
export async function* jsonArrayItems(
  bytes: Readable,
  keys: string[],
): AsyncGenerator<{ index: number; value: unknown }> {
  const text = decodeText(bytes);
  const chunks = text[Symbol.asyncIterator]();
  const first = await chunks.next();
  if (first.done) return;
  const head = String(first.value);
  const topLevelArray = head.trimStart().startsWith('[');
  const source = Readable.from(
    (async function* () {
      yield head;
      for (let next = await chunks.next(); !next.done; next = await chunks.next()) yield String(next.value);
    })(),
  );
  const stages: Duplex[] = [StreamJson.parser()];
  if (!topLevelArray)
    stages.push(Pick.pick({ filter: (stack) => stack.length === 1 && keys.includes(String(stack[0])) }));
  const items = StreamArray.streamArray();
  pipeline([source, ...stages, items], (error) => {
    if (error) items.destroy(error);
  });
  let index = 0;
  for await (const { value } of items as AsyncIterable<{ key: number; value: unknown }>) {
    index += 1;
    yield { index, value };
  }
}

/** A string property of an untrusted object, or undefined. */
export function prop(object: unknown, key: string): unknown {
  if (!object || typeof object !== 'object' || Array.isArray(object)) return undefined;
  return Object.prototype.hasOwnProperty.call(object, key) ? (object as Record<string, unknown>)[key] : undefined;
}
