/**
 * `tessera login` saves a profile (an API key, or a `/v3` session from
 * email and password), checking it against the server first; without
 * --password at a terminal it asks for the password (not echoed); `tessera logout`
 * forgets one, ending its session on the server first (best effort: a server
 * that cannot be reached does not keep the profile).
 */
import { createTesseraClient, TesseraApiError, unwrap } from 'tessera/sdk';
import { UsageError, type Command, type Values } from './command.js';
import { DEFAULT_PROFILE, readProfiles, removeProfile, saveProfile, type Profile } from './profile.js';

const hint = 'tessera login --help';
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/** Asks for a secret without echoing it; absent when stdin is not a terminal. */
export type ReadSecret = (question: string) => Promise<string>;

export function loginCommand(configDir: string, readSecret?: ReadSecret): Command {
  return {
    name: 'login',
    summary: 'Save a profile: an API key, or a session from your email and password',
    options: { account: { type: 'string' }, email: { type: 'string' }, password: { type: 'string' } },
    optionHelp: [
      '--url URL           The Tessera server (required)',
      '--api-key KEY       Save this Connect API key (checked against the server)',
      '--account ALIAS     With --email (and the password): log in on /v3 and save the session',
      '--email EMAIL',
      '--password PASSWORD Leave it out at a terminal to be asked for it (not echoed)',
      '--profile NAME      Save under this name (default: "default")',
    ],
    example: 'tessera login --url http://127.0.0.1:8080 --account demo-source --email admin@demo-source.test',
    positionals: 0,
    async run({ values, out }) {
      const url = str(values.url);
      if (!url) throw new UsageError('missing option --url', hint);
      if (!/^https?:\/\/[^/]/.test(url)) throw new UsageError(`--url must be an http:// or https:// URL, got "${url}"`, hint);
      const name = str(values.profile) ?? DEFAULT_PROFILE;
      const profile = await credentialsFor(url, values, readSecret);
      const file = await saveProfile(configDir, name, profile);
      const who = profile.apiKey ? `API key ${profile.apiKey.slice(0, 16)}…` : `${profile.email} (${profile.account})`;
      out.print({ profile: name, url, file }, () => `Logged in to ${url} with ${who}; saved as profile "${name}" in ${file}\n`);
    },
  };
}

async function credentialsFor(url: string, values: Values, readSecret: ReadSecret | undefined): Promise<Profile> {
  const apiKey = str(values['api-key']);
  const [account, email] = [str(values.account), str(values.email)];
  let password = str(values.password);
  const savedAt = new Date().toISOString();
  if (apiKey) {
    if (account || email || password) throw new UsageError('use either --api-key or --account/--email/--password', hint);
    // A 401 means a bad key; a 403 (no rate_limit.read) still proves the key is valid.
    await unwrap(createTesseraClient({ baseUrl: url, apiKey }).connect.GET('/api/v1/rate-limits')).catch((e: unknown) => {
      if (!(e instanceof TesseraApiError && e.status === 403)) throw e;
    });
    return { url, apiKey, savedAt };
  }
  if (!account || !email) throw new UsageError('pass --api-key, or --account and --email (and --password, or type it when asked)', hint);
  if (!password) {
    // A password on the command line stays in the shell's history: at a terminal, it is asked for instead.
    if (!readSecret) throw new UsageError('missing option --password (it is asked for only when stdin is a terminal)', hint);
    password = await readSecret(`Password for ${email} (${account}): `);
    if (password === '') throw new UsageError('no password entered', hint);
  }
  const { accessToken } = await unwrap(createTesseraClient({ baseUrl: url }).v3.POST('/v3/accounts/login', { body: { accountAlias: account, email, password } }));
  return { url, session: accessToken, account, email, savedAt };
}

export function logoutCommand(configDir: string): Command {
  return {
    name: 'logout',
    summary: 'Forget a saved profile (and end its session on the server)',
    optionHelp: ['--profile NAME      The profile to forget (default: "default")'],
    example: 'tessera logout --profile staging',
    positionals: 0,
    async run({ values, out }) {
      const name = str(values.profile) ?? DEFAULT_PROFILE;
      const saved = (await readProfiles(configDir)).profiles[name];
      const ended = saved?.session ? await endSession(saved.url, saved.session) : false;
      const removed = await removeProfile(configDir, name);
      out.print({ profile: name, removed, sessionEnded: ended }, () =>
        removed ? `Forgot profile "${name}"${ended ? ' and ended its session' : ''}.\n` : `No profile "${name}".\n`,
      );
    },
  };
}

/** `POST /v3/accounts/logout` with the saved session; false when the server could not be asked or refused. */
async function endSession(url: string, session: string): Promise<boolean> {
  try {
    await unwrap(createTesseraClient({ baseUrl: url, session, signal: AbortSignal.timeout(5_000) }).v3.POST('/v3/accounts/logout'));
    return true;
  } catch {
    return false;
  }
}
