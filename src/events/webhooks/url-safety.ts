/**
 * Webhook URL safety (connect-api.md §6, platform.md §4): production
 * environments need https, and no webhook may reach loopback, link-local
 * (cloud metadata), private, CGNAT, unspecified or otherwise non-public
 * addresses, unless the operator allows private targets. Checked when a URL is
 * set and again at connect time on the resolved address (http-transport.ts),
 * so a name that later resolves elsewhere (DNS rebinding) is still refused.
 *
 * Every spelling is normalized before it is judged: WHATWG URL parsing turns
 * decimal, octal, hex and short IPv4 forms (`2130706433`, `0177.0.0.1`,
 * `0x7f.1`, `127.1`), percent-encoding, full-width digits and trailing dots
 * into a dotted quad; IPv6 forms that carry an IPv4 address (IPv4-mapped,
 * -translated and -compatible, NAT64, 6to4, Teredo) are judged by the IPv4
 * address they reach as well as by their own range.
 */
import ipaddr from 'ipaddr.js';
import { unprocessable } from '../../core/errors.js';
import type { EnvironmentKind } from '../../core/actor.js';
import type { UrlPolicy } from './ports.js';

type IPv4 = ipaddr.IPv4;
type IPv6 = ipaddr.IPv6;

const POINTER = ['url'];
const MAX_URL_LENGTH = 2048;
const RESOLVE_TIMEOUT_MS = 2_000;

const RANGE_NAMES: Record<string, string> = {
  loopback: 'a loopback address',
  private: 'a private address',
  uniqueLocal: 'a private (unique-local) address',
  linkLocal: 'a link-local address',
  deprecatedSiteLocal: 'a private (site-local) address',
  carrierGradeNat: 'a shared (CGNAT) address',
  unspecified: 'an unspecified address',
  broadcast: 'a broadcast address',
  multicast: 'a multicast address',
};

/**
 * Cloud instance-metadata and platform endpoints. Most already sit in a refused
 * range; naming them makes the refusal say why, and catches the public ones
 * (Azure's 168.63.129.16).
 */
const METADATA = new Set(
  [
    '169.254.169.254', // AWS, GCP, Azure, OCI, DigitalOcean… instance metadata
    '169.254.170.2', // AWS ECS task metadata
    '169.254.169.253', // AWS VPC DNS
    '169.254.169.123', // AWS time sync
    '169.254.0.23', // Tencent Cloud
    '100.100.100.200', // Alibaba Cloud
    '168.63.129.16', // Azure WireServer
    '192.0.0.192', // Oracle Cloud (classic)
    'fd00:ec2::254', // AWS IMDS over IPv6
    'fd00:ec2::253',
    'fd00:ec2::123',
  ].map((a) => ipaddr.parse(a).toString()),
);

const GLOBAL_UNICAST_V6 = ipaddr.parseCIDR('2000::/3');
const NAT64_WELL_KNOWN = ipaddr.parseCIDR('64:ff9b::/96');

function v4From(high: number, low: number): IPv4 {
  return new ipaddr.IPv4([high >> 8, high & 0xff, low >> 8, low & 0xff]);
}

/** The IPv4 address an IPv6 address carries (and so may reach), and the form that carries it. */
function carriedIpv4(ip: IPv6): { v4: IPv4; form: string; reachable: boolean } | null {
  const p = ip.parts as [number, number, number, number, number, number, number, number];
  switch (ip.range()) {
    case 'ipv4Mapped':
      // The socket connects to the IPv4 address itself.
      return { v4: v4From(p[6], p[7]), form: 'IPv4-mapped', reachable: true };
    case 'rfc6145':
      return { v4: v4From(p[6], p[7]), form: 'IPv4-translated', reachable: false };
    case 'rfc6052':
      // The well-known NAT64 prefix reaches the embedded address through a translator; the local-use one is private.
      return ip.match(NAT64_WELL_KNOWN) ? { v4: v4From(p[6], p[7]), form: 'NAT64', reachable: true } : null;
    case '6to4':
      return { v4: v4From(p[1], p[2]), form: '6to4', reachable: false };
    case 'teredo':
      // The client's address is stored inverted.
      return { v4: v4From(p[6] ^ 0xffff, p[7] ^ 0xffff), form: 'Teredo', reachable: false };
    case 'unicast':
      // ::a.b.c.d, the deprecated IPv4-compatible form (ipaddr.js leaves it in plain unicast).
      return p.slice(0, 6).every((x) => x === 0) ? { v4: v4From(p[6], p[7]), form: 'IPv4-compatible', reachable: false } : null;
    default:
      return null;
  }
}

function metadataNote(ip: IPv4 | IPv6, problem: string | null): string | null {
  if (!METADATA.has(ip.toString())) return problem;
  return problem ? `${problem} (cloud metadata)` : 'a cloud metadata address';
}

