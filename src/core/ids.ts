/**
 * Identity of every entity: one UUIDv7 stored in the database, rendered on the
 * Connect surface as `<prefix>_` + 24 base62 characters. The prefixed form is a
 * lossless encoding of the UUID, so the two can never drift apart, and UUIDv7's
 * time order makes "newest first" a plain index scan on the primary key.
 */
import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const ENCODED_LENGTH = 24;

export const ID_PREFIXES = {
  organization: 'org',
  environment: 'env',
  connection: 'cxn',
  shareToken: 'cnst',
  inquiry: 'inq',
  verification: 'ver',
  account: 'act',
  transaction: 'txn',
  event: 'evt',
  webhook: 'wbh',
  delivery: 'dlv',
  workflow: 'wfl',
  workflowRun: 'wfr',
  apiKey: 'api',
  user: 'user',
  request: 'req',
} as const;
export type IdPrefix = (typeof ID_PREFIXES)[keyof typeof ID_PREFIXES];

let lastMs = 0;
let sequence = 0;

/** Random bytes drawn from a pooled buffer: one CSPRNG call per 256 ids, not one per id. */
const POOL_IDS = 256;
let pool = Buffer.alloc(0);
let poolOffset = 0;
/** The 16 bytes of a new UUIDv7, in a scratch buffer valid until the next call. */
const scratch = Buffer.alloc(16);
function uuidBytes(now: number): Buffer {
  if (poolOffset + 16 > pool.length) {
    pool = randomBytes(16 * POOL_IDS);
    poolOffset = 0;
  }
  pool.copy(scratch, 0, poolOffset, poolOffset + 16);
  poolOffset += 16;
  if (now <= lastMs) {
    sequence = (sequence + 1) & 0xfff;
    if (sequence === 0) lastMs += 1;
    now = lastMs;
  } else {
    lastMs = now;
    sequence = scratch.readUInt16BE(6) & 0x7ff;
  }
  scratch.writeUIntBE(now, 0, 6);
  scratch[6] = 0x70 | (sequence >> 8);
  scratch[7] = sequence & 0xff;
  scratch[8] = 0x80 | (scratch[8]! & 0x3f);
  return scratch;
}

