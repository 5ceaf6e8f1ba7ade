import { createHmac } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import { generateWebhookSecret } from '../../core/secret-format.js';
import { open, seal, webhookSealingKey } from './secret-box.js';
import { signWebhookPayload } from './signing.js';

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
