/**
 * The regular expressions README.md gives for registering Tessera's secrets
 * with a secret scanner are the ones the code declares
 * (SECRET_SCANNING_PATTERNS), and each matches freshly issued secrets of its
 * kind, whole, and no other kind's.
 */
import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { SECRET_SCANNING_PATTERNS } from '../../src/core/secret-format.js';
import { createIdentityOrg, createPat, createUat } from '../fixtures/identity.js';
import { createApiKey, createTestApp, type TestApp } from '../harness.js';

/** The `| \`type\` | \`regex\` | … |` rows of the README's "Leaked-secret reports" section. */
function documented(): Array<{ type: string; regex: string }> {
  const readme = fs.readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const section = readme.slice(readme.indexOf('## Leaked-secret reports'));
  const body = section.slice(0, section.indexOf('\n## ', 3) === -1 ? undefined : section.indexOf('\n## ', 3));
  return [...body.matchAll(/^\| `(tessera_[a-z0-9_]+)` \| `([^`]+)` \|/gm)].map((m) => ({ type: m[1]!, regex: m[2]! }));
}

let t: TestApp;
/** Fresh secrets by the token type they should match. */
const issued: Record<string, string[]> = {};

beforeAll(async () => {
  t = await createTestApp();
  const org = await createIdentityOrg(t);
  const production = (await t.admin('GET', `/admin/v1/organizations/${org.adminId}`)).json().data.attributes.environments.find(
    (e: { kind: string }) => e.kind === 'production',
  ).id as string;
  const uats = [await createUat(t, org, org.users.admin), await createUat(t, org, org.users.admin, 'second')];
  Object.assign(issued, {
    tessera_sandbox_api_key: [(await createApiKey(t, org.sandboxId)).value, (await createApiKey(t, org.sandboxId)).value],
    tessera_production_api_key: [(await createApiKey(t, production)).value],
    tessera_personal_access_token: [(await createPat(t, org.users.admin.jwt)).token, (await createPat(t, org.users.member.jwt)).token],
    tessera_user_api_token: uats.map((u) => u.raw),
    tessera_user_api_token_base64: uats.map((u) => u.token),
  });
});

describe('secret scanning patterns', () => {
  it('are documented in the README exactly as the code declares them', () => {
    expect(documented()).toEqual(SECRET_SCANNING_PATTERNS.map(({ type, regex }) => ({ type, regex })));
  });

  it('each match freshly issued secrets of their kind, whole, and no other kind', () => {
    const all = Object.entries(issued);
    expect(all.map(([type]) => type).sort()).toEqual(documented().map((d) => d.type).sort());
    for (const { type, regex } of documented()) {
      const whole = new RegExp(`^${regex}$`);
      for (const secret of issued[type]!) expect(secret, type).toMatch(whole);
      for (const [other, secrets] of all) {
        if (other === type) continue;
        for (const secret of secrets) expect(new RegExp(regex).test(secret), `${type} must not match a ${other}`).toBe(false);
      }
      // Found inside text, as a scanner sees it.
      expect(new RegExp(regex).exec(`API_KEY="${issued[type]![0]}"\n`)?.[0]).toBe(issued[type]![0]);
    }
  });
});
