import { describe, expect, it } from 'vitest';
import { decodeId, encodeId, newId, newUuid } from './ids.js';

describe('ids', () => {
  it('encodes a UUID as prefix + 24 base62 and decodes it back', () => {
    for (let i = 0; i < 100; i++) {
      const uuid = newUuid();
      const id = encodeId('cnst', uuid);
      expect(id).toMatch(/^cnst_[0-9A-Za-z]{24}$/);
      expect(decodeId('cnst', id)).toBe(uuid);
    }
  });

  it('keeps the published encoding (fixed vectors) and mints prefixed ids directly', () => {
    expect(encodeId('req', '00000000-0000-0000-0000-000000000000')).toBe('req_000000000000000000000000');
    expect(encodeId('req', 'ffffffff-ffff-ffff-ffff-ffffffffffff')).toBe('req_007n42DGM5Tflk9n8mt7Fhc7');
    expect(decodeId('req', 'req_007n42DGM5Tflk9n8mt7Fhc7')).toBe('ffffffff-ffff-ffff-ffff-ffffffffffff');
    expect(encodeId('cnst', '01A23791-18D0-75B0-A585-1BF743D5027A')).toBe(encodeId('cnst', '01a23791-18d0-75b0-a585-1bf743d5027a'));
    const ids = Array.from({ length: 200 }, () => newId('req'));
    for (const id of ids) {
      expect(id).toMatch(/^req_[0-9A-Za-z]{24}$/);
      expect(decodeId('req', id)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(encodeId('req', decodeId('req', id)!)).toBe(id);
    }
    expect([...ids].sort()).toEqual(ids);
  });

  it('matches a BigInt reference on the extremes and random UUIDs, alternating prefixes of 4 and 3 characters (both written into one scratch buffer)', () => {
    const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
    const reference = (prefix: string, uuid: string) => {
      let n = BigInt(`0x${uuid.replace(/-/g, '')}`);
      let out = '';
      for (let i = 0; i < 24; i++) {
        out = ALPHABET[Number(n % 62n)]! + out;
        n /= 62n;
      }
      return `${prefix}_${out}`;
    };
    // The extremes first: every limb at 0, every limb at 2^32 - 1 (the largest intermediate of the division).
    const extremes = ['00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff', 'ffffffff-0000-ffff-0000-ffffffffffff'];
    for (let i = 0; i < 2_000; i++) {
      const uuid = extremes[i] ?? crypto.randomUUID();
      const prefix = i % 2 === 0 ? 'cnst' : 'org';
      const id = encodeId(prefix, uuid);
      expect(id).toBe(reference(prefix, uuid));
      expect(decodeId(prefix, id)).toBe(uuid);
    }
  });

  it('refuses the wrong prefix or a malformed body', () => {
    const id = encodeId('inq', newUuid());
    expect(decodeId('ver', id)).toBeNull();
    expect(decodeId('inq', id.slice(0, -1))).toBeNull();
    expect(decodeId('inq', id.slice(0, -1) + '-')).toBeNull();
    expect(decodeId('inq', 'inq_zzzzzzzzzzzzzzzzzzzzzzzz')).toBeNull();
  });

  it('orders ids by creation time (UUIDv7), so newest first is an index scan', () => {
    const ids = Array.from({ length: 1000 }, () => newUuid());
    expect([...ids].sort()).toEqual(ids);
  });
});
