import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import { PassThrough, type Readable, type Transform } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { Agent, buildConnector, request } from 'undici';
import { UrlNotAllowedError, addressRefusal, urlRefusal, type UrlPolicy } from '../sources/url-policy';

/** Headers (a token) sent only to the origin they belong to: never to another host, nor after a redirect away. */
export interface Credentials {
  /** scheme://host[:port] */
  origin: string;
  headers: Record<string, string>;
}

export interface HttpGetOptions {
  policy: UrlPolicy;
  /** Largest body read (after decompression). */
  maxBytes: number;
  /** Whole request, redirects and body included. */
  timeoutMs: number;
  credentials?: Credentials | null;
  accept?: string;
}

const MAX_REDIRECTS = 5;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * GET of a source URL that cannot be turned against the server's own network: the URL is checked
 * against the policy before each request and each redirect (followed by hand), every address a name
 * resolves to is checked when the connection is made (so DNS rebinding gains nothing), the whole
 * exchange has a deadline and the body a size limit. Errors name the URL and the reason, never the body.
 */
export async function httpGet(
  url: string,
  options: HttpGetOptions,
): Promise<{ body: Readable; length: number | null }> {
  const deadline = AbortSignal.timeout(options.timeoutMs);
  const refusals: string[] = [];
  const agent = guardedAgent(options.policy, options.timeoutMs, refusals);
  let current = url;
  try {
    for (let hop = 0; ; hop += 1) {
      const target = new URL(current);
      const refused = urlRefusal(target, options.policy);
      if (refused) throw new UrlNotAllowedError(named(current, url), refused);
      const response = await request(target, {
        dispatcher: agent,
        method: 'GET',
        headers: headersFor(target, options),
        signal: deadline,
      });
      const location = response.headers.location;
      if (REDIRECTS.has(response.statusCode) && typeof location === 'string') {
        await response.body.dump();
        if (hop >= MAX_REDIRECTS) throw new Error(`GET ${url} redirected more than ${MAX_REDIRECTS} times`);
        current = new URL(location, target).toString();
        continue;
      }
      if (response.statusCode < 200 || response.statusCode >= 300) {
        await response.body.dump();
        throw new Error(`GET ${named(current, url)} answered HTTP ${response.statusCode}`);
      }
      const length = Number(response.headers['content-length']) || null;
      if (length !== null && length > options.maxBytes) {
        discard(response.body);
        throw new Error(`${named(current, url)} is ${length} bytes, more than the ${options.maxBytes} allowed`);
      }
      const encoding = String(response.headers['content-encoding'] ?? 'identity').toLowerCase();
      const decoder = decoderFor(encoding);
      if (decoder === undefined) {
        discard(response.body);
        throw new Error(`${named(current, url)} answered in an unknown content-encoding "${encoding.slice(0, 40)}"`);
      }
      const describe = (error: unknown) => explain(error, named(current, url), options, deadline, refusals);
      const body = guardedBody(response.body, decoder, describe, () => void agent.destroy().catch(() => undefined));
      return { body, length: decoder ? null : length };
    }
  } catch (error) {
    await agent.destroy().catch(() => undefined);
    throw explain(error, named(current, url), options, deadline, refusals);
  }
}

/** GET of a JSON document (an API page), with the same guards; the body is read whole up to maxBytes. */
export async function httpGetJson(url: string, options: HttpGetOptions): Promise<unknown> {
  const { body } = await httpGet(url, { ...options, accept: 'application/json' });
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > options.maxBytes) {
      body.destroy();
      throw new Error(`${url} is larger than the ${options.maxBytes} bytes allowed`);
    }
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
  } catch {
    // JSON.parse's message quotes the body: say what went wrong, not what came back.
    throw new Error(`${url} did not answer JSON`);
  }
}

/** Drops a body unread (undici reports the abort as an error: nobody needs it). */
function discard(body: Readable) {
  body.on('error', () => undefined);
  body.destroy();
}

const named = (current: string, first: string) =>
  current === first ? current : `${current} (redirected from ${first})`;

