/**
 * Identity of every entity: one UUIDv7 stored in the database, rendered on the
 * Connect surface as `<prefix>_` + 24 base62 characters. The prefixed form is a
 * lossless encoding of the UUID, so the two can never drift apart, and UUIDv7's
 * time order makes "newest first" a plain index scan on the primary key.
 */
import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const DIGIT = new Map([...ALPHABET].map((c, i) => [c, i]));
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
function random16(): Buffer {
  if (poolOffset + 16 > pool.length) {
    pool = randomBytes(16 * POOL_IDS);
    poolOffset = 0;
  }
  const out = Buffer.from(pool.subarray(poolOffset, poolOffset + 16));
  poolOffset += 16;
  return out;
}

/** A UUIDv7; within one millisecond a 12-bit counter keeps ids of this process ordered. */
export function newUuid(now: number = Date.now()): string {
  const bytes = random16();
  if (now <= lastMs) {
    sequence = (sequence + 1) & 0xfff;
    if (sequence === 0) lastMs += 1;
    now = lastMs;
  } else {
    lastMs = now;
    sequence = bytes.readUInt16BE(6) & 0x7ff;
  }
  bytes.writeUIntBE(now, 0, 6);
  bytes[6] = 0x70 | (sequence >> 8);
  bytes[7] = sequence & 0xff;
  bytes[8] = 0x80 | (bytes[8]! & 0x3f);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Base62 of the 16 UUID bytes by long division on 32-bit-safe numbers: no
 * BigInt, since ids are encoded on every response (Request-Id, Persona-* headers).
 */
function bytesToBase62(bytes: number[]): string {
  const out: string[] = [];
  let digits = bytes;
  while (digits.length > 0) {
    const next: number[] = [];
    let remainder = 0;
    for (const d of digits) {
      const acc = remainder * 256 + d;
      const q = Math.floor(acc / 62);
      remainder = acc - q * 62;
      if (next.length > 0 || q > 0) next.push(q);
    }
    out.push(ALPHABET[remainder]!);
    digits = next;
  }
  return out.reverse().join('').padStart(ENCODED_LENGTH, '0');
}

/** `inq_…` for a UUID. */
export function encodeId(prefix: IdPrefix, uuid: string): string {
  const bytes: number[] = new Array(16);
  for (let i = 0, j = 0; i < 16; i++, j += 2) {
    if (uuid[j] === '-') j++;
    bytes[i] = parseInt(uuid.slice(j, j + 2), 16);
  }
  return `${prefix}_${bytesToBase62(bytes)}`;
}

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The UUID behind a prefixed id, or null when the prefix or the encoding is wrong. */
export function decodeId(prefix: IdPrefix, id: unknown): string | null {
  if (typeof id !== 'string' || id.length !== prefix.length + 1 + ENCODED_LENGTH) return null;
  if (!id.startsWith(prefix) || id[prefix.length] !== '_') return null;
  // Multiply-accumulate into 16 bytes (little-endian), base 62 → base 256.
  const bytes = new Array<number>(16).fill(0);
  for (let i = prefix.length + 1; i < id.length; i++) {
    const d = DIGIT.get(id[i]!);
    if (d === undefined) return null;
    let carry = d;
    for (let k = 0; k < 16; k++) {
      const acc = bytes[k]! * 62 + carry;
      bytes[k] = acc & 0xff;
      carry = acc >>> 8;
    }
    if (carry > 0) return null; // more than 128 bits
  }
  let hex = '';
  for (let k = 15; k >= 0; k--) hex += bytes[k]!.toString(16).padStart(2, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The prefix of a prefixed id (`inq` of `inq_…`), if it is one of ours. */
export function prefixOf(id: string): IdPrefix | null {
  const p = id.slice(0, id.indexOf('_'));
  return (Object.values(ID_PREFIXES) as string[]).includes(p) ? (p as IdPrefix) : null;
}

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID_RE.test(value);
}
