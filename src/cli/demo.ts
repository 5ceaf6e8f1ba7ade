/**
 * `--demo`: a source and a destination organization with API keys, an active
 * sandbox connection that allows peeking, and a completed inquiry with two
 * passed verifications; each organization also has an `admin` and a `member`
 * user who can log in on `/v3` and create personal access tokens and Astra
 * user API tokens. Idempotent: a second start reuses `<data-dir>/demo.json`
 * when its organizations still exist.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { AppDeps } from '../app-deps.js';
import { writeFileAtomic } from '../storage/files.js';
import { keyedHash } from '../core/crypto.js';
import { decodeId, encodeId } from '../core/ids.js';
import { issueApiKey } from '../credentials/index.js';
import { createOrganization, createUser, updateUser } from '../identity/index.js';
import { seedDemoSharing, type DemoParties, type DemoSharing } from './demo-sharing.js';
import { seedDemoWorkflows, type DemoAutomation } from './demo-workflows.js';

/** A user who can log in (`POST /v3/accounts/login`); ids as the `/v3` and Astra surfaces show them. */
export interface DemoUser {
  userId: string;
  accountId: string;
  accountAlias: string;
  email: string;
  password: string;
}

export interface DemoParty {
  organizationId: string;
  environmentId: string;
  apiKey: string;
  admin: DemoUser;
  member: DemoUser;
}

export interface DemoFile {
  adminToken: string;
  baseUrl: string;
  source: DemoParty;
  destination: DemoParty;
  connectionId: string;
  inquiryId: string;
  /** The second connection (Demo Source → Demo Destination) and its two workflows; see demo-workflows.ts. */
  automatedConnectionId: DemoAutomation['automatedConnectionId'];
  automatedWorkflows: DemoAutomation['automatedWorkflows'];
}

async function createDemoUser(deps: AppDeps, organizationId: string, role: 'admin' | 'member'): Promise<DemoUser> {
  const org = (await deps.store.identity.findOrganization(organizationId))!;
  const email = `${role}@${org.alias}.test`;
  const password = randomBytes(12).toString('base64url');
  const existingUser = await deps.store.identity.findUserByEmail(email);
  const ctx = { store: deps.store, clock: deps.clock };
  const user = existingUser
    ? await updateUser({ ctx: { ...ctx, sessions: deps.verifier }, input: { id: existingUser.id, password } })
    : await createUser({ ctx, input: { organizationId, email, role, password, firstName: 'Demo', lastName: role === 'admin' ? 'Admin' : 'Member' } });
  return { userId: user.id, accountId: org.id, accountAlias: org.alias, email, password };
}

/** A demo.json from before users existed gains an admin and a member per organization. */
async function withUsers(deps: AppDeps, party: DemoParty): Promise<DemoParty> {
  if (party.admin && party.member) return party;
  const orgUuid = decodeId('org', party.organizationId)!;
  return { ...party, admin: await createDemoUser(deps, orgUuid, 'admin'), member: await createDemoUser(deps, orgUuid, 'member') };
}

async function createParty(deps: AppDeps, name: string): Promise<DemoParty & { envUuid: string; orgUuid: string; keyUuid: string }> {
  const ctx = { store: deps.store, clock: deps.clock, secret: deps.secret };
  const { organization, environments } = await createOrganization({ ctx, input: { name } });
  const sandbox = environments.find((e) => e.kind === 'sandbox')!;
  const { token, credential } = await issueApiKey({
    ctx,
    input: { organizationId: organization.id, environmentId: sandbox.id, environmentKind: 'sandbox', name: `${name} demo key` },
  });
  return {
    organizationId: encodeId('org', organization.id),
    environmentId: encodeId('env', sandbox.id),
    apiKey: token,
    admin: await createDemoUser(deps, organization.id, 'admin'),
    member: await createDemoUser(deps, organization.id, 'member'),
    envUuid: sandbox.id,
    orgUuid: organization.id,
    keyUuid: credential.id,
  };
}

async function existing(deps: AppDeps, file: string): Promise<DemoFile | null> {
  try {
    const demo = JSON.parse(await fs.readFile(file, 'utf8')) as DemoFile;
    const src = decodeId('org', demo.source.organizationId);
    const dst = decodeId('org', demo.destination.organizationId);
    if (!src || !dst) return null;
    const [a, b] = await Promise.all([deps.store.identity.findOrganization(src), deps.store.identity.findOrganization(dst)]);
    return a && b ? demo : null;
  } catch {
    return null;
  }
}

