import { describe, expect, it } from 'vitest';
import { isAppError } from '../../core/errors.js';
import { ACCEPTED, DNS, REFUSED, REFUSED_BY_DNS } from '../../../test/security/ssrf-table.js';
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
    expect(e.code).toBe('UNPROCESSABLE');
    expect(e.details.field).toEqual(['url']);
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

describe('the URL table', () => {
  it('has at least 50 refused forms', () => {
    expect(REFUSED.length + REFUSED_BY_DNS.length).toBeGreaterThanOrEqual(50);
  });

  it.each([...REFUSED, ...REFUSED_BY_DNS])('refuses %s', async (url, reason) => {
    expect(await refusal(url, policy(DNS))).toMatch(reason);
  });

  it.each(ACCEPTED)('accepts %s', async (url) => {
    expect(await refusal(url, policy(DNS))).toBeNull();
  });

  it.each([...REFUSED, ...REFUSED_BY_DNS].filter(([url]) => url.startsWith('http') && !url.includes('@')))('allows %s when private targets are allowed', async (url) => {
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
