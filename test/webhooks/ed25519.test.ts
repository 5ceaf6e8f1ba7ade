/**
 * Standard Webhooks `v1a` (issue 14): a webhook with `signing-algorithm:
 * ed25519` shows its public key (`whpk_…`) to every reader and never its
 * private key; its deliveries carry `webhook-signature: v1a,<base64>` over
 * `<webhook-id>.<webhook-timestamp>.<body>`, which node:crypto verifies from
 * the public key alone (decoded here, not by Tessera's code), and no
 * Persona-Signature. A rotation overlaps like HMAC secrets (two `v1a`
 * entries); switching the algorithm overlaps the old key's scheme too.
 */
import { createPublicKey, verify } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeId } from '../../src/core/ids.js';
import { must, send, type Body } from '../fixtures/connect-objects.js';
import { createApiKey, createOrg, createTestApp, type TestApp, type TestOrg } from '../harness.js';
import { waitFor } from '../process/cli.js';
import { createHook, newInquiry } from './helpers.js';
import { Receiver, type Received } from './receiver.js';

let t: TestApp;
let org: TestOrg;
let receiver: Receiver;

beforeAll(async () => {
  t = await createTestApp({ env: { TESSERA_RATE_LIMIT_PER_MINUTE: '100000', TESSERA_WEBHOOK_ALLOW_PRIVATE: 'true', TESSERA_JOB_POLL_MS: '20' } });
  t.worker.start();
  org = await createOrg(t);
  receiver = await Receiver.start();
});

afterAll(async () => {
  await t.worker.stop();
});

/** What a receiver does with nothing but the `whpk_` string: decode it and verify each `v1a` entry. */
function verifiedByPublicKey(r: Received, publicKey: string): boolean {
  expect(publicKey).toMatch(/^whpk_[A-Za-z0-9+/]{43}=$/);
  const raw = Buffer.from(publicKey.slice('whpk_'.length), 'base64');
  expect(raw).toHaveLength(32);
  // SubjectPublicKeyInfo of an Ed25519 key: a fixed 12-byte header, then the raw key (RFC 8410).
  const key = createPublicKey({ key: Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), raw]), format: 'der', type: 'spki' });
  const signed = Buffer.from(`${String(r.headers['webhook-id'])}.${String(r.headers['webhook-timestamp'])}.${r.body}`);
  return String(r.headers['webhook-signature'])
    .split(' ')
    .some((entry) => entry.startsWith('v1a,') && verify(null, signed, key, Buffer.from(entry.slice('v1a,'.length), 'base64')));
}

/** The next delivery of an inquiry created now to `path`. */
async function deliveryOfNewInquiry(path: string): Promise<Received> {
  const inquiry = await newInquiry(t, org);
  return waitFor(`the delivery of ${inquiry.id}`, () =>
    receiver.received.find((r) => r.path === path && (JSON.parse(r.body) as Body).data.attributes.payload.data.id === inquiry.id),
  );
}

