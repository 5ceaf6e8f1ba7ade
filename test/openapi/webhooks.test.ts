/**
 * The `webhooks` of /openapi.json (issue 12): every event a webhook can
 * subscribe to is documented, and real deliveries — caught by a receiver on
 * 127.0.0.1 from a running worker — match what the document says: the body
 * validates against the schema of its event (Ajv 2020, read from the document
 * as a client downloads it), the documented headers are there with the
 * documented values, and each signature verifies when recomputed from the
 * recipe the document gives (`x-tessera-signature`: key, signed content,
 * value format), also with two live secrets after a rotation, and the `v1a`
 * signature of an Ed25519 webhook from its public key and its recipe
 * (`x-tessera-signature-v1a`).
 */
import { createHmac, createPublicKey, timingSafeEqual, verify } from 'node:crypto';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVENT_NAMES } from '../../src/events/index.js';
import {
  completeInquiry,
  createActiveConnection,
  createCompletedInquiry,
  createShareToken,
  createWorkflowRun,
  must,
  send,
  type Body,
} from '../fixtures/connect-objects.js';
import { createIdentityOrg, createPat, createUat, v3 } from '../fixtures/identity.js';
import { createApiKey, createOrg, createTestApp, type TestApp, type TestOrg } from '../harness.js';
import { waitFor } from '../process/cli.js';
import { createHook, newInquiry, type Hook } from '../webhooks/helpers.js';
import { Receiver, type Received } from '../webhooks/receiver.js';

type Json = Record<string, unknown>;
interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema: Json;
  'x-tessera-signature'?: Recipe;
  'x-tessera-signature-v1a'?: Recipe;
}
interface Recipe {
  algorithm: string;
  key: string;
  signed: string;
  value: string;
  separator: string;
}
interface Operation {
  parameters: Array<Parameter | { $ref: string }>;
  requestBody: { required: boolean; content: Record<string, { schema: Json }> };
  responses: Record<string, { $ref: string }>;
  tags: string[];
}
interface Doc {
  webhooks: Record<string, { post: Operation }>;
  components: { parameters: Record<string, Parameter>; responses: Record<string, { description: string }> };
}

const DOC_ID = 'tessera-openapi.json';
const pointer = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

let t: TestApp;
let doc: Doc;
let receiver: Receiver;
let source: TestOrg;
let destination: TestOrg;
const hooks: Record<'source' | 'destination' | 'users', Hook | undefined> = { source: undefined, destination: undefined, users: undefined };

beforeAll(async () => {
  t = await createTestApp({
    env: { TESSERA_RATE_LIMIT_PER_MINUTE: '100000', TESSERA_WEBHOOK_ALLOW_PRIVATE: 'true', TESSERA_JOB_POLL_MS: '20' },
  });
  t.worker.start();
  receiver = await Receiver.start();
  const res = await t.request({ method: 'GET', url: '/openapi.json' });
  expect(res.statusCode).toBe(200);
  doc = res.json() as Doc;
  [source, destination] = [await createOrg(t), await createOrg(t)];
});

afterAll(async () => {
  await t.worker.stop();
});

function resolve<T>(node: T | { $ref: string }): T {
  const ref = (node as { $ref?: string }).$ref;
  if (!ref) return node as T;
  return ref
    .slice(2)
    .split('/')
    .reduce<unknown>((at, key) => (at as Json)[key.replace(/~1/g, '/').replace(/~0/g, '~')], doc) as T;
}

const parameters = (name: string): Parameter[] => doc.webhooks[name]!.post.parameters.map((p) => resolve<Parameter>(p));

// ---- checks of a delivery against the document -------------------------------------------------

const ajvs = new Map<boolean, Ajv2020>();
const bodyValidators = new Map<string, ValidateFunction>();
const headerValidators = new Map<string, ValidateFunction>();

/** The document as Ajv reads it; `coerce` only for header values, which arrive as text ("3" for an integer). */
function ajvOfDoc(coerce: boolean): Ajv2020 {
  let ajv = ajvs.get(coerce);
  if (!ajv) {
    ajv = new Ajv2020({ strict: false, allErrors: true, coerceTypes: coerce });
    addFormats.default(ajv);
    ajv.addSchema(doc as object, DOC_ID);
    ajvs.set(coerce, ajv);
  }
  return ajv;
}

function bodyValidator(name: string): ValidateFunction {
  let v = bodyValidators.get(name);
  if (!v) {
    v = ajvOfDoc(false).compile({ $ref: `${DOC_ID}#/webhooks/${pointer(name)}/post/requestBody/content/application~1json/schema` });
    bodyValidators.set(name, v);
  }
  return v;
}

