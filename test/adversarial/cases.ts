/**
 * Fuzz cases: for every operation, a well-formed request (real ids, valid
 * body from the schema, the surface's credential) and mutations of it. A case
 * is one request, or two for idempotency-key reuse. Generation draws only
 * from the seeded PRNG, so a seed names the same cases every run.
 */
import { BAD_JSON, CONTENT_TYPES, HUGE_LITERALS, HUGE_QUERY, INFLECTION_VALUES, LONG_SIZES, NUL_STRINGS, ODD_HEADER_VALUES, ODD_IDS, QUERY_KEYS, SURROGATE_STRINGS, WRONG_VALUES } from './catalogue.js';
import { deleteAt, isRaw, leaves, nodes, objectsOf, pathText, raw, serialize, setAt, target, type Json, type Path } from './json-body.js';
import { createRng, uuidFrom, type Rng } from './prng.js';
import { generate, word, type Hints, type Operation, type Surface } from './spec.js';
import { ALL_SCOPES, unknownId, type World } from './world.js';

export const MUTATIONS = [
  'valid',
  'wrong-type',
  'missing-field',
  'extra-field',
  'long-string',
  'nul-string',
  'surrogate-string',
  'odd-key',
  'deep-nesting',
  'invalid-json',
  'content-type',
  'invalid-utf8',
  'huge-number',
  'odd-path-id',
  'odd-query',
  'repeated-query',
  'odd-header',
  'idempotency-reuse',
] as const;
export type Mutation = (typeof MUTATIONS)[number];

const BODY_MUTATIONS = new Set<Mutation>([
  'wrong-type',
  'missing-field',
  'extra-field',
  'long-string',
  'nul-string',
  'surrogate-string',
  'odd-key',
  'deep-nesting',
  'invalid-json',
  'content-type',
  'invalid-utf8',
]);

export interface FuzzRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
  remoteAddress?: string;
}

export interface FuzzCase {
  op: Operation;
  mutation: Mutation;
  /** What was changed, in a few words (`data.attributes.name = "\u0000"`). */
  detail: string;
  credential: string;
  requests: FuzzRequest[];
}

function validQuery(op: Operation, rng: Rng): Array<[string, string]> {
  if (op.method !== 'GET' || op.pathParams.length > (op.surface === 'astra' ? 2 : 0) || rng.chance(0.5)) return [];
  const out: Array<[string, string]> = [];
  switch (op.surface) {
    case 'connect':
    case 'admin':
      out.push(['page[size]', String(rng.int(1, 100))]);
      break;
    case 'v3':
      out.push(['page', String(rng.int(1, 3))], ['limit', String(rng.int(1, 100))]);
      if (rng.chance(0.5)) out.push(['sort', rng.pick(['createdAt', '-createdAt', 'name'])]);
      break;
    case 'astra':
      if (op.path.endsWith('/users') || op.path.endsWith('/tokens')) out.push(['limit', String(rng.int(1, 50))], ['count', 'true']);
      break;
    default:
      break;
  }
  return out;
}

const enc = (s: string) => {
  try {
    return encodeURIComponent(s);
  } catch {
    return s;
  }
};

function queryString(pairs: Array<[string, string]>, rawPairs = false): string {
  if (!pairs.length) return '';
  return '?' + pairs.map(([k, v]) => (rawPairs ? `${k}=${v}` : `${enc(k)}=${enc(v)}`)).join('&');
}

// ── the generator ──────────────────────────────────────────────────────────

export interface Generator {
  cases(op: Operation, count: number): FuzzCase[];
}

/** Operations that end the object they name: they get the `<pool>!` objects, made for them, when there are some. */
const ENDS_OBJECT = /\/(rotate|revoke|archive|expire|rotate-secret|deactivate|decline|fail|complete|approve)$/;

/** Pool names for an operation's path parameter (world.ts). */
function poolFor(op: Operation, param: string): string | null {
  const pool = basePool(op, param);
  return pool && (op.method === 'DELETE' || ENDS_OBJECT.test(op.path)) ? `${pool}!` : pool;
}