function headersFor(target: URL, options: HttpGetOptions): Record<string, string> {
  const credentials =
    options.credentials && new URL(options.credentials.origin).origin === target.origin
      ? options.credentials.headers
      : {};
  return {
    accept: options.accept ?? '*/*',
    'accept-encoding': 'gzip, deflate, br',
    'user-agent': 'Reemploi-import',
    ...credentials,
  };
}

/** null: identity; undefined: an encoding we cannot read. */
function decoderFor(encoding: string): Transform | null | undefined {
  if (encoding === 'identity' || encoding === '') return null;
  if (encoding === 'gzip' || encoding === 'x-gzip') return createGunzip();
  if (encoding === 'deflate') return createInflate();
  if (encoding === 'br') return createBrotliDecompress();
  return undefined;
}

/**
 * Connections go only to addresses the policy allows: names are resolved here and filtered, literals
 * checked; each refusal is pushed to `refusals`. Also used by webhook deliveries (modules/changes).
 */
export function guardedAgent(policy: UrlPolicy, timeoutMs: number, refusals: string[]): Agent {
  return new Agent({
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
    connect: (options, callback) => {
      const port = Number(options.port) || (options.protocol === 'https:' ? 443 : 80);
      const host = options.hostname.replace(/^\[(.*)\]$/, '$1');
      if (isIP(host)) {
        const refused = addressRefusal(host, port, policy);
        if (refused) {
          refusals.push(`${host} is ${refused}`);
          return callback(new Error(refused), null);
        }
      }
      buildConnector({ timeout: timeoutMs, lookup: guardedLookup(policy, port, refusals) })(options, callback);
    },
  });
}

function guardedLookup(policy: UrlPolicy, port: number, refusals: string[]): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { all: true, family: options.family, hints: options.hints }, (error, addresses) => {
      if (error) return callback(error, '', 0);
      // Only allowed addresses are ever connected to: a name answering one public and one private
      // address is reached at the public one.
      const allowed = (addresses as LookupAddress[]).filter((a) => !addressRefusal(a.address, port, policy));
      if (allowed.length === 0) {
        const first = (addresses as LookupAddress[])[0]?.address;
        refusals.push(`${hostname} resolves to ${first ? addressRefusal(first, port, policy) : 'no address'}`);
        return callback(new Error('address not allowed'), '', 0);
      }
      if (options.all) callback(null, allowed);
      else callback(null, allowed[0]!.address, allowed[0]!.family);
    });
  };
}

/** The body as a plain stream whose errors say what happened to which URL; closing it frees the connection. */
function guardedBody(
  raw: Readable,
  decoder: Transform | null,
  describe: (error: unknown) => Error,
  onClose: () => void,
): Readable {
  const out = new PassThrough({ highWaterMark: 256 * 1024 });
  const fail = (error: unknown) => {
    if (!out.destroyed) out.destroy(describe(error));
  };
  raw.on('error', fail);
  decoder?.on('error', fail);
  (decoder ? raw.pipe(decoder) : raw).pipe(out);
  out.on('close', () => {
    raw.destroy();
    decoder?.destroy();
    onClose();
  });
  return out;
}

/** One readable error per failure: refused, too slow, or the network's own reason (never response bytes). */
function explain(
  error: unknown,
  url: string,
  options: HttpGetOptions,
  deadline: AbortSignal,
  refusals: string[],
): Error {
  if (error instanceof UrlNotAllowedError) return error;
  if (refusals.length > 0) return new UrlNotAllowedError(url, refusals[0]!);
  const tooSlow = () => new Error(`GET ${url} took longer than the ${options.timeoutMs / 1000} s allowed`);
  if (deadline.aborted) return tooSlow();
  if (error instanceof Error) {
    const code = (error as { code?: string }).code;
    if (code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT' || code === 'UND_ERR_CONNECT_TIMEOUT')
      return tooSlow();
    if (error.message.startsWith('GET ') || error.message.startsWith(url)) return error;
    return new Error(`GET ${url} failed: ${code ?? error.message}`);
  }
  return new Error(`GET ${url} failed: ${String(error)}`);
}