/** The documented header parameters as one object schema over Node's lower-cased header names. */
function headerValidator(name: string): ValidateFunction {
  let v = headerValidators.get(name);
  if (!v) {
    const headers = parameters(name).filter((p) => p.in === 'header');
    v = ajvOfDoc(true).compile({
      type: 'object',
      required: headers.filter((p) => p.required).map((p) => p.name.toLowerCase()),
      properties: Object.fromEntries(headers.map((p) => [p.name.toLowerCase(), p.schema])),
    });
    headerValidators.set(name, v);
  }
  return v;
}

/** What the document gets wrong about one delivery. */
function problemsOf(r: Received): string[] {
  const body = JSON.parse(r.body) as Body;
  const name = String(body?.data?.attributes?.name);
  const op = doc.webhooks[name]?.post;
  if (!op) return [`${name}: not documented`];
  const problems: string[] = [];
  const mediaType = String(r.headers['content-type']).split(';')[0]!.trim();
  if (!(mediaType in op.requestBody.content)) problems.push(`${name}: content type ${mediaType} not documented`);
  const validateBody = bodyValidator(name);
  if (!validateBody(body)) problems.push(`${name}: body: ${JSON.stringify(validateBody.errors?.slice(0, 5))} — ${r.body.slice(0, 300)}`);
  const validateHeaders = headerValidator(name);
  // A copy: coercion writes the coerced values back.
  if (!validateHeaders({ ...r.headers })) problems.push(`${name}: headers: ${JSON.stringify(validateHeaders.errors)} — ${JSON.stringify(r.headers)}`);
  return problems;
}

// ---- the signature recipe, as documented -----------------------------------------------------

function keyOf(recipe: Recipe, secret: string): Buffer {
  switch (recipe.key) {
    case 'utf8(secret)':
      return Buffer.from(secret, 'utf8');
    case 'base64decode(secret without whsec_)':
      expect(secret.startsWith('whsec_')).toBe(true);
      return Buffer.from(secret.slice('whsec_'.length), 'base64');
    default:
      throw new Error(`a key recipe this test does not know: ${recipe.key}`);
  }
}

/** `t={t},v1={hex}` → a pattern capturing each placeholder by name. */
function valuePattern(template: string): RegExp {
  const source = template
    .split(/(\{[a-z0-9-]+\})/)
    .map((part) => {
      const placeholder = /^\{([a-z0-9-]+)\}$/.exec(part)?.[1];
      if (!placeholder) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      return `(?<${placeholder.replace(/-/g, '_')}>[^,\\s]+)`;
    })
    .join('');
  return new RegExp(`^${source}$`);
}

/** The secrets (of `secrets`) whose signature, recomputed from the documented recipe, is in `r`'s header. */
function verifiedBy(r: Received, param: Parameter, secrets: string[]): string[] {
  const recipe = param['x-tessera-signature']!;
  expect(recipe.algorithm).toBe('HMAC-SHA256');
  const header = String(r.headers[param.name.toLowerCase()] ?? '');
  const pattern = valuePattern(recipe.value);
  const signatures = header.split(recipe.separator).map((part) => {
    const m = pattern.exec(part);
    expect(m, `${param.name} value ${part} does not follow ${recipe.value}`).not.toBeNull();
    return m!.groups!;
  });
  const encoding = 'hex' in signatures[0]! ? 'hex' : 'base64';
  return secrets.filter((secret) =>
    signatures.some((captured) => {
      const signed = recipe.signed.replace(/\{([a-z0-9-]+)\}/g, (_, name: string) => {
        if (name === 'body') return r.body;
        if (name in captured) return captured[name]!;
        return String(r.headers[name] ?? `<no ${name} header>`);
      });
      const expected = createHmac('sha256', keyOf(recipe, secret)).update(signed).digest();
      const given = Buffer.from(captured[encoding]!, encoding);
      return given.length === expected.length && timingSafeEqual(given, expected);
    }),
  );
}

const signatureParameters = (name: string) => parameters(name).filter((p) => p['x-tessera-signature']);

// ---- the tests -----------------------------------------------------------------------------

const nameOf = (r: Received) => String((JSON.parse(r.body) as Body).data.attributes.name);
const at = (path: string) => receiver.received.filter((r) => r.path === path);

