/** `ip-address-allowlist` of an API key: `*`, exact addresses, or IPv4 CIDR blocks. */
import { BlockList, isIPv4 } from 'node:net';

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
