import { createReadStream, statSync } from 'node:fs';
import { type Readable, Transform } from 'node:stream';
import iconv from 'iconv-lite';
import { UPLOAD_LOCATION_PREFIX, openUploadStream } from '../uploads/upload-store';
import { PUBLIC_HOSTS_ONLY, type UrlPolicy } from '../sources/url-policy';
import { httpGet, httpGetJson, type Credentials } from './http-get';
import type { ImportInput } from './types';

export interface InputOptions {
  maxBytes: number;
  /** Deadline of each download (or API page), body included. */
  timeoutMs: number;
  /** Which hosts and addresses URLs may reach; public hosts only by default. */
  urlPolicy?: UrlPolicy;
  /** A token for one origin (data·inclusion's), sent nowhere else. */
  credentials?: Credentials | null;
  /** Called with the bytes read so far and the total when known. */
  onBytes?: (read: number, total: number | null) => void;
}

export const isUrl = (location: string) => /^https?:\/\//i.test(location);

/** Opens a local file or an http(s) URL as a byte stream, counting bytes and refusing oversized inputs. */
export function openInput(location: string, options: InputOptions): ImportInput {
  const http = {
    policy: options.urlPolicy ?? PUBLIC_HOSTS_ONLY,
    maxBytes: options.maxBytes,
    timeoutMs: options.timeoutMs,
    credentials: options.credentials,
  };
  return {
    location,
    open: async () => {
      if (location.startsWith(UPLOAD_LOCATION_PREFIX)) {
        // A file uploaded from the back-office, stored in the database (any instance can read it).
        const { stream, size } = openUploadStream(location.slice(UPLOAD_LOCATION_PREFIX.length));
        return counted(stream, await size, location, options);
      }
      if (isUrl(location)) {
        const { body, length } = await httpGet(location, http);
        return counted(body, length, location, options);
      }
      const size = statSync(location).size;
      if (size > options.maxBytes)
        throw new Error(`${location} is ${size} bytes, more than the ${options.maxBytes} allowed`);
      return counted(createReadStream(location, { highWaterMark: 256 * 1024 }), size, location, options);
    },
    fetchJson: (url: string) => httpGetJson(url, http),
  };
}

function counted(stream: Readable, total: number | null, location: string, options: InputOptions): Readable {
  let read = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      read += chunk.length;
      if (read > options.maxBytes)
        return callback(new Error(`${location} is larger than the ${options.maxBytes} bytes allowed`));
      options.onBytes?.(read, total);
      callback(null, chunk);
    },
  });
  stream.on('error', (error) => counter.destroy(error));
  return stream.pipe(counter);
}

/**
 * Decodes French text files whatever their encoding: UTF-8 with or without BOM, else Windows-1252
 * (what Excel writes by default). The first 64 KB decide; a UTF-8 file never decodes as 1252 by mistake.
 */
export function decodeText(bytes: Readable): Readable {
  let sniffed: Buffer[] = [];
  let sniffedLength = 0;
  let decoder: Transform | null = null;
  const output = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      if (decoder) return void decoder.write(chunk, callback);
      sniffed.push(chunk);
      sniffedLength += chunk.length;
      if (sniffedLength >= 64 * 1024) start(callback);
      else callback();
    },
    flush(callback) {
      if (!decoder) start(() => undefined);
      decoder!.end(() => callback());
    },
  });
  function start(callback: (error?: Error | null) => void) {
    const head = Buffer.concat(sniffed);
    sniffed = [];
    decoder = iconv.decodeStream(looksLikeUtf8(head) ? 'utf8' : 'win1252', { stripBOM: true }) as unknown as Transform;
    decoder.on('data', (text: string) => output.push(text));
    decoder.write(head, callback);
  }
  bytes.on('error', (error) => output.destroy(error));
  return bytes.pipe(output);
}

/** True when the bytes are valid UTF-8 (a multi-byte sequence cut at the end is allowed). */
export function looksLikeUtf8(bytes: Buffer): boolean {
  let end = bytes.length;
  // Drop a trailing incomplete sequence: up to 3 continuation bytes after a lead byte.
  for (let i = Math.max(0, end - 4); i < end; i += 1) {
    const byte = bytes[i]!;
    const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    if (needed > 1 && i + needed > end) {
      end = i;
      break;
    }
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end));
    return true;
  } catch {
    return false;
  }
}
