/**
 * Identity of every entity: one UUIDv7 stored in the database, rendered on the
 * Connect surface as `<prefix>_` + 24 base62 characters. The prefixed form is a
 * lossless encoding of the UUID, so the two can never drift apart, and UUIDv7's
 * time order makes "newest first" a plain index scan on the primary key.
 */
import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const DIGIT = new Map([...ALPHABET].map((c, i) => [c, BigInt(i)]));
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

/** A UUIDv7; within one millisecond a 12-bit counter keeps ids of this process ordered. */
export function newUuid(now: number = Date.now()): string {
  const bytes = randomBytes(16);
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

/** `inq_…` for a UUID. */
export function encodeId(prefix: IdPrefix, uuid: string): string {
  let n = BigInt('0x' + uuid.replaceAll('-', ''));
  let out = '';
  while (n > 0n) {
    out = ALPHABET[Number(n % 62n)] + out;
    n /= 62n;
  }
  return `${prefix}_${out.padStart(ENCODED_LENGTH, '0')}`;
}

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The UUID behind a prefixed id, or null when the prefix or the encoding is wrong. */
export function decodeId(prefix: IdPrefix, id: unknown): string | null {
  if (typeof id !== 'string' || id.length !== prefix.length + 1 + ENCODED_LENGTH) return null;
  if (!id.startsWith(prefix) || id[prefix.length] !== '_') return null;
  let n = 0n;
  for (let i = prefix.length + 1; i < id.length; i++) {
    const d = DIGIT.get(id[i]!);
    if (d === undefined) return null;
    n = n * 62n + d;
  }
  if (n >> 128n) return null;
  const hex = n.toString(16).padStart(32, '0');
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