function basePool(op: Operation, param: string): string | null {
  const rest = op.path.replace(/^\/(api|admin)\/v1|^\/v3/, '');
  switch (op.surface) {
    case 'connect':
      return `connect:${rest.slice(0, rest.indexOf('{'))}`;
    case 'admin': {
      const m = /^\/([a-z-]+)\//.exec(rest)![1]!;
      return m === 'connections' ? 'admin:connections' : `admin:${m}`;
    }
    case 'v3':
      return rest.startsWith('/personal-access-tokens/') ? 'v3:pats' : 'user-uuids';
    case 'astra':
      if (param === 'account_id') return 'account';
      if (param === 'token_id') return 'astra:tokens';
      return op.path.includes('/tokens') ? 'token-owner' : 'user-uuids';
    default:
      return null;
  }
}

/** Operations that end the session they are called with: never given the session other cases use. */
const ENDS_SESSION = new Set(['POST /v3/accounts/logout']);

const FIELD_POOLS: Record<string, string> = {
  'connection-id': 'connect:/connect/connections/',
  'source-id': 'connect:/inquiries/',
  'inquiry-id': 'connect:/inquiries/',
  'account-id': 'connect:/accounts/',
  'workflow-id': 'connect:/workflows/',
  'webhook-id': 'connect:/webhooks/',
  'event-id': 'connect:/events/',
};

