import { describe, expect, it } from 'vitest';
import { generateCredential, generateWebhookSecret } from '../credentials/index.js';
import { maskAuthorization, redactHeader, redactKeptBody, redactParams, redactSecrets, redactString } from './redact.js';

const key = generateCredential('tsk_sandbox_');
const pat = generateCredential('tpat_');
const tut = generateCredential('tut_');
const whsec = generateWebhookSecret();

describe('API log redaction', () => {
  it('blanks values under secret-named keys, whatever their inflection', () => {
    const out = redactParams({
      value: 'v',
      secret: { nested: 1 },
      password: 'hunter22',
      token: 't',
      Authorization: 'Bearer x',
      client_secret: 's',
      accessToken: 'a',
      'refresh-token': 'r',
      'api-key': 'k',
      data: { attributes: { name: 'kept', fields: { 'name-first': { type: 'string', value: 'Alex' } } } },
      'share-token-id': 'cnst_kept',
      'expires-in-seconds': 60,
    });
    expect(out).toEqual({
      value: '[REDACTED]',
      secret: '[REDACTED]',
      password: '[REDACTED]',
      token: '[REDACTED]',
      Authorization: '[REDACTED]',
      client_secret: '[REDACTED]',
      accessToken: '[REDACTED]',
      'refresh-token': '[REDACTED]',
      'api-key': '[REDACTED]',
      data: { attributes: { name: 'kept', fields: { 'name-first': { type: 'string', value: '[REDACTED]' } } } },
      'share-token-id': 'cnst_kept',
      'expires-in-seconds': 60,
    });
  });

  it('cuts credential-shaped strings out of any string and any key, glued or truncated', () => {
    const text = `keys ${key}, x_${pat}, ${tut.slice(0, -3)} and ${whsec}; admin tadm_abcdefgh12345678; astra ${Buffer.from(tut).toString('base64')}`;
    const out = redactString(text);
    for (const secret of [key, pat, tut.slice(0, -3), whsec, 'tadm_abcdefgh12345678', Buffer.from(tut).toString('base64')]) {
      expect(out).not.toContain(secret);
    }
    expect(out).toContain('[REDACTED]');
    expect(JSON.stringify(redactParams({ [key]: 1, list: [`a ${key}`] }))).not.toContain(key);
    expect(redactHeader(`agent/1.0 (${key})`)).toBe('agent/1.0 ([REDACTED])');
  });

  it('masks Authorization to its scheme and a credential display prefix', () => {
    expect(maskAuthorization(`Bearer ${key}`)).toBe(`Bearer ${key.slice(0, 16)}****`);
    expect(maskAuthorization('Bearer not-a-key-but-secret')).toBe('Bearer ****');
    expect(maskAuthorization('Basic dXNlcjpwYXNz')).toBe('Basic ****');
    expect(maskAuthorization('rawsecretvalue')).toBe('****');
  });

  it('caps params at 16 KiB and long strings at 4 KiB; non-objects kept under _json', () => {
    const big = redactParams({ blob: 'x'.repeat(10_000) });
    expect(String(big.blob).length).toBeLessThan(4200);
    expect(String(big.blob).endsWith('[TRUNCATED]')).toBe(true);
    const huge = redactParams({ items: Array.from({ length: 10 }, () => 'y'.repeat(3000)) });
    expect(Object.keys(huge)).toEqual(['[TRUNCATED]']);
    expect(JSON.stringify(huge).length).toBeLessThan(200);
    expect(redactParams([1, key])).toEqual({ _json: [1, '[REDACTED]'] });
    expect(redactParams(undefined)).toEqual({});
  });

  it('keeps a response body shape while blanking its secrets (idempotent replays)', () => {
    const body = { data: { attributes: { name: 'k', value: key, secrets: [{ value: whsec, 'expires-at': '2026-01-01T00:00:00.000Z' }], count: 2 } } };
    expect(redactSecrets(body)).toEqual({
      data: { attributes: { name: 'k', value: '[REDACTED]', secrets: [{ value: '[REDACTED]', 'expires-at': '2026-01-01T00:00:00.000Z' }], count: 2 } },
    });
  });

  it('cuts JWTs out of any string, and leaves other dotted base64 alone', () => {
    const jwt = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjMiLCJvcmciOiI0NTYifQ.2Kx9dRk3oPqv6a4qZb1Yl0Jx5n8Wc7Tt3sMhEfGuVwA';
    expect(redactString(`session ${jwt}; next`)).toBe('session [REDACTED]; next');
    expect(redactString('eyJub3QiOiJhIGp3dCJ9 and a.b.c')).toBe('eyJub3QiOiJhIGp3dCJ9 and a.b.c');
  });

  it('keeps a stored response body without its secrets: every credential always, secret-named keys when marked', () => {
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJlc2lnbmF0dXJlc2ln';
    const marked = JSON.stringify({ id: 'k1', value: 'opaque-secret', token: Buffer.from(tut).toString('base64'), accessToken: jwt, note: `see ${pat}` });
    expect(JSON.parse(redactKeptBody(marked, true))).toEqual({ id: 'k1', value: '[REDACTED]', token: '[REDACTED]', accessToken: '[REDACTED]', note: 'see [REDACTED]' });
    // Not marked: the shape and every ordinary value stay (an inquiry's field `value` is data), credentials go.
    const plain = JSON.stringify({ fields: { 'name-first': { type: 'string', value: 'Alex' } }, 'reference-id': `x ${key} ${jwt}` });
    expect(JSON.parse(redactKeptBody(plain, false))).toEqual({ fields: { 'name-first': { type: 'string', value: 'Alex' } }, 'reference-id': 'x [REDACTED] [REDACTED]' });
    // A marked body that is not JSON cannot be searched by key: nothing of it is kept.
    expect(redactKeptBody('secret: opaque', true)).toBe('');
    expect(redactKeptBody('', false)).toBe('');
  });
});
