import { describe, expect, it } from 'vitest';
import { decodeId, encodeId, newUuid } from './ids.js';

describe('ids', () => {
  it('encodes a UUID as prefix + 24 base62 and decodes it back', () => {
    for (let i = 0; i < 100; i++) {
      const uuid = newUuid();
      const id = encodeId('cnst', uuid);
      expect(id).toMatch(/^cnst_[0-9A-Za-z]{24}$/);
      expect(decodeId('cnst', id)).toBe(uuid);
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