function ipv4Problem(ip: IPv4): string | null {
  const range = ip.range();
  const problem = range === 'unicast' ? null : (RANGE_NAMES[range] ?? `a reserved address (${range})`);
  return metadataNote(ip, problem);
}

function ipv6Problem(ip: IPv6): string | null {
  const range = ip.range();
  const named = RANGE_NAMES[range];
  if (named) return metadataNote(ip, named);
  const carried = carriedIpv4(ip);
  if (carried) {
    const problem = ipv4Problem(carried.v4);
    if (problem) return `${problem} (${carried.v4.toString()} in ${carried.form} form)`;
    if (carried.reachable) return null;
    return `a reserved address (${carried.form})`;
  }
  // Only global unicast (2000::/3) outside every special range is public.
  if (range !== 'unicast' || !ip.match(GLOBAL_UNICAST_V6)) return `a reserved address (${range === 'unicast' ? 'unassigned' : range})`;
  return metadataNote(ip, null);
}

/**
 * IPv6 text as the WHATWG URL parser writes it (zone dropped). ipaddr.js reads
 * `::127.0.0.1` as IPv4-mapped; the socket, like the URL parser, reads it as
 * the IPv4-compatible `::7f00:1`.
 */
function canonicalIpv6(text: string): string {
  try {
    return new URL(`http://[${text.replace(/%.*$/, '')}]/`).hostname.slice(1, -1);
  } catch {
    return text;
  }
}

/** Why `address` may not be called, or null for a public unicast address. Not an IP at all → a reason too. */
export function addressProblem(address: string): string | null {
  const text = address.startsWith('[') && address.endsWith(']') ? address.slice(1, -1) : address;
  if (!ipaddr.isValid(text)) return 'is not an IP address';
  const ip = ipaddr.parse(text.includes(':') ? canonicalIpv6(text) : text);
  return ip.kind() === 'ipv4' ? ipv4Problem(ip as IPv4) : ipv6Problem(ip as IPv6);
}

/** Names that never mean a public host, answered from the local hosts file or the local network. */
const LOOPBACK_NAMES = new Set(['localhost', 'localhost.localdomain', 'ip6-localhost', 'ip6-loopback']);
const LOCAL_SUFFIXES = ['.local', '.localdomain', '.internal', '.home.arpa'];

function localNameProblem(hostname: string): string | null {
  const h = hostname.toLowerCase().replace(/\.+$/, '');
  if (LOOPBACK_NAMES.has(h) || h.endsWith('.localhost')) return 'a loopback address (local host name)';
  if (h === 'metadata.google.internal') return 'a link-local address (cloud metadata)';
  if (LOCAL_SUFFIXES.some((s) => h.endsWith(s))) return 'a private address (local-network host name)';
  return null;
}

/**
 * Why the host of a parsed URL (`url.hostname`: IPv6 in brackets) may not be
 * called before any DNS answer is known, or null. Names are judged by what
 * they resolve to later (at save time and again when connecting).
 */
export function hostProblem(hostname: string): string | null {
  const literal = hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
  if (ipaddr.isValid(literal)) return addressProblem(literal);
  return localNameProblem(hostname);
}

async function resolveQuietly(policy: UrlPolicy, hostname: string): Promise<string[]> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<string[]>((resolve) => {
    timer = setTimeout(() => resolve([]), RESOLVE_TIMEOUT_MS);
  });
  try {
    // A name that does not resolve yet is accepted: the connect-time check is the one that protects.
    return await Promise.race([policy.resolve(hostname).catch(() => []), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Validates a webhook URL for an environment; returns it normalized, or throws
 * 422 naming the field `url`.
 */
export async function checkWebhookUrl(raw: string, environmentKind: EnvironmentKind, policy: UrlPolicy): Promise<string> {
  if (raw.length > MAX_URL_LENGTH) throw unprocessable(`URL must be at most ${MAX_URL_LENGTH} characters`, POINTER);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw unprocessable('URL is not a valid absolute URL', POINTER);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw unprocessable('URL must use https (or http outside production)', POINTER);
  if (environmentKind === 'production' && url.protocol !== 'https:') throw unprocessable('URL must use https in a production environment', POINTER);
  if (url.username || url.password) throw unprocessable('URL must not contain credentials; use custom-http-headers', POINTER);
  if (url.hash) throw unprocessable('URL must not contain a fragment', POINTER);
  if (policy.allowPrivate) return url.toString();

  const host = url.hostname;
  const problem = hostProblem(host);
  if (problem) throw unprocessable(`URL must not point to ${problem}`, POINTER);
  if (ipaddr.isValid(host.replace(/^\[|\]$/g, ''))) return url.toString();
  for (const address of await resolveQuietly(policy, host)) {
    const resolved = addressProblem(address);
    if (resolved) throw unprocessable(`URL host ${host} resolves to ${resolved}`, POINTER);
  }
  return url.toString();
}