async function partiesOf(deps: AppDeps, demo: DemoFile): Promise<DemoParties> {
  const party = (p: DemoParty) => ({ organizationId: decodeId('org', p.organizationId)!, environmentId: decodeId('env', p.environmentId)! });
  const key = await deps.store.credentials.findByHash(keyedHash(deps.secret, demo.source.apiKey));
  if (!key) throw new Error(`The demo source's API key in demo.json no longer exists; remove demo.json to seed a new demo`);
  return { source: { ...party(demo.source), apiKeyId: key.id }, destination: party(demo.destination) };
}

export function seedCurl(demo: DemoFile): string {
  return [
    `curl -X POST ${demo.baseUrl}/api/v1/connect/share-tokens \\`,
    `  -H "Authorization: Bearer ${demo.source.apiKey}" \\`,
    `  -H "Content-Type: application/json" \\`,
    `  -d '{`,
    `  "data": {`,
    `    "attributes": {`,
    `      "connection-id": "${demo.connectionId}",`,
    `      "source-id": "${demo.inquiryId}"`,
    `    }`,
    `  }`,
    `}'`,
  ].join('\n');
}

export function loginCurl(demo: DemoFile): string {
  const u = demo.source.admin;
  return [
    `curl -X POST ${demo.baseUrl}/v3/accounts/login \\`,
    `  -H "Content-Type: application/json" \\`,
    `  -d '{"accountAlias": "${u.accountAlias}", "email": "${u.email}", "password": "${u.password}"}'`,
  ].join('\n');
}

export async function seedDemo({ deps, baseUrl, print }: { deps: AppDeps; baseUrl: string; print: (s: string) => void }): Promise<DemoFile> {
  const file = path.join(deps.config.dataDir, 'demo.json');
  let demo = await existing(deps, file);
  if (demo) {
    demo = { ...demo, baseUrl, adminToken: deps.adminToken };
    // A demo.json from before workflows gains its automation on the next start.
    if (!demo.automatedConnectionId) demo = { ...demo, ...(await seedDemoWorkflows(deps, await partiesOf(deps, demo))) };
    demo = { ...demo, source: await withUsers(deps, demo.source), destination: await withUsers(deps, demo.destination) };
  } else {
    const source = await createParty(deps, 'Demo Source');
    const destination = await createParty(deps, 'Demo Destination');
    const parties: DemoParties = {
      source: { organizationId: source.orgUuid, environmentId: source.envUuid, apiKeyId: source.keyUuid },
      destination: { organizationId: destination.orgUuid, environmentId: destination.envUuid },
    };
    const sharing: DemoSharing = await seedDemoSharing(deps, parties);
    const strip = ({ envUuid: _e, orgUuid: _o, keyUuid: _k, ...p }: typeof source): DemoParty => p;
    demo = {
      adminToken: deps.adminToken,
      baseUrl,
      source: strip(source),
      destination: strip(destination),
      connectionId: sharing.connectionId,
      inquiryId: sharing.inquiryId,
      ...(await seedDemoWorkflows(deps, parties)),
    };
  }
  await writeFileAtomic(file, JSON.stringify(demo, null, 2) + '\n');
  print(
    `\nTessera demo is ready (${file}).\n` +
      `  source org       ${demo.source.organizationId}  key ${demo.source.apiKey}\n` +
      `  destination org  ${demo.destination.organizationId}  key ${demo.destination.apiKey}\n` +
      `  connection       ${demo.connectionId}\n  inquiry          ${demo.inquiryId}\n\n` +
      `Create a share token (seed 001):\n\n${seedCurl(demo)}\n\n` +
      `Log in on /v3 (then create a personal access token or an Astra user API token):\n\n${loginCurl(demo)}\n\n` +
      `Automated sharing: connection ${demo.automatedConnectionId} (Demo Source → Demo Destination) has two workflows:\n` +
      `  ${demo.automatedWorkflows.share} (source org) shares every completed inquiry on it,\n` +
      `  ${demo.automatedWorkflows.redeem} (destination org) redeems what arrives on it.\n` +
      `Complete an inquiry with the source's key and the destination receives a redeemed copy.\n\n`,
  );
  return demo;
}
