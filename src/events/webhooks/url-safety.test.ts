import { describe, expect, it } from 'vitest';
import { isAppError } from '../../core/errors.js';
import { addressProblem, checkWebhookUrl } from './url-safety.js';

const policy = (addresses: Record<string, string[]> = {}, allowPrivate = false) => ({
  allowPrivate,
  resolve: async (host: string) => {
    const found = addresses[host];
    if (!found) throw Object.assign(new Error('not found'), { code: 'ENOTFOUND' });
    return found;
  },
});

async function refusal(url: string, p = policy(), kind: 'sandbox' | 'production' = 'sandbox'): Promise<string | null> {
  try {
    await checkWebhookUrl(url, kind, p);
    return null;
  } catch (e) {
    if (!isAppError(e)) throw e;
    expect(e.status).toBe(422);
    expect(e.details.pointer).toBe('/data/attributes/url');
    return e.message;
  }
}

describe('addressProblem', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.9.9.9', 'loopback'],
    ['10.0.0.1', 'private'],
    ['172.16.5.4', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'link-local'],
    ['100.64.0.1', 'CGNAT'],
    ['0.0.0.0', 'unspecified'],
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['fe80::1', 'link-local'],
    ['fd00:ec2::254', 'private'],
    ['fc00::1', 'private'],
    ['::ffff:10.0.0.1', 'private'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['224.0.0.1', 'multicast'],
    ['255.255.255.255', 'broadcast'],
  ])('refuses %s (%s)', (address, kind) => {
    expect(addressProblem(address)).toContain(kind);
  });

  it.each(['93.184.215.14', '8.8.8.8', '2606:4700:4700::1111'])('accepts the public address %s', (address) => {
    expect(addressProblem(address)).toBeNull();
  });
});

/** What the table's host names resolve to: a fake DNS, so no test asks the network. */
const DNS: Record<string, string[]> = {
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
 * with the reason it must give. The IPv6 forms carry an IPv4 address: the
 * refusal names what that address is.
 */
const REFUSED: Array<[string, RegExp]> = [
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
  // names whose DNS answers are not public (one bad answer is enough)
  ['https://rebind.example/', /resolves to a private address/],
  ['https://mapped.example/', /resolves to a loopback address/],
  ['https://compat.example/', /resolves to a loopback address/],
  ['https://metadata-alias.example/', /resolves to a link-local address/],
  ['https://127.0.0.1.nip.io/', /resolves to a loopback address/],
  ['https://ula.example/', /resolves to a private/],
  // userinfo tricks and other schemes
  ['http://evil@127.0.0.1/', /credentials/],
  ['http://hooks.example@127.0.0.1/', /credentials/],
  ['http://127.0.0.1%2f@hooks.example/', /credentials/],
  ['http://user:pass@hooks.example/', /credentials/],
  ['file:///etc/passwd', /https/],
  ['gopher://127.0.0.1:6379/_INFO', /https/],
];

const ACCEPTED = [
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

describe('the URL table', () => {
  it('has at least 50 refused forms', () => {
    expect(REFUSED.length).toBeGreaterThanOrEqual(50);
  });

  it.each(REFUSED)('refuses %s', async (url, reason) => {
    expect(await refusal(url, policy(DNS))).toMatch(reason);
  });

  it.each(ACCEPTED)('accepts %s', async (url) => {
    expect(await refusal(url, policy(DNS))).toBeNull();
  });

  it.each(REFUSED.filter(([url]) => url.startsWith('http://') && !url.includes('@')))('allows %s when private targets are allowed', async (url) => {
    expect(await refusal(url, policy(DNS, true))).toBeNull();
  });
});

describe('checkWebhookUrl', () => {
  it('refuses private, loopback, link-local and metadata targets, as literals, names or resolved names', async () => {
    for (const url of [
      'http://127.0.0.1/x',
      'http://10.0.0.1/x',
      'http://169.254.169.254/latest/meta-data',
      'http://[::1]:8080/x',
      'http://[::ffff:a00:1]/x',
      'http://2130706433/x', // 127.0.0.1 written as one number
      'http://0x7f.1/x',
      'http://localhost:3000/x',
      'http://api.localhost/x',
    ]) {
      expect(await refusal(url), url).not.toBeNull();
    }
    expect(await refusal('https://rebind.example/x', policy({ 'rebind.example': ['93.184.215.14', '10.1.2.3'] }))).toMatch(/resolves to a private address/);
  });

  it('accepts public targets and names that do not resolve yet (the connect-time check decides)', async () => {
    expect(await refusal('https://hooks.example/x', policy({ 'hooks.example': ['93.184.215.14'] }))).toBeNull();
    expect(await refusal('https://unknown.invalid/x')).toBeNull();
    expect(await refusal('https://93.184.215.14/x')).toBeNull();
  });

  it('allows private targets only when the operator does', async () => {
    expect(await refusal('http://127.0.0.1:9000/x', policy({}, true))).toBeNull();
    expect(await refusal('http://localhost:9000/x', policy({}, true))).toBeNull();
  });

  it('requires https in production, and a well-formed URL without credentials or fragment everywhere', async () => {
    expect(await refusal('http://hooks.invalid/x', policy(), 'production')).toMatch(/https/);
    expect(await refusal('https://hooks.invalid/x', policy(), 'production')).toBeNull();
    expect(await refusal('http://hooks.invalid/x', policy(), 'sandbox')).toBeNull();
    expect(await refusal('hooks.invalid/x')).not.toBeNull();
    expect(await refusal('file:///etc/passwd')).not.toBeNull();
    expect(await refusal('https://u:p@hooks.invalid/x')).not.toBeNull();
    expect(await refusal('https://hooks.invalid/x#frag')).not.toBeNull();
  });
});