describe('the webhooks of /openapi.json', () => {
  it('document every event a webhook can subscribe to, and nothing else', () => {
    expect(Object.keys(doc.webhooks).sort()).toEqual([...EVENT_NAMES].sort());
    for (const name of EVENT_NAMES) {
      const op = doc.webhooks[name]!.post;
      expect(op.tags).toEqual(['Webhooks']);
      expect(Object.keys(op.requestBody.content)).toEqual(['application/json']);
      const envelope = resolve<Json>(op.requestBody.content['application/json']!.schema) as Body;
      expect(envelope.properties.data.properties.attributes.properties.name).toEqual({ const: name });
      // The resource is described attribute by attribute (its read route's answer), not by the generic fallback.
      // The resource's own schema (a component shared with its read route), possibly wrapped to carry a description.
      const described = envelope.properties.data.properties.attributes.properties.payload.properties.data as unknown as { allOf?: unknown[] };
      const resource = resolve((described.allOf?.[0] ?? described) as typeof envelope.properties.data.properties.attributes.properties.payload.properties.data);
      expect(resource.type).toBe('object');
      expect(Object.keys(resource.properties.attributes.properties ?? {}).length, `${name}: payload.data attributes`).toBeGreaterThan(2);
      expect(Object.keys(op.responses).sort()).toEqual(['2XX', '410', 'default']);
      expect(parameters(name).map((p) => p.name)).toEqual(
        expect.arrayContaining(['Persona-Signature', 'webhook-id', 'webhook-timestamp', 'webhook-signature', 'Persona-Webhook-Attempts-Made']),
      );
    }
    expect(resolve<{ description: string }>(doc.webhooks['inquiry.created']!.post.responses['410']!).description).toMatch(/disabled/);
  });

  it('describe real deliveries of every kind of object: body, headers and signatures', async () => {
    hooks.source = await createHook(t, source, { url: `${receiver.url}/source`, 'enabled-events': ['*'] });
    hooks.destination = await createHook(t, destination, { url: `${receiver.url}/destination`, 'enabled-events': ['*'] });
    receiver.secrets.push(hooks.source.secret, hooks.destination.secret);

    // Connections, inquiries, share tokens and a redemption (both sides), an API key, a workflow run, a disabled webhook.
    const connection = await createActiveConnection(t, source, destination);
    const { inquiry } = await createCompletedInquiry(t, source);
    const token = await createShareToken(t, source, connection.id, inquiry.id);
    must(await send(t, destination.apiKey, 'POST', `/connect/share-tokens/${token.id}/redeem`, { body: {} }), 202, 'redeem');
    must(await send(t, source.apiKey, 'POST', '/api-keys', { body: { data: { attributes: { name: 'webhook docs' } } } }), 201, 'POST /api-keys');
    await createWorkflowRun(t, source);
    const other = await createHook(t, source, { url: `${receiver.url}/other`, 'enabled-events': ['inquiry.created'] });
    must(await send(t, source.apiKey, 'POST', `/webhooks/${other.id}/disable`), 200, 'disable');

    // The user credentials of an organization with users.
    const users = await createIdentityOrg(t);
    const key = await createApiKey(t, users.sandboxId);
    hooks.users = await createHook(t, { apiKey: key.value } as TestOrg, { url: `${receiver.url}/users`, 'enabled-events': ['*'] });
    receiver.secrets.push(hooks.users.secret);
    const pat = await createPat(t, users.users.admin.jwt, { name: 'webhook docs' });
    expect((await v3(t, users.users.admin.jwt, 'PATCH', `/personal-access-tokens/${pat.id}`, { revoked: true })).statusCode).toBe(200);
    await createUat(t, users, users.users.admin);

    const expected = {
      '/hooks/source': [
        'connect/connection.created',
        'connect/connection.activated',
        'inquiry.created',
        'inquiry.completed',
        'connect/share-token.outbound-created',
        'connect/share-token.outbound-redeemed',
        'api-key.created',
        'workflow-run.created',
        'webhook.disabled',
      ],
      '/hooks/destination': ['connect/connection.activated', 'connect/share-token.inbound-created', 'connect/share-token.inbound-redeemed', 'inquiry.created'],
      '/hooks/users': ['personal-access-token.created', 'personal-access-token.revoked', 'api-token.created'],
    };
    for (const [path, names] of Object.entries(expected)) {
      await waitFor(`${names.join(', ')} at ${path}`, () => {
        const got = new Set(at(path).map(nameOf));
        return names.every((n) => got.has(n)) ? true : undefined;
      });
    }

    const deliveries = receiver.received.filter((r) => r.path !== '/hooks/other');
    const objectTypes = new Set(deliveries.map((r) => (JSON.parse(r.body) as Body).data.attributes.payload.data.type));
    expect([...objectTypes].sort()).toEqual(
      ['api-key', 'api-token', 'connect/connection', 'connect/share-token', 'inquiry', 'personal-access-token', 'webhook', 'workflow-run'].sort(),
    );
    expect(deliveries.flatMap(problemsOf)).toEqual([]);

    // Each documented signature, recomputed from its recipe, verifies with the webhook's one secret.
    const secretOf: Record<string, string> = { '/hooks/source': hooks.source.secret, '/hooks/destination': hooks.destination.secret, '/hooks/users': hooks.users.secret };
    for (const r of deliveries) {
      const params = signatureParameters(nameOf(r));
      expect(params.map((p) => p.name).sort()).toEqual(['Persona-Signature', 'webhook-signature']);
      for (const p of params) expect(verifiedBy(r, p, Object.values(secretOf)), `${p.name} of ${nameOf(r)}`).toEqual([secretOf[r.path]]);
      // The timestamp Persona signs is the Standard Webhooks one.
      expect(String(r.headers['persona-signature'])).toMatch(new RegExp(`^t=${String(r.headers['webhook-timestamp'])},`));
    }
    // And they are the signatures an independent verifier accepts (the `standardwebhooks` package; test/webhooks/receiver.ts).
    expect(deliveries.flatMap((r) => r.problems)).toEqual([]);
  });

  it('describe a delivery signed by two secrets during a rotation overlap', async () => {
    const hook = hooks.source!;
    const rotated = must(await send(t, source.apiKey, 'POST', `/webhooks/${hook.id}/rotate-secret`), 200, 'rotate-secret').data;
    const secrets = (rotated.attributes.secrets as Array<{ value: string }>).map((s) => s.value);
    expect(secrets).toHaveLength(2);
    expect(secrets[1]).toBe(hook.secret);
    receiver.secrets.push(secrets[0]!);

    const before = at('/hooks/source').length;
    const fresh = await newInquiry(t, source);
    await completeInquiry(t, source, fresh.id);
    const r = await waitFor('the delivery after the rotation', () =>
      at('/hooks/source')
        .slice(before)
        .find((x) => (JSON.parse(x.body) as Body).data.attributes.payload.data.id === fresh.id),
    );
    expect(problemsOf(r)).toEqual([]);
    for (const p of signatureParameters(nameOf(r))) {
      expect(String(r.headers[p.name.toLowerCase()]).split(p['x-tessera-signature']!.separator)).toHaveLength(2);
      expect(verifiedBy(r, p, secrets).sort(), p.name).toEqual([...secrets].sort());
    }
  });

  it('describe the v1a signature of an Ed25519 webhook, which the documented recipe verifies from the public key alone', async () => {
    const hook = await createHook(t, source, { url: `${receiver.url}/ed25519`, 'enabled-events': ['inquiry.created'], 'signing-algorithm': 'ed25519' });
    const publicKey = hook.data.attributes['public-key'] as string;
    receiver.publicKeys.push(publicKey);
    const fresh = await newInquiry(t, source);
    const r = await waitFor('the Ed25519 delivery', () => at('/hooks/ed25519').find((x) => (JSON.parse(x.body) as Body).data.attributes.payload.data.id === fresh.id));
    expect(problemsOf(r)).toEqual([]);
    expect(r.headers['persona-signature']).toBeUndefined();

    const param = parameters('inquiry.created').find((p) => p.name === 'webhook-signature')!;
    const recipe = param['x-tessera-signature-v1a']!;
    expect(recipe).toMatchObject({ algorithm: 'Ed25519', key: 'base64decode(public key without whpk_)' });
    expect(publicKey.startsWith('whpk_')).toBe(true);
    const raw = Buffer.from(publicKey.slice('whpk_'.length), 'base64');
    const key = createPublicKey({ key: Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), raw]), format: 'der', type: 'spki' });
    const pattern = valuePattern(recipe.value);
    const entries = String(r.headers['webhook-signature']).split(recipe.separator);
    expect(entries).toHaveLength(1);
    const captured = pattern.exec(entries[0]!)!.groups!;
    const signed = recipe.signed.replace(/\{([a-z0-9-]+)\}/g, (_, name: string) => (name === 'body' ? r.body : String(r.headers[name])));
    expect(verify(null, Buffer.from(signed), key, Buffer.from(captured.base64!, 'base64'))).toBe(true);
  });
});