export function createGenerator(world: World, seed: number): Generator {
  const idsOf = (pool: string): string[] => {
    if (pool === 'account') return [world.org.id];
    if (pool === 'token-owner' || pool === 'token-owner!') return [world.owner.id, world.owner.id, world.owner.id, world.victims[0]!.id];
    if (pool === 'account!') return [world.org.id];
    return world.ids[pool] ?? (pool.endsWith('!') ? (world.ids[pool.slice(0, -1)] ?? []) : []);
  };

  function realId(rng: Rng, pool: string | null): string {
    const ids = pool ? idsOf(pool) : [];
    if (ids.length && rng.chance(0.9)) return rng.pick(ids);
    return pool ? unknownId(pool, rng) : uuidFrom(rng);
  }

  function hints(rng: Rng): Hints {
    return {
      idFor: (field) => {
        if (field === 'destination-organization-id') return rng.pick(world.ids['destinations']!);
        if (field === 'source-id' && rng.chance(0.7)) return rng.pick(world.ids['completed-inquiries']!);
        if (field === 'scopes') return rng.pick(ALL_SCOPES);
        const pool = FIELD_POOLS[field];
        return pool ? realId(rng, pool) : undefined;
      },
    };
  }

  /** A well-formed body for the operation (the base every body mutation starts from). */
  function validBody(op: Operation, rng: Rng, full = false): Json | undefined {
    if (op.name === 'POST /v3/accounts/login') return { ...world.loginBody };
    if (op.surface === 'oauth') {
      const token = rng.chance(0.7) ? rng.pick(world.victimTokens) : word(rng, 10, 60);
      return rng.chance(0.3) ? { token, token_type_hint: rng.pick(['access_token', 'refresh_token', 'api_key']) } : { token };
    }
    if (!op.body) return op.method === 'GET' || op.method === 'DELETE' ? undefined : rng.chance(0.5) ? undefined : {};
    return generate(op.body, rng, hints(rng), full);
  }

  function url(op: Operation, rng: Rng, query: Array<[string, string]>, rawQuery = false, oddParam?: { name: string; value: string }, destination = false): string {
    let path = op.path;
    for (const param of op.pathParams) {
      const theirs = destination ? world.destination[op.name]?.ids : undefined;
      const value = oddParam?.name === param ? oddParam.value : enc(theirs?.length ? rng.pick(theirs) : realId(rng, poolFor(op, param)));
      path = path.replace(`{${param}}`, value);
    }
    return path + queryString(query, rawQuery);
  }

  function baseHeaders(op: Operation, rng: Rng): { label: string; headers: Record<string, string> } {
    if (op.name === 'POST /v3/accounts/login') return { label: 'anonymous', headers: {} };
    const other = world.destination[op.name];
    if (other && rng.chance(0.7)) return { label: other.credential.label, headers: { ...other.credential.headers } };
    if (ENDS_SESSION.has(op.name)) return { label: 'disposable session', headers: { authorization: `Bearer ${rng.pick(world.disposableSessions)}` } };
    const cred = rng.pick(world.credentials[op.surface]);
    return { label: cred.label, headers: { ...cred.headers } };
  }

  function defaultContentType(op: Operation, rng: Rng): string {
    if (op.surface === 'oauth') return 'application/x-www-form-urlencoded';
    if (op.surface === 'astra') return rng.pick(['application/json', 'application/astra-token+json']);
    return 'application/json';
  }

  /** Serializes a body the way its surface takes it (form for /oauth, JSON elsewhere). */
  function encodeBody(op: Operation, body: Json): string {
    if (op.surface !== 'oauth') return serialize(body);
    if (body === null || typeof body !== 'object' || Array.isArray(body)) return serialize(body);
    return Object.entries(body as Record<string, Json>)
      .map(([k, v]) => `${formEncode(k)}=${formEncode(isRaw(v) ? v.__raw : typeof v === 'string' ? v : JSON.stringify(v) ?? '')}`)
      .join('&');
  }

  /** Form encoding that keeps NUL and lone surrogates (encodeURIComponent refuses the latter). */
  function formEncode(s: string): string {
    let out = '';
    for (const ch of s) {
      const cp = ch.codePointAt(0)!;
      if (cp >= 0xd800 && cp <= 0xdfff) out += '%ED%' + (0xa0 + ((cp >> 6) & 0x1f)).toString(16).toUpperCase() + '%' + (0x80 + (cp & 0x3f)).toString(16).toUpperCase();
      else out += enc(ch);
    }
    return out;
  }

  function request(op: Operation, rng: Rng, parts: { url: string; headers: Record<string, string>; payload?: string | Buffer; contentType?: string | null }): FuzzRequest {
    const headers = { ...parts.headers };
    if (parts.payload !== undefined && parts.contentType !== null) headers['content-type'] = parts.contentType ?? defaultContentType(op, rng);
    const req: FuzzRequest = { method: op.method, url: parts.url, headers };
    if (parts.payload !== undefined) req.payload = parts.payload;
    // Failed logins (and logouts with an ended session) are limited per address; spread them so the limiter does not answer every later case.
    if (op.name === 'POST /v3/accounts/login' || ENDS_SESSION.has(op.name)) req.remoteAddress = `10.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
    return req;
  }

  function applicable(op: Operation): Mutation[] {
    const takesBody = op.method === 'POST' || op.method === 'PUT' || op.method === 'PATCH';
    return MUTATIONS.filter((m) => {
      if (BODY_MUTATIONS.has(m)) return takesBody;
      if (m === 'huge-number') return true;
      if (m === 'odd-path-id') return op.pathParams.length > 0;
      if (m === 'idempotency-reuse') return op.method === 'POST';
      return true;
    });
  }

  /** Applies a body mutation; returns the payload, the content type and a description. */
  function mutateBody(op: Operation, m: Mutation, rng: Rng, base: Json, slot: number): { payload: string | Buffer; contentType?: string | null; detail: string } {
    const body: Json = base === undefined ? {} : base;
    switch (m) {
      case 'wrong-type': {
        const { body: b, path } = target(rng, body, () => true, slot);
        const cur = leaves(b).find((n) => pathText(n.path) === pathText(path))?.value;
        const choices = WRONG_VALUES.filter((v) => typeof v !== typeof cur || Array.isArray(v) !== Array.isArray(cur));
        if (rng.chance(0.15)) {
          const whole = rng.pick([[], 'text', 1, null, true]);
          return { payload: encodeBody(op, whole), detail: `body = ${JSON.stringify(whole)}` };
        }
        const v = rng.pick(choices);
        return { payload: encodeBody(op, setAt(b, path, v)), detail: `${pathText(path)} = ${JSON.stringify(v)}` };
      }
      case 'missing-field': {
        const keyed = nodes(body).filter((n) => n.path.length > 0);
        if (!keyed.length || rng.chance(0.15)) {
          const choice = rng.pick(['{}', '']);
          return { payload: choice, detail: choice === '' ? 'empty body' : 'body = {}' };
        }
        const n = rng.pick(keyed);
        return { payload: encodeBody(op, deleteAt(body, n.path)), detail: `without ${pathText(n.path)}` };
      }
      case 'extra-field': {
        const objects = objectsOf(body);
        const o = objects.length ? rng.pick(objects) : { path: [] as Path, value: {} };
        const key = rng.pick([`x-${word(rng, 3, 8)}`, 'id', 'type', 'organization-id', 'admin', 'role', 'permissions', 'secret', word(rng, 1, 20)]);
        const value = rng.pick<Json>([1, 'x', true, null, { nested: [1, 2] }, ['a']]);
        const next = setAt(objects.length ? body : {}, [...o.path, key], value);
        return { payload: encodeBody(op, next), detail: `extra ${pathText([...o.path, key])} = ${JSON.stringify(value)}` };
      }
      case 'long-string': {
        const size = rng.pick(LONG_SIZES);
        const { body: b, path } = target(rng, body, (v) => typeof v === 'string', slot);
        const ch = rng.pick(['a', 'é', '0', ' ']);
        return { payload: encodeBody(op, setAt(b, path, ch.repeat(size))), detail: `${pathText(path)} = ${JSON.stringify(ch)}×${size}` };
      }
      case 'nul-string':
      case 'surrogate-string': {
        const s = rng.pick(m === 'nul-string' ? NUL_STRINGS : SURROGATE_STRINGS);
        const { body: b, path } = target(rng, body, (v) => typeof v === 'string', slot);
        const cur = leaves(b).find((n) => pathText(n.path) === pathText(path))?.value;
        const v = typeof cur === 'string' && rng.chance(0.5) ? cur + s : s;
        return { payload: encodeBody(op, setAt(b, path, v)), detail: `${pathText(path)} = ${JSON.stringify(v)}` };
      }
      case 'odd-key': {
        const objects = objectsOf(body);
        const o = objects.length ? rng.pick(objects) : { path: [] as Path, value: {} };
        const key = rng.pick(['\u0000', 'a\u0000b', '\ud800', 'k\udfff', '', 'k'.repeat(10_000), '__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString', '$where', 'a.b', 'a[0]']);
        const value = rng.pick<Json>([1, 'x', { polluted: true }]);
        const payload = encodeBody(op, setAt(objects.length ? body : {}, [...o.path, key], value));
        return { payload: op.surface === 'oauth' ? `${formEncode(key)}=1&${encodeBody(op, body)}` : payload, detail: `key ${JSON.stringify(key.length > 40 ? key.slice(0, 10) + `…(${key.length})` : key)} at ${pathText(o.path)}` };
      }
      case 'deep-nesting': {
        const depth = rng.pick([10_000, 10_000, 100_000, 1000]);
        const shape = rng.pick(['array', 'object', 'mixed']);
        const text = shape === 'array' ? '['.repeat(depth) + ']'.repeat(depth) : shape === 'object' ? '{"a":'.repeat(depth) + '1' + '}'.repeat(depth) : '[{"a":'.repeat(depth) + '1' + '}]'.repeat(depth);
        if (rng.chance(0.3)) return { payload: text, contentType: op.surface === 'oauth' ? 'application/json' : undefined, detail: `body = ${shape} nested ${depth} deep` };
        if (op.surface === 'oauth') return { payload: `token${'[a]'.repeat(depth)}=1`, detail: `form key nested ${depth} deep` };
        const { body: b, path } = target(rng, body, () => true, slot);
        return { payload: serialize(setAt(b, path, raw(text))), detail: `${pathText(path)} = ${shape} nested ${depth} deep` };
      }
      case 'invalid-json': {
        const text = rng.chance(0.7) ? rng.pick(BAD_JSON) : serialize(body).slice(0, Math.max(1, Math.floor(serialize(body).length / 2)));
        return { payload: text, contentType: 'application/json', detail: `body = ${JSON.stringify(text.slice(0, 40))}` };
      }
      case 'content-type': {
        const type = rng.pick(CONTENT_TYPES);
        return { payload: encodeBody(op, body), contentType: type, detail: `content-type ${type === null ? '(none)' : JSON.stringify(type)}` };
      }
      case 'invalid-utf8': {
        const seq = rng.pick([[0xff], [0xc0, 0x80], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xe2, 0x82], [0xfe, 0xff]]);
        const { body: b, path } = target(rng, body, (v) => typeof v === 'string', slot);
        const text = encodeBody(op, setAt(b, path, 'MARK'));
        const at = text.indexOf('MARK');
        const payload = Buffer.concat([Buffer.from(text.slice(0, at)), Buffer.from(seq), Buffer.from(text.slice(at + 4))]);
        return { payload, detail: `${pathText(path)} = bytes ${seq.map((x) => x.toString(16)).join(' ')}` };
      }
      default:
        throw new Error(`not a body mutation: ${m}`);
    }
  }

  function oneCase(op: Operation, m: Mutation, rng: Rng, slot: number): FuzzCase {
    const { label, headers } = baseHeaders(op, rng);
    // The destination side's credential goes with the objects made for it.
    const u = (q: Array<[string, string]>, rawQuery = false, odd?: { name: string; value: string }) => url(op, rng, q, rawQuery, odd, label === 'destination api key');
    const query = validQuery(op, rng);
    // Field mutations start from a body with every optional field half of the time, so they reach all of them.
    const full = (BODY_MUTATIONS.has(m) && rng.chance(0.5)) || m === 'huge-number';
    const base = validBody(op, rng, full);
    const takesBody = base !== undefined;
    const plain = (detail: string, extra: Partial<{ url: string; headers: Record<string, string>; payload: string | Buffer; contentType: string | null }> = {}): FuzzCase => ({
      op,
      mutation: m,
      detail,
      credential: label,
      requests: [
        request(op, rng, {
          url: extra.url ?? u(query),
          headers: extra.headers ?? headers,
          ...(extra.payload !== undefined ? { payload: extra.payload } : takesBody ? { payload: encodeBody(op, base) } : {}),
          ...(extra.contentType !== undefined ? { contentType: extra.contentType } : {}),
        }),
      ],
    });

    if (BODY_MUTATIONS.has(m)) {
      const { payload, contentType, detail } = mutateBody(op, m, rng, base, slot);
      return plain(detail, { payload, ...(contentType !== undefined ? { contentType } : {}) });
    }
    switch (m) {
      case 'valid': {
        const h = op.method === 'POST' && rng.chance(0.3) ? { ...headers, 'idempotency-key': `fuzz-${word(rng, 16, 16)}` } : headers;
        return plain('well-formed', { headers: h });
      }
      case 'huge-number': {
        if (takesBody && op.method !== 'GET' && rng.chance(0.7)) {
          const lit = rng.pick(HUGE_LITERALS);
          const { body: b, path } = target(rng, base, (v) => typeof v === 'number', slot);
          return plain(`${pathText(path)} = ${lit}`, { payload: encodeBody(op, setAt(b, path, raw(lit))) });
        }
        const key = rng.pick(QUERY_KEYS[op.surface]);
        const v = rng.pick(HUGE_QUERY);
        return plain(`query ${key}=${v.length > 40 ? v.slice(0, 12) + `…(${v.length})` : v}`, { url: u([[key, v]]) });
      }
      case 'odd-path-id': {
        const name = rng.pick(op.pathParams);
        const pool = poolFor(op, name);
        const real = idsOf(pool ?? '')[0] ?? 'x';
        const value = rng.chance(0.8)
          ? rng.pick(ODD_IDS)
          : rng.pick([enc(real.toUpperCase()), enc(real) + '%00', enc(real) + '..', enc(real.slice(0, -1)), enc(real) + 'x', enc(real.replace(/^[a-z]+_/, 'org_'))]);
        return plain(`${name} = ${value.length > 60 ? value.slice(0, 20) + `…(${value.length})` : value}`, { url: u(query, false, { name, value }) });
      }
      case 'odd-query': {
        const key = rng.pick([...QUERY_KEYS[op.surface], '__proto__', 'constructor[prototype][x]', 'filter[', '[]', 'a[b][c][d][e][f][g]', '%00', 'k%ED%A0%80', 'x'.repeat(5000)]);
        const value = rng.pick(['%00', 'a%00b', '%ED%A0%80', '%ZZ', '%', '%F0%9F%92%A9', '%FF', 'x'.repeat(rng.pick([300, 5000, 60_000])), '', '%2C%2C%2C', ',,,', '%22', '%27%20OR%201%3D1', '*', '-', ' ']);
        const rawKey = /%|\[/.test(key) ? key : enc(key);
        return plain(`query ${rawKey.length > 40 ? rawKey.slice(0, 12) + '…' : rawKey}=${value.length > 40 ? value.slice(0, 12) + `…(${value.length})` : value}`, { url: u([[rawKey, value]], true) });
      }
      case 'repeated-query': {
        const key = rng.pick(QUERY_KEYS[op.surface]);
        const n = rng.int(2, 4);
        const pairs: Array<[string, string]> = [];
        for (let i = 0; i < n; i++) pairs.push([key, rng.pick(['1', '2', 'a', '', 'true', '10'])]);
        return plain(`query ${key} ×${n}`, { url: u(pairs) });
      }
      case 'odd-header': {
        const surfaceHeaders: Record<Surface, string[]> = {
          connect: ['key-inflection', 'persona-version', 'idempotency-key', 'accept', 'tessera-environment'],
          admin: ['idempotency-key', 'accept'],
          v3: ['idempotency-key', 'accept'],
          astra: ['idempotency-key', 'accept', 'if-match', 'if-none-match'],
          oauth: ['idempotency-key', 'accept'],
        };
        const name = rng.pick(surfaceHeaders[op.surface]);
        const value = rng.pick(name === 'key-inflection' ? INFLECTION_VALUES : ODD_HEADER_VALUES);
        return plain(`header ${name}: ${JSON.stringify(value.length > 40 ? value.slice(0, 10) + `…(${value.length})` : value)}`, { headers: { ...headers, [name]: value } });
      }
      case 'idempotency-reuse': {
        const key = `fuzz-reuse-${word(rng, 16, 16)}`;
        const first = request(op, rng, { url: u(query), headers: { ...headers, 'idempotency-key': key }, ...(takesBody ? { payload: encodeBody(op, base) } : {}) });
        const other = validBody(op, rng) ?? {};
        const second = request(op, rng, { url: first.url, headers: { ...headers, 'idempotency-key': key }, payload: encodeBody(op, rng.chance(0.5) ? other : setAt(other, ['x-fuzz'], word(rng, 1, 5))) });
        return { op, mutation: m, detail: 'same Idempotency-Key, another body', credential: label, requests: [first, second] };
      }
      default:
        throw new Error(`unknown mutation ${m}`);
    }
  }

  return {
    cases(op, count) {
      const kinds = applicable(op);
      const out: FuzzCase[] = [];
      const start = opRng(op, -1).int(0, 1000);
      for (let i = 0; i < count; i++) {
        const rng = opRng(op, i);
        out.push(oneCase(op, kinds[i % kinds.length]!, rng, start + Math.floor(i / kinds.length)));
      }
      return out;
    },
  };

  /** Each case draws from its own generator, derived from the seed and its name: adding an operation shifts no other case. */
  function opRng(op: Operation, i: number): Rng {
    let h = 0x811c9dc5 ^ seed;
    for (const ch of `${op.name}#${i}`) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
    return createRng(h);
  }
}
