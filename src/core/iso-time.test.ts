import { describe, expect, it } from 'vitest';
import { isoString } from './iso-time.js';

describe('isoString', () => {
  it('writes what Date#toISOString writes, at the edges of its range and on calendar corners', () => {
    const corners = [
      0,
      1,
      Date.UTC(1972, 11, 31, 23, 59, 59, 999), // the day before a leap year's first
      Date.UTC(2000, 1, 29, 12, 0, 0, 5), // a leap day of a century divisible by 400
      Date.UTC(2100, 1, 28, 23, 59, 59, 999), // 2100 is no leap year
      Date.UTC(2100, 2, 1),
      Date.UTC(2024, 11, 31, 23, 59, 59, 990),
      Date.UTC(9999, 11, 31, 23, 59, 59, 999),
    ];
    for (const t of corners) expect(isoString(new Date(t))).toBe(new Date(t).toISOString());
  });

  it('matches Date#toISOString on 200,000 random instants from 1970 to 9999', () => {
    for (let i = 0; i < 200_000; i++) {
      const d = new Date(Math.floor(Math.random() * 253_402_300_800_000));
      const mine = isoString(d);
      if (mine !== d.toISOString()) expect(mine).toBe(d.toISOString());
    }
  });

  it('leaves dates outside 1970–9999 to the built-in, including its RangeError for an invalid date', () => {
    for (const t of [-1, Date.UTC(1969, 6, 20, 20, 17), Date.UTC(10000, 0, 1), -62198755200000]) {
      expect(isoString(new Date(t))).toBe(new Date(t).toISOString());
    }
    expect(() => isoString(new Date(Number.NaN))).toThrow(RangeError);
  });
});
