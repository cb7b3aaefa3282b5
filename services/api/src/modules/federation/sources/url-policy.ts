import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

type Address = ipaddr.IPv4 | ipaddr.IPv6;

/**
 * Which URLs imports may read (REEMPLOI_IMPORT_ALLOWED_HOSTS, docs/operations.md "Where imports may
 * connect"). Two separate questions: may this *host* be read (`*` = any), and may this *address* be
 * reached (public addresses always; others only when listed as an IP or CIDR range). So a listed name
 * never lets DNS point imports at the internal network, and `*` never means "private too".
 */
export interface UrlPolicy {
  /** `*` in the list: any host name (still only at public addresses). */
  anyHost: boolean;
  /** Host names listed, lower case, on any port (null) or the one given. */
  hosts: { name: string; port: number | null }[];
  /** Addresses listed (IP or CIDR): reachable even when loopback or private. */
  networks: { range: [Address, number]; port: number | null }[];
}

/** The stable code of a refused URL (run errors, `extensions.reason`). */
export const URL_NOT_ALLOWED = 'URL_NOT_ALLOWED';

/** A URL imports must not read, with why; it names the URL, never anything fetched from it. */
export class UrlNotAllowedError extends Error {
  readonly code = URL_NOT_ALLOWED;
  constructor(
    readonly url: string,
    readonly reason: string,
  ) {
    super(`GET ${url} refused (${URL_NOT_ALLOWED}): ${reason}`);
    this.name = 'UrlNotAllowedError';
  }
}

/** The default: any host at a public address, nothing else. */
export const PUBLIC_HOSTS_ONLY: UrlPolicy = { anyHost: true, hosts: [], networks: [] };

const stripBrackets = (host: string) => (host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host);
const normaliseName = (host: string) => host.toLowerCase().replace(/\.$/, '');
const portOf = (url: URL) => (url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80);

/**
 * Parses REEMPLOI_IMPORT_ALLOWED_HOSTS: entries separated by commas or spaces, each `*`, a host name,
 * `host:port`, an IP address (`10.1.2.3`, `[fd00::5]:8443`) or a CIDR range (`10.1.0.0/16`).
 * Throws a readable message on a bad entry.
 */
export function parseUrlPolicy(text: string): UrlPolicy {
  const policy: UrlPolicy = { anyHost: false, hosts: [], networks: [] };
  for (const entry of text.split(/[\s,]+/).filter(Boolean)) {
    if (entry === '*') {
      policy.anyHost = true;
      continue;
    }
    const bad = new Error(`"${entry}" is not *, a host, host:port, an IP address or a CIDR range`);
    if (entry.includes('/')) {
      if (!ipaddr.isValidCIDR(entry)) throw bad;
      const [address, bits] = ipaddr.parseCIDR(entry);
      const processed = processed4(address, bits);
      policy.networks.push({ range: processed, port: null });
      continue;
    }
    let url: URL;
    try {
      url = new URL(`http://${isIP(entry) === 6 ? `[${entry}]` : entry}`);
    } catch {
      throw bad;
    }
    if (url.pathname !== '/' || url.search || url.username || !url.hostname) throw bad;
    const port = url.port ? Number(url.port) : null;
    const host = stripBrackets(url.hostname);
    if (isIP(host)) {
      const address = ipaddr.process(host);
      policy.networks.push({ range: [address, address.kind() === 'ipv4' ? 32 : 128], port });
    } else policy.hosts.push({ name: normaliseName(host), port });
  }
  return policy;
}

/** `::ffff:10.0.0.0/104` is written as the IPv4 range it is. */
function processed4(address: Address, bits: number): [Address, number] {
  if (address.kind() === 'ipv6' && (address as ipaddr.IPv6).isIPv4MappedAddress() && bits >= 96)
    return [(address as ipaddr.IPv6).toIPv4Address(), bits - 96];
  return [address, bits];
}

/** Global unicast only: refuses loopback, private, link-local (169.254.169.254), CGNAT, multicast, reserved, 6to4/Teredo/NAT64. */
function nonPublicKind(address: Address): string | null {
  const range = address.range();
  if (address.kind() === 'ipv6' && !address.match(ipaddr.IPv6.parse('2000::'), 3))
    return range === 'unicast' ? 'reserved' : range;
  return range === 'unicast' ? null : range;
}

const RANGE_WORDS: Record<string, string> = {
  loopback: 'a loopback address',
  private: 'a private address',
  uniqueLocal: 'a private address',
  linkLocal: 'a link-local address (cloud metadata lives there)',
  carrierGradeNat: 'a shared (carrier-grade NAT) address',
  unspecified: 'an unspecified address',
  broadcast: 'a broadcast address',
  multicast: 'a multicast address',
};
const describeKind = (kind: string) => RANGE_WORDS[kind] ?? `a non-public address (${kind})`;

function listedNetwork(policy: UrlPolicy, address: Address, port: number): boolean {
  return policy.networks.some(
    (n) => n.range[0].kind() === address.kind() && address.match(n.range) && (n.port === null || n.port === port),
  );
}

/**
 * Why imports must not connect to `address` on `port`, or null when they may: a public address, or one
 * the operator listed. Decimal, hex and IPv4-mapped IPv6 forms are the same address here.
 */
export function addressRefusal(address: string, port: number, policy: UrlPolicy): string | null {
  if (!ipaddr.isValid(address)) return `"${address}" is not an IP address`;
  const parsed = ipaddr.process(address);
  if (listedNetwork(policy, parsed, port)) return null;
  const kind = nonPublicKind(parsed);
  return kind ? `${describeKind(kind)}, and REEMPLOI_IMPORT_ALLOWED_HOSTS does not list it` : null;
}

/**
 * Why imports must not read this URL, judged before any connection (scheme, host list, literal
 * addresses); null when it may be tried. Names resolve at connect time, where `addressRefusal` applies.
 */
export function urlRefusal(location: string | URL, policy: UrlPolicy): string | null {
  let url: URL;
  try {
    url = typeof location === 'string' ? new URL(location) : location;
  } catch {
    return 'not a URL';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'imports read only http and https URLs';
  const port = portOf(url);
  // The WHATWG parser already turned 2130706433, 0x7f.1 and 127.1 into 127.0.0.1.
  const host = stripBrackets(url.hostname);
  if (isIP(host)) {
    const refused = addressRefusal(host, port, policy);
    if (refused) return `${host} is ${refused}`;
    const listed = listedNetwork(policy, ipaddr.process(host), port);
    return listed || policy.anyHost ? null : `${host} is not in REEMPLOI_IMPORT_ALLOWED_HOSTS`;
  }
  const name = normaliseName(host);
  if (name === 'localhost' || name.endsWith('.localhost')) {
    // RFC 6761: always loopback; said here so a source cannot even be saved with it.
    const refused = addressRefusal('127.0.0.1', port, policy);
    if (refused) return `${name} is ${refused}`;
  }
  const listed = policy.hosts.some((h) => h.name === name && (h.port === null || h.port === port));
  return listed || policy.anyHost ? null : `${name} is not in REEMPLOI_IMPORT_ALLOWED_HOSTS`;
}
