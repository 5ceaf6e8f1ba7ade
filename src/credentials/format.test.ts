import { describe, expect, it } from 'vitest';
import { CREDENTIAL_PREFIXES, CREDENTIAL_RE, generateCredential, generateWebhookSecret, parseCredential } from '../core/secret-format.js';

describe('credential format', () => {
  it('issues prefixed base62 tokens with ≥160 random bits and a valid checksum', () => {
    for (const prefix of Object.values(CREDENTIAL_PREFIXES)) {
      const token = generateCredential(prefix);
      expect(token.startsWith(prefix)).toBe(true);
      expect(token.slice(prefix.length)).toMatch(/^[0-9A-Za-z]{34}$/);
      // 28 random base62 characters: 28 · log2(62) ≈ 166.7 bits.
      expect(28 * Math.log2(62)).toBeGreaterThanOrEqual(160);
      expect(parseCredential(token)).toBe(prefix);
      expect(CREDENTIAL_RE.test(`leaked: ${token} in a log`)).toBe(true);
    }
  });

  it('rejects typos, truncation, wrong prefixes and random strings without a lookup', () => {
    const token = generateCredential(CREDENTIAL_PREFIXES.apiKeySandbox);
    const flipped = token.slice(0, 20) + (token[20] === 'a' ? 'b' : 'a') + token.slice(21);
    expect(parseCredential(flipped)).toBeNull();
    expect(parseCredential(token.slice(0, -1))).toBeNull();
    expect(parseCredential(token.replace('tsk_sandbox_', 'tsk_staging_'))).toBeNull();
    expect(parseCredential('tsk_sandbox_' + 'x'.repeat(34))).toBeNull();
    expect(parseCredential('')).toBeNull();
  });

  it('makes webhook secrets that are valid base64 after the prefix', () => {
    const secret = generateWebhookSecret();
    expect(secret).toMatch(/^whsec_[0-9A-Za-z]{36}$/);
    expect(Buffer.from(secret.slice(6), 'base64').length).toBeGreaterThan(20);
  });
});
