/** An IP allowlist (an API key's `ip-address-allowlist`): `*`, exact addresses, or CIDR blocks. */
import { BlockList, isIP, isIPv4 } from 'node:net';

export function ipAllowed(ip: string, allowlist: readonly string[]): boolean {
  if (allowlist.length === 0 || allowlist.includes('*')) return true;
  const address = ip.startsWith('::ffff:') ? ip.slice(7) : ip;
  const list = new BlockList();
  for (const entry of allowlist) {
    const [net, bits] = entry.split('/');
    if (!net) continue;
    const family = isIPv4(net) ? 'ipv4' : 'ipv6';
    if (bits !== undefined) list.addSubnet(net, Number(bits), family);
    else list.addAddress(net, family);
  }
  return list.check(address, isIPv4(address) ? 'ipv4' : 'ipv6');
}

/** Whether `entry` can stand in an allowlist: `*`, an IPv4/IPv6 address, or a CIDR block of one. */
export function isAllowlistEntry(entry: string): boolean {
  if (entry === '*') return true;
  const [net, bits, extra] = entry.split('/');
  if (!net || extra !== undefined) return false;
  const family = isIP(net);
  if (family === 0) return false;
  if (bits === undefined) return true;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128);
}
