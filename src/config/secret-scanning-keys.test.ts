import { generateKeyPairSync } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './index.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tessera-keys-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const pem = (type: 'ec' | 'ed25519') =>
  (type === 'ec' ? generateKeyPairSync('ec', { namedCurve: 'P-256' }) : generateKeyPairSync('ed25519')).publicKey.export({ type: 'spki', format: 'pem' }).toString();

function file(name: string, content: string): string {
  const p = path.join(dir, name);
  fs.writeFileSync(p, content);
  return p;
}

const load = (value: string) => loadConfig({ TESSERA_SECRET_SCANNING_KEYS: value });

describe('TESSERA_SECRET_SCANNING_KEYS', () => {
  it('is unset by default: no keys', () => {
    expect(loadConfig({}).secretScanningKeys).toBeNull();
  });

  it('reads the keys GitHub publishes', () => {
    const key = pem('ec');
    const keys = load(file('ok.json', JSON.stringify({ public_keys: [{ key_identifier: 'abc', key, is_current: true }, { key_identifier: 'old', key, is_current: false }] }))).secretScanningKeys;
    expect(keys).toEqual([
      { keyIdentifier: 'abc', pem: key, isCurrent: true },
      { keyIdentifier: 'old', pem: key, isCurrent: false },
    ]);
  });

  it.each([
    ['a missing file', path.join(dir, 'nope.json'), /cannot read/],
    ['not JSON', file('text.json', 'hello'), /not JSON/],
    ['no keys', file('empty.json', '{"public_keys": []}'), /at least one key/],
    ['a key without an identifier', file('noid.json', JSON.stringify({ public_keys: [{ key: pem('ec') }] })), /key_identifier/],
    ['not a PEM', file('garbage.json', JSON.stringify({ public_keys: [{ key_identifier: 'a', key: 'garbage' }] })), /not a PEM/],
    ['another kind of key', file('ed.json', JSON.stringify({ public_keys: [{ key_identifier: 'a', key: pem('ed25519') }] })), /P-256/],
  ])('stops the start on %s, naming the variable', (_what, value, message) => {
    const attempt = () => load(value);
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(message);
    expect(attempt).toThrow(/^TESSERA_SECRET_SCANNING_KEYS: /);
  });
});
