/**
 * Stored events carry the shape version of their snapshot, so a presenter can
 * read rows written before a domain type changed; rows from before versions
 * existed read as version 1 and still render.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SNAPSHOT_VERSION } from '../../src/events/index.js';
import { connect, createOrg, createTestApp, type TestApp, type TestOrg } from '../harness.js';

let t: TestApp;
let org: TestOrg;
let db: pg.Client;

beforeAll(async () => {
  t = await createTestApp();
  org = await createOrg(t);
  db = new pg.Client({ connectionString: t.databaseUrl });
  await db.connect();
});
afterAll(async () => db.end());

describe('event snapshots', () => {
  it('are stored with their shape version', async () => {
    const res = await connect(t, org.apiKey, { method: 'POST', url: '/inquiries', payload: { data: { attributes: {} } } });
    expect(res.statusCode).toBe(201);
    const { rows } = await db.query<{ payload: { version?: number; objectType: string } }>(
      `SELECT payload FROM events WHERE name = 'inquiry.created' ORDER BY created_at DESC LIMIT 1`,
    );
    expect(rows[0]!.payload).toMatchObject({ version: SNAPSHOT_VERSION, objectType: 'inquiry' });
  });

  it('without a version (written before versions) still render as version 1', async () => {
    await db.query(`UPDATE events SET payload = payload - 'version' WHERE name = 'inquiry.created'`);
    const res = await connect(t, org.apiKey, { method: 'GET', url: '/events?filter%5Bname%5D=inquiry.created' });
    expect(res.statusCode).toBe(200);
    const [event] = res.json().data;
    expect(event.attributes.payload.data).toMatchObject({ type: 'inquiry', attributes: { status: 'created' } });
  });
});

describe('event presenters', () => {
  it('cover every object type an event can carry', async () => {
    const { SNAPSHOT_PRESENTERS } = await import('../../src/surfaces/connect/presenters/index.js');
    const types = ['share-token', 'connection', 'inquiry', 'verification', 'account', 'transaction', 'api-key', 'webhook', 'workflow-run', 'personal-access-token', 'api-token'];
    expect(Object.keys(SNAPSHOT_PRESENTERS).sort()).toEqual(types.sort());
  });

  it('refuse a snapshot newer than the server reads, rather than render it empty', async () => {
    await db.query(`UPDATE events SET payload = jsonb_set(payload, '{version}', '99') WHERE name = 'inquiry.created'`);
    const res = await connect(t, org.apiKey, { method: 'GET', url: '/events?filter%5Bname%5D=inquiry.created' });
    expect(res.statusCode).toBe(500);
    await db.query(`UPDATE events SET payload = jsonb_set(payload, '{version}', '1') WHERE name = 'inquiry.created'`);
  });
});
