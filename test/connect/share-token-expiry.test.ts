import { beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/core/clock.js';
import { connect, createTestApp, type TestApp } from '../harness.js';
import { createShareToken, createSharing, makeInquiry, type Sharing } from '../fixtures/sharing.js';

const clock = manualClock(new Date('2026-01-01T00:00:00.000Z'));
let t: TestApp;
let s: Sharing;
let inquiryId: string;

beforeAll(async () => {
  t = await createTestApp({ clock });
  s = await createSharing(t);
  inquiryId = (await makeInquiry(t, s.source)).id;
});

const names = async (key: string, id: string) =>
  (await connect(t, key, { method: 'GET', url: `/events?filter[object-id]=${id}` })).json().data.map((e: { attributes: { name: string } }) => e.attributes.name);

describe('share token expiry', () => {
  it('reads expired past expires-at, refuses redemption, and the sweep emits both *-expired once', async () => {
    const created = (await createShareToken(t, s, inquiryId, { 'expires-in-seconds': 60 })).json().data;
    clock.advance(61_000);

    const read = (await connect(t, s.destination.apiKey, { method: 'GET', url: `/connect/share-tokens/${created.id}` })).json().data.attributes;
    expect(read.status).toBe('expired');
    expect(read['updated-at']).toBe(created.attributes['expires-at']);

    const redeem = await connect(t, s.destination.apiKey, { method: 'POST', url: `/connect/share-tokens/${created.id}/redeem` });
    expect(redeem.statusCode).toBe(422);
    const listed = await connect(t, s.source.apiKey, { method: 'GET', url: '/connect/share-tokens?filter[status]=expired' });
    expect(listed.json().data.map((d: { id: string }) => d.id)).toContain(created.id);

    // No events yet: expiry is only stored by the sweep.
    expect(await names(s.source.apiKey, created.id)).toEqual(['connect/share-token.outbound-created']);
    await t.deps.store.jobs.enqueue([{ kind: 'share-token.expire-sweep', payload: {} }], clock.now());
    await t.worker.drain();
    await t.deps.store.jobs.enqueue([{ kind: 'share-token.expire-sweep', payload: {} }], clock.now());
    await t.worker.drain();
    expect(await names(s.source.apiKey, created.id)).toEqual(['connect/share-token.outbound-expired', 'connect/share-token.outbound-created']);
    expect(await names(s.destination.apiKey, created.id)).toEqual(['connect/share-token.inbound-expired', 'connect/share-token.inbound-created']);
    const row = await t.deps.db.selectFrom('share_tokens').select(['status', 'updated_at', 'expires_at']).executeTakeFirstOrThrow();
    expect(row.status).toBe('expired');
    expect(row.updated_at.toISOString()).toBe(row.expires_at.toISOString());
  });

  it('leaves tokens that are not yet due alone', async () => {
    const created = (await createShareToken(t, s, inquiryId)).json().data;
    await t.deps.store.jobs.enqueue([{ kind: 'share-token.expire-sweep', payload: {} }], clock.now());
    await t.worker.drain();
    const read = (await connect(t, s.source.apiKey, { method: 'GET', url: `/connect/share-tokens/${created.id}` })).json().data.attributes;
    expect(read.status).toBe('created');
  });
});
