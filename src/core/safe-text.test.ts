import { describe, expect, it } from 'vitest';
import { isUnsafeText, sliceText, toSafeText } from './safe-text.js';

describe('safe text', () => {
  it('finds NULs and unpaired surrogates, and only them', () => {
    for (const bad of ['\u0000', 'a\u0000b', '\ud800', 'x\ud800y', '\udc00', 'x\udfffy', '\ud83d\ude00\ud800', '\ude00\ud83d']) expect(isUnsafeText(bad), JSON.stringify(bad)).toBe(true);
    for (const good of ['', 'plain', '\ud83d\ude00', 'é✓😀', '\u0001\t\n', '\uFFFD']) expect(isUnsafeText(good), JSON.stringify(good)).toBe(false);
  });

  it('replaces each with U+FFFD and keeps everything else', () => {
    expect(toSafeText('a\u0000b\ud800c\udc00d\ud83d\ude00')).toBe('a\uFFFDb\uFFFDc\uFFFDd\ud83d\ude00');
    const plain = 'nothing to do';
    expect(toSafeText(plain)).toBe(plain);
  });

  it('never cuts a surrogate pair in half', () => {
    expect(sliceText('ab😀', 3)).toBe('ab');
    expect(sliceText('ab😀', 4)).toBe('ab😀');
    expect(sliceText('abc', 2)).toBe('ab');
    expect(isUnsafeText(sliceText('😀'.repeat(10), 7))).toBe(false);
  });
});
