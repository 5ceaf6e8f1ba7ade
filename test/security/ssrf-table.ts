/**
 * The SSRF table (issue 11 §7): webhook URL forms that must be refused, with
 * the reason the refusal gives, and public ones that must pass. Run against
 * checkWebhookUrl by src/events/webhooks/url-safety.test.ts and through the
 * HTTP API by ssrf.test.ts (part of `npm run test:security`).
 */

/** What the table's host names resolve to: a fake DNS, so no test asks the network. */
export const DNS: Record<string, string[]> = {
  'hooks.example': ['93.184.215.14'],
  'v6.example': ['2606:4700:4700::1111'],
  'rebind.example': ['93.184.215.14', '10.1.2.3'],
  'mapped.example': ['::ffff:127.0.0.1'],
  'compat.example': ['::7f00:1'],
  'metadata-alias.example': ['169.254.169.254'],
  '127.0.0.1.nip.io': ['127.0.0.1'],
  'ula.example': ['2606:4700:4700::1111', 'fd00::1'],
};

/**
 * Every spelling of a non-public target the check must refuse (issue 11 §7),
 * with the reason it must give, all refused before any DNS question. The IPv6
 * forms carry an IPv4 address: the refusal names what that address is.
 */
export const REFUSED: Array<[string, RegExp]> = [
  // IPv4 loopback, every way WHATWG URL and inet_aton spell it
  ['http://127.0.0.1/', /loopback/],
  ['http://127.255.255.254/', /loopback/],
  ['http://2130706433/', /loopback/],
  ['http://0177.0.0.1/', /loopback/],
  ['http://0x7f.1/', /loopback/],
  ['http://0x7f000001/', /loopback/],
  ['http://017700000001/', /loopback/],
  ['http://0x7f.0x0.0x0.0x1/', /loopback/],
  ['http://127.1/', /loopback/],
  ['http://127.0.1/', /loopback/],
  ['http://127.0.0.1./', /loopback/],
  ['http://%31%32%37.0.0.1/', /loopback/],
  ['http://\uff11\uff12\uff17.\uff10.\uff10.\uff11/', /loopback/],
  ['http://\u2460\u2461\u2466.0.0.1/', /loopback/],
  ['http://127.0.0.1:80\\@hooks.example/', /loopback/],
  // IPv6 loopback and the IPv6 forms that carry 127.0.0.1
  ['http://[::1]/', /loopback/],
  ['http://[0:0:0:0:0:0:0:1]/', /loopback/],
  ['http://[::ffff:127.0.0.1]/', /loopback.*IPv4-mapped/],
  ['http://[::ffff:7f00:1]:8080/', /loopback.*IPv4-mapped/],
  ['http://[::127.0.0.1]/', /loopback.*IPv4-compatible/],
  ['http://[::7f00:1]/', /loopback.*IPv4-compatible/],
  ['http://[::ffff:0:7f00:1]/', /loopback.*IPv4-translated/],
  ['http://[64:ff9b::127.0.0.1]/', /loopback.*NAT64/],
  ['http://[64:ff9b::7f00:1]/', /loopback.*NAT64/],
  ['http://[2002:7f00:1::]/', /loopback.*6to4/],
  ['http://[2001:0:4136:e378:8000:63bf:80ff:fffe]/', /loopback.*Teredo/],
  // names of this machine and of local networks
  ['http://localhost/', /loopback/],
  ['http://LOCALHOST./', /loopback/],
  ['http://api.localhost/', /loopback/],
  ['http://localhost.localdomain/', /loopback/],
  ['http://printer.local/', /private/],
  ['http://db.internal/', /private/],
  // private (RFC 1918) and unique-local
  ['http://10.0.0.1/', /private/],
  ['http://10.255.255.255/', /private/],
  ['http://172.16.0.1/', /private/],
  ['http://172.31.255.255/', /private/],
  ['http://192.168.0.1/', /private/],
  ['http://3232235521/', /private/],
  ['http://[::ffff:10.0.0.1]/', /private.*IPv4-mapped/],
  ['http://[::a00:1]/', /private.*IPv4-compatible/],
  ['http://[2002:c0a8:1::]/', /private.*6to4/],
  ['http://[64:ff9b::c0a8:1]/', /private.*NAT64/],
  ['http://[fc00::1]/', /private/],
  ['http://[fd12:3456:789a::1]/', /private/],
  ['http://[fec0::1]/', /private/],
  // link-local and cloud metadata
  ['http://169.254.169.254/latest/meta-data/', /link-local.*metadata/],
  ['http://169.254.169.254./', /link-local/],
  ['http://2852039166/', /link-local/],
  ['http://0xa9.0xfe.0xa9.0xfe/', /link-local/],
  ['http://[::ffff:169.254.169.254]/', /link-local.*IPv4-mapped/],
  ['http://[::a9fe:a9fe]/', /link-local.*IPv4-compatible/],
  ['http://[fe80::1]/', /link-local/],
  ['http://[fd00:ec2::254]/', /metadata/],
  ['http://100.100.100.200/', /metadata/],
  ['http://168.63.129.16/', /metadata/],
  ['http://169.254.170.2/v2/credentials', /metadata/],
  ['http://metadata.google.internal/computeMetadata/v1/', /metadata/],
  // CGNAT, unspecified, multicast, broadcast, reserved and benchmarking
  ['http://100.64.0.1/', /CGNAT/],
  ['http://100.127.255.255/', /CGNAT/],
  ['http://0.0.0.0/', /unspecified/],
  ['http://0/', /unspecified/],
  ['http://[::]/', /unspecified/],
  ['http://224.0.0.1/', /multicast/],
  ['http://239.255.255.250/', /multicast/],
  ['http://[ff02::1]/', /multicast/],
  ['http://255.255.255.255/', /broadcast/],
  ['http://198.18.0.1/', /reserved/],
  ['http://192.0.2.1/', /reserved/],
  ['http://240.0.0.1/', /reserved/],
  ['http://[2001:db8::1]/', /reserved/],
  ['http://[2001:2::1]/', /reserved address \(benchmarking\)/],
  ['http://[100::1]/', /reserved/],
  ['http://[64:ff9b:1::a00:1]/', /reserved/],
  ['http://[2002:808:808::]/', /reserved address \(6to4\)/],
  ['http://[::8.8.8.8]/', /reserved address \(IPv4-compatible\)/],
  // userinfo tricks and other schemes
  ['http://evil@127.0.0.1/', /credentials/],
  ['http://hooks.example@127.0.0.1/', /credentials/],
  ['http://127.0.0.1%2f@hooks.example/', /credentials/],
  ['http://user:pass@hooks.example/', /credentials/],
  ['file:///etc/passwd', /https/],
  ['gopher://127.0.0.1:6379/_INFO', /https/],
];

/** Names refused for what DNS answers for them. */
export const REFUSED_BY_DNS: Array<[string, RegExp]> = [
  // One bad answer among public ones is enough: the socket could pick either.
  ['https://rebind.example/', /resolves to a private address/],
  ['https://mapped.example/', /resolves to a loopback address/],
  ['https://compat.example/', /resolves to a loopback address/],
  ['https://metadata-alias.example/', /resolves to a link-local address/],
  ['https://127.0.0.1.nip.io/', /resolves to a loopback address/],
  ['https://ula.example/', /resolves to a private/],
];

/** Public targets (names answered by DNS above). */
export const ACCEPTED = [
  'https://93.184.215.14/hook',
  'http://8.8.8.8/hook',
  'http://[2606:4700:4700::1111]/hook',
  'http://[::ffff:8.8.8.8]/hook',
  'http://[64:ff9b::808:808]/hook',
  'https://hooks.example/hook',
  'https://v6.example/hook',
  'https://hooks.example./hook',
  // The backslash ends the host in a special URL: this goes to hooks.example, path /@127.0.0.1.
  'http://hooks.example\\@127.0.0.1/',
];
