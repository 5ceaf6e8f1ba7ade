import { createHmac, createPublicKey, verify } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import { generateWebhookSecret } from '../../core/secret-format.js';
import { open, seal, webhookSealingKey } from './secret-box.js';
import { generateEd25519SigningKey, signWebhookPayload } from './signing.js';

describe('signWebhookPayload', () => {
  const body = JSON.stringify({ data: { type: 'event', id: 'evt_1', attributes: { name: 'inquiry.created' } } });
  const timestamp = Math.floor(Date.now() / 1000);

  it('signs Standard Webhooks headers that the standardwebhooks package verifies, one signature per secret', () => {
    const [a, b] = [generateWebhookSecret(), generateWebhookSecret()];
    const headers = signWebhookPayload({ body, messageId: 'dlv_123', timestamp, secrets: [a, b] });
    expect(headers['webhook-id']).toBe('dlv_123');
    expect(headers['webhook-timestamp']).toBe(String(timestamp));
    expect(headers['webhook-signature']!.split(' ')).toHaveLength(2);
    for (const secret of [a, b]) expect(new Webhook(secret).verify(body, headers)).toEqual(JSON.parse(body));
    expect(() => new Webhook(generateWebhookSecret()).verify(body, headers)).toThrow();
    expect(() => new Webhook(a).verify(body + ' ', headers)).toThrow();
  });

  it('signs Persona-Signature as t=…,v1=hex HMAC(whole secret, "t.body"), one set per secret', () => {
    const [a, b] = [generateWebhookSecret(), generateWebhookSecret()];
    const header = signWebhookPayload({ body, messageId: 'dlv_123', timestamp, secrets: [a, b] })['Persona-Signature']!;
    const expected = [a, b].map((s) => `t=${timestamp},v1=${createHmac('sha256', s).update(`${timestamp}.${body}`).digest('hex')}`);
    expect(header).toBe(expected.join(' '));
  });
});

describe('Ed25519 (Standard Webhooks v1a)', () => {
  const body = '{"data":{"type":"event"}}';
  const timestamp = Math.floor(Date.now() / 1000);
  const publicKeyOf = (whpk: string) =>
    createPublicKey({ format: 'jwk', key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(whpk.slice('whpk_'.length), 'base64').toString('base64url') } });

  it('serializes key pairs as whsk_ (seed and public key, 64 bytes) and whpk_ (32 bytes)', () => {
    const { secret, publicKey } = generateEd25519SigningKey();
    expect(Buffer.from(secret.slice('whsk_'.length), 'base64')).toHaveLength(64);
    expect(Buffer.from(publicKey.slice('whpk_'.length), 'base64')).toHaveLength(32);
    expect(Buffer.from(secret.slice('whsk_'.length), 'base64').subarray(32).toString('base64')).toBe(publicKey.slice('whpk_'.length));
  });

  it('signs v1a per whsk_ key and v1 per whsec_ secret, in order; Persona-Signature only from HMAC secrets', () => {
    const [a, b] = [generateEd25519SigningKey(), generateEd25519SigningKey()];
    const hmac = generateWebhookSecret();
    const only = signWebhookPayload({ body, messageId: 'dlv_1', timestamp, secrets: [a.secret, b.secret] });
    expect(only).not.toHaveProperty('Persona-Signature');
    const entries = only['webhook-signature']!.split(' ');
    expect(entries).toHaveLength(2);
    const content = Buffer.from(`dlv_1.${timestamp}.${body}`);
    expect(verify(null, content, publicKeyOf(a.publicKey), Buffer.from(entries[0]!.slice(4), 'base64'))).toBe(true);
    expect(verify(null, content, publicKeyOf(b.publicKey), Buffer.from(entries[1]!.slice(4), 'base64'))).toBe(true);
    expect(verify(null, content, publicKeyOf(b.publicKey), Buffer.from(entries[0]!.slice(4), 'base64'))).toBe(false);

    const mixed = signWebhookPayload({ body, messageId: 'dlv_1', timestamp, secrets: [a.secret, hmac] });
    expect(mixed['webhook-signature']!.split(' ').map((e) => e.split(',')[0])).toEqual(['v1a', 'v1']);
    expect(mixed['Persona-Signature']!.split(' ')).toHaveLength(1);
    expect(new Webhook(hmac).verify(body, mixed)).toEqual(JSON.parse(body));
  });
});

describe('secret box', () => {
  it('round-trips, uses a fresh nonce each time, and refuses another key or altered text', () => {
    const key = webhookSealingKey(Buffer.from('a server secret of at least 32 characters'));
    const other = webhookSealingKey(Buffer.from('another server secret of 32 characters'));
    const secret = generateWebhookSecret();
    const sealed = seal(key, secret);
    expect(sealed).not.toContain(secret.slice(6));
    expect(seal(key, secret)).not.toBe(sealed);
    expect(open(key, sealed)).toBe(secret);
    expect(() => open(other, sealed)).toThrow();
    const parts = sealed.split('.');
    parts[3] = Buffer.from('tampered').toString('base64url');
    expect(() => open(key, parts.join('.'))).toThrow();
  });
});