/** A UUIDv7; within one millisecond a 12-bit counter keeps ids of this process ordered. */
export function newUuid(now: number = Date.now()): string {
  const hex = uuidBytes(now).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A new UUIDv7 straight in its prefixed form (`req_…`), without a UUID string in between. */
export function newId(prefix: IdPrefix, now: number = Date.now()): string {
  const b = uuidBytes(now);
  return encodeLimbs(prefix, b.readUInt32BE(0), b.readUInt32BE(4), b.readUInt32BE(8), b.readUInt32BE(12));
}

/** Value of each hex or base62 character code (-1: not one), so no Map or parseInt per character. */
const HEX = new Int8Array(128).fill(-1);
for (let i = 0; i < 16; i++) HEX['0123456789abcdef'.charCodeAt(i)] = HEX['0123456789ABCDEF'.charCodeAt(i)] = i;
const DIGIT = new Int8Array(128).fill(-1);
for (let i = 0; i < 62; i++) DIGIT[ALPHABET.charCodeAt(i)] = i;
const TWO_32 = 2 ** 32;
const DECODE_LIMBS = new Uint32Array(8);

/**
 * `inq_…` for a UUID. The 128 bits are held as four 32-bit limbs and divided
 * by 62 with plain float arithmetic (every intermediate stays below 2^53): no
 * BigInt and no arrays, since ids are encoded on every response.
 */
export function encodeId(prefix: IdPrefix, uuid: string): string {
  let l0 = 0;
  let l1 = 0;
  let l2 = 0;
  let l3 = 0;
  for (let i = 0, n = 0; i < uuid.length && n < 32; i++) {
    const c = uuid.charCodeAt(i);
    if (c === 45) continue; // '-'
    const v = HEX[c & 127]!;
    if (n < 8) l0 = l0 * 16 + v;
    else if (n < 16) l1 = l1 * 16 + v;
    else if (n < 24) l2 = l2 * 16 + v;
    else l3 = l3 * 16 + v;
    n++;
  }
  return encodeLimbs(prefix, l0, l1, l2, l3);
}

/**
 * The characters of an id are written into this scratch buffer and read out as one string: building
 * it a character at a time made 22 intermediate strings per id (a share-token answer encodes about
 * six ids: 8 % of the bytes a share-token read allocated; 550 → 450 ns an id).
 */
const SCRATCH = Buffer.alloc(64);
const ALPHABET_CODES = Uint8Array.from(ALPHABET, (c) => c.charCodeAt(0));
const HEX_CODES = Uint8Array.from('0123456789abcdef', (c) => c.charCodeAt(0));

/** 62³: each pass divides the four limbs once and yields three digits (every intermediate stays below 2^50). */
const CHUNK = 62 * 62 * 62;

/**
 * Base62 of a 128-bit number given as four 32-bit limbs, most significant first: eight passes of
 * one division by 62³ per limb: 32 divisions an id instead of 88 digit by digit (about 400 → 270 ns
 * an id on the reference machine).
 * 24 digits cover 62^24 > 2^128; the top ones come out as the '0' padding.
 */
function encodeLimbs(prefix: IdPrefix, l0: number, l1: number, l2: number, l3: number): string {
  for (let i = 0; i < prefix.length; i++) SCRATCH[i] = prefix.charCodeAt(i);
  SCRATCH[prefix.length] = 95; // '_'
  let at = prefix.length + 1 + ENCODED_LENGTH;
  const end = at;
  for (let pass = 0; pass < ENCODED_LENGTH / 3; pass++) {
    let acc = l0;
    l0 = Math.floor(acc / CHUNK);
    acc = (acc - l0 * CHUNK) * TWO_32 + l1;
    l1 = Math.floor(acc / CHUNK);
    acc = (acc - l1 * CHUNK) * TWO_32 + l2;
    l2 = Math.floor(acc / CHUNK);
    acc = (acc - l2 * CHUNK) * TWO_32 + l3;
    l3 = Math.floor(acc / CHUNK);
    // Below 62³ from here: int32 arithmetic.
    const r = (acc - l3 * CHUNK) | 0;
    const q1 = (r / 62) | 0;
    const q2 = (q1 / 62) | 0;
    SCRATCH[--at] = ALPHABET_CODES[r - q1 * 62]!;
    SCRATCH[--at] = ALPHABET_CODES[q1 - q2 * 62]!;
    SCRATCH[--at] = ALPHABET_CODES[q2]!;
  }
  return SCRATCH.toString('latin1', 0, end);
}

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The UUID behind a prefixed id, or null when the prefix or the encoding is wrong. */
export function decodeId(prefix: IdPrefix, id: unknown): string | null {
  if (typeof id !== 'string' || id.length !== prefix.length + 1 + ENCODED_LENGTH) return null;
  if (!id.startsWith(prefix) || id.charCodeAt(prefix.length) !== 95) return null; // '_'
  // Multiply-accumulate base 62 into eight 16-bit limbs (least significant first): int32 arithmetic only.
  const w = DECODE_LIMBS.fill(0);
  for (let i = prefix.length + 1; i < id.length; i++) {
    const c = id.charCodeAt(i);
    let carry = c < 128 ? DIGIT[c]! : -1;
    if (carry < 0) return null;
    for (let k = 0; k < 8; k++) {
      const acc = w[k]! * 62 + carry;
      w[k] = acc & 0xffff;
      carry = acc >>> 16;
    }
    if (carry > 0) return null; // more than 128 bits
  }
  // 8-4-4-4-12 hex digits, limbs most significant first, into the scratch buffer: one string.
  let at = 0;
  for (let k = 7; k >= 0; k--) {
    if (k === 5 || k === 4 || k === 3 || k === 2) SCRATCH[at++] = 45; // '-'
    const v = w[k]!;
    SCRATCH[at++] = HEX_CODES[v >>> 12]!;
    SCRATCH[at++] = HEX_CODES[(v >>> 8) & 15]!;
    SCRATCH[at++] = HEX_CODES[(v >>> 4) & 15]!;
    SCRATCH[at++] = HEX_CODES[v & 15]!;
  }
  return SCRATCH.toString('latin1', 0, at);
}

/** The prefix of a prefixed id (`inq` of `inq_…`), if it is one of ours. */
export function prefixOf(id: string): IdPrefix | null {
  const p = id.slice(0, id.indexOf('_'));
  return (Object.values(ID_PREFIXES) as string[]).includes(p) ? (p as IdPrefix) : null;
}

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID_RE.test(value);
}