describe('an Ed25519 webhook', () => {
  it('shows its public key, keeps the private key sealed, and signs v1a that verifies from the public key alone, also during a rotation overlap', async () => {
    const hook = await createHook(t, org, { url: `${receiver.url}/ed25519`, 'signing-algorithm': 'ed25519' });
    const a = hook.data.attributes;
    expect(a['signing-algorithm']).toBe('ed25519');
    expect(a['public-key']).toMatch(/^whpk_[A-Za-z0-9+/]{43}=$/);
    expect(a['public-keys']).toEqual([{ value: a['public-key'], 'expires-at': null }]);
    // No shared secret at all, and never the private key.
    expect(a.secret).toBeNull();
    expect(a.secrets).toEqual([]);
    expect(JSON.stringify(hook.data)).not.toMatch(/whsk_|whsec_/);
    const publicKey = a['public-key'] as string;

    // At rest: the private key only sealed, the public key beside it.
    const rows = await t.deps.db.selectFrom('webhook_secrets').selectAll().where('webhook_id', '=', decodeId('wbh', hook.id)!).execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.public_key).toBe(publicKey);
    expect(rows[0]!.sealed).toMatch(/^v1\./);
    expect(rows[0]!.sealed).not.toContain('whsk_');

    // A read-only key sees the public key (it forges nothing), never a secret.
    const reader = await createApiKey(t, org.sandboxId, { permissions: ['webhook.read'] });
    const read = must(await send(t, reader.value, 'GET', `/webhooks/${hook.id}`), 200, 'GET as reader').data.attributes;
    expect(read['public-key']).toBe(publicKey);
    expect(read).not.toHaveProperty('secrets');

    receiver.publicKeys.push(publicKey);
    const first = await deliveryOfNewInquiry('/hooks/ed25519');
    expect(first.headers['persona-signature']).toBeUndefined();
    expect(String(first.headers['webhook-signature'])).toMatch(/^v1a,[A-Za-z0-9+/]{86}==$/);
    expect(verifiedByPublicKey(first, publicKey)).toBe(true);
    expect(first.problems).toEqual([]);
    // The body as received is what is signed: one byte more and it no longer verifies.
    expect(verifiedByPublicKey({ ...first, body: first.body + ' ' }, publicKey)).toBe(false);

    // Rotation: a new key pair; the old public key keeps verifying during the overlap.
    const rotated = must(await send(t, org.apiKey, 'POST', `/webhooks/${hook.id}/rotate-secret`, { body: { meta: { 'expires-in-seconds': 3600 } } }), 200, 'rotate').data
      .attributes;
    const newKey = rotated['public-key'] as string;
    expect(newKey).not.toBe(publicKey);
    expect(rotated['public-keys'].map((k: { value: string }) => k.value)).toEqual([newKey, publicKey]);
    expect(rotated['public-keys'][1]['expires-at']).not.toBeNull();
    expect(rotated.secrets).toEqual([]);
    receiver.publicKeys.push(newKey);

    const during = await deliveryOfNewInquiry('/hooks/ed25519');
    expect(String(during.headers['webhook-signature']).split(' ')).toHaveLength(2);
    expect(verifiedByPublicKey(during, newKey)).toBe(true);
    expect(verifiedByPublicKey(during, publicKey)).toBe(true);
    expect(during.headers['persona-signature']).toBeUndefined();
    expect(during.problems).toEqual([]);

    // Rotating again with no overlap: only the newest key signs.
    const again = must(await send(t, org.apiKey, 'POST', `/webhooks/${hook.id}/rotate-secret`, { body: { meta: { 'expires-in-seconds': 0 } } }), 200, 'rotate').data
      .attributes;
    const newest = again['public-key'] as string;
    expect(again['public-keys']).toEqual([{ value: newest, 'expires-at': null }]);
    receiver.publicKeys.push(newest);
    const after = await deliveryOfNewInquiry('/hooks/ed25519');
    expect(String(after.headers['webhook-signature']).split(' ')).toHaveLength(1);
    expect(verifiedByPublicKey(after, newest)).toBe(true);
    expect(verifiedByPublicKey(after, newKey)).toBe(false);
  });

  it('switches algorithm by PATCH with an overlap in which each key signs in its own scheme', async () => {
    const hook = await createHook(t, org, { url: `${receiver.url}/switch` });
    // An HMAC webhook is Persona's resource exactly: no extension attributes.
    expect(hook.data.attributes).not.toHaveProperty('signing-algorithm');
    expect(hook.data.attributes).not.toHaveProperty('public-key');
    expect(hook.secret).toMatch(/^whsec_/);
    receiver.secrets.push(hook.secret);

    const patched = must(
      await send(t, org.apiKey, 'PATCH', `/webhooks/${hook.id}`, { body: { data: { attributes: { 'signing-algorithm': 'ed25519' } } } }),
      200,
      'PATCH signing-algorithm',
    ).data.attributes;
    expect(patched['signing-algorithm']).toBe('ed25519');
    const publicKey = patched['public-key'] as string;
    expect(publicKey).toMatch(/^whpk_/);
    receiver.publicKeys.push(publicKey);

    // The old HMAC secret is in its overlap: shown with its end, no longer the current `secret`.
    const full = must(await send(t, org.apiKey, 'GET', `/webhooks/${hook.id}`), 200, 'GET').data.attributes;
    expect(full.secret).toBeNull();
    expect(full.secrets).toHaveLength(1);
    expect(full.secrets[0].value).toBe(hook.secret);
    expect(full.secrets[0]['expires-at']).not.toBeNull();

    const r = await deliveryOfNewInquiry('/hooks/switch');
    const entries = String(r.headers['webhook-signature']).split(' ');
    expect(entries.map((e) => e.slice(0, e.indexOf(',')))).toEqual(['v1a', 'v1']);
    expect(verifiedByPublicKey(r, publicKey)).toBe(true);
    expect(r.standardVerifiedBy).toEqual([hook.secret]);
    expect(r.personaVerifiedBy).toEqual([hook.secret]);
    expect(r.problems).toEqual([]);

    expect((await send(t, org.apiKey, 'PATCH', `/webhooks/${hook.id}`, { body: { data: { attributes: { 'signing-algorithm': 'rsa' } } } })).statusCode).toBe(400);
  });
});
