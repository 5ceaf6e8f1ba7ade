/**
 * `TESSERA_SECRET_SCANNING_KEYS`: the path of a JSON file holding the public keys
 * that sign secret scanning reports, in the format GitHub publishes them
 * (`GET https://api.github.com/meta/public_keys/secret_scanning`):
 * `{"public_keys": [{"key_identifier", "key" (PEM), "is_current"}]}`. Read once at
 * start (a server may not reach GitHub); each key must be an ECDSA P-256 public key.
 */
import { createPublicKey } from 'node:crypto';
import { readFileSync } from 'node:fs';

export interface SecretScanningKey {
  /** Matched against the `Github-Public-Key-Identifier` header. */
  keyIdentifier: string;
  /** The PEM (SubjectPublicKeyInfo) of an ECDSA P-256 public key. */
  pem: string;
  isCurrent: boolean;
}

const VARIABLE = 'TESSERA_SECRET_SCANNING_KEYS';

/** The keys of the file at `file`; throws `fail(message)` for anything unusable. */
export function loadSecretScanningKeys(file: string, fail: (message: string) => Error): readonly SecretScanningKey[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw fail(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw fail(`${file} is not JSON`);
  }
  const list = (parsed as { public_keys?: unknown } | null)?.public_keys;
  if (!Array.isArray(list) || list.length === 0) throw fail(`${file} must hold {"public_keys": [...]} with at least one key`);
  return Object.freeze(
    list.map((entry: unknown, i) => {
      const e = (entry ?? {}) as Record<string, unknown>;
      if (typeof e.key_identifier !== 'string' || e.key_identifier === '' || typeof e.key !== 'string') {
        throw fail(`${file}: public_keys[${i}] needs a key_identifier and a key (PEM)`);
      }
      let curve: string | undefined;
      try {
        curve = createPublicKey(e.key).asymmetricKeyDetails?.namedCurve;
      } catch {
        throw fail(`${file}: public_keys[${i}].key is not a PEM public key`);
      }
      if (curve !== 'prime256v1') throw fail(`${file}: public_keys[${i}].key must be an ECDSA P-256 key`);
      return Object.freeze({ keyIdentifier: e.key_identifier, pem: e.key, isCurrent: e.is_current === true });
    }),
  );
}

export function secretScanningKeys(raw: string | undefined, fail: (variable: string, message: string) => Error): readonly SecretScanningKey[] | null {
  if (raw === undefined || raw === '') return null;
  return loadSecretScanningKeys(raw, (message) => fail(VARIABLE, message));
}
