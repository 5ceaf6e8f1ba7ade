import { describe, expect, it } from 'vitest';
import { andThen } from './maybe-async.js';

describe('andThen', () => {
  it('continues at once with a value, and after the promise with a promise (whose rejection passes through)', async () => {
    expect(andThen(2, (n) => n * 3)).toBe(6);
    const later = andThen(Promise.resolve(2), (n) => n * 3);
    expect(later).toBeInstanceOf(Promise);
    expect(await later).toBe(6);
    await expect(andThen(Promise.reject(new Error('down')), () => 1)).rejects.toThrow('down');
    expect(() => andThen(1, () => { throw new Error('sync'); })).toThrow('sync');
  });
});
