/**
 * Webhook URL safety (connect-api.md §6, platform.md §4): production
 * environments need https, and no webhook may reach loopback, link-local
 * (cloud metadata), private, CGNAT, unspecified or otherwise non-public
 * addresses, unless the operator allows private targets. Checked when a URL is
 * set and again at connect time on the resolved address (http-transport.ts),
 * so a name that later resolves elsewhere (DNS rebinding) is still refused.
 */
import ipaddr from 'ipaddr.js';
import { unprocessable } from '../../core/errors.js';
import type { EnvironmentKind } from '../../core/actor.js';
import type { UrlPolicy } from './ports.js';

const POINTER = '/data/attributes/url';
const MAX_URL_LENGTH = 2048;
const RESOLVE_TIMEOUT_MS = 2_000;

/** Why `address` may not be called, or null for a public unicast address. Not an IP at all → a reason too. */
export function addressProblem(address: string): string | null {
  const text = address.startsWith('[') && address.endsWith(']') ? address.slice(1, -1) : address;
  if (!ipaddr.isValid(text)) return 'is not an IP address';
  // IPv4-mapped IPv6 (::ffff:10.0.0.1) is judged as the IPv4 address it carries.
  const ip = ipaddr.process(text);
  const range = ip.range();
  if (range === 'unicast') return null;
  const names: Record<string, string> = {
    loopback: 'a loopback address',
    private: 'a private address',
    uniqueLocal: 'a private address',
    linkLocal: 'a link-local address',
    carrierGradeNat: 'a shared (CGNAT) address',
    unspecified: 'an unspecified address',
    broadcast: 'a broadcast address',
    multicast: 'a multicast address',
  };
  return names[range] ?? `a reserved address (${range})`;
}

/** Host names that always mean this machine, without asking DNS. */
function isLocalName(hostname: string): boolean {
  const h = hostname.toLowerCase().replace(/\.$/, '');
  return h === 'localhost' || h.endsWith('.localhost');
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
 * 422 with the pointer `/data/attributes/url`.
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
  const literal = host.startsWith('[') ? host.slice(1, -1) : host;
  if (ipaddr.isValid(literal)) {
    const problem = addressProblem(literal);
    if (problem) throw unprocessable(`URL must not point to ${problem}`, POINTER);
    return url.toString();
  }
  if (isLocalName(host)) throw unprocessable('URL must not point to a loopback address', POINTER);
  for (const address of await resolveQuietly(policy, host)) {
    const problem = addressProblem(address);
    if (problem) throw unprocessable(`URL host ${host} resolves to ${problem}`, POINTER);
  }
  return url.toString();
}
