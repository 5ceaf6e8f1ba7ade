/**
 * Saved logins: `<config dir>/profiles.json` (mode 0600), one entry per
 * profile name, and the resolution of the credentials a command uses — flags
 * first, then the chosen profile.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { createTesseraClient, type Environment, type TesseraClient } from 'tessera/sdk';
import { writeFileAtomic } from '../../storage/files.js';
import { UsageError, type Values } from './command.js';

export interface Profile {
  url: string;
  /** A Connect API key. */
  apiKey?: string;
  /** A session JWT from `POST /v3/accounts/login`. */
  session?: string;
  /** Who logged in, for display. */
  account?: string;
  email?: string;
  savedAt?: string;
}

interface ProfilesFile {
  profiles: Record<string, Profile>;
}

export const DEFAULT_PROFILE = 'default';

const fileOf = (configDir: string) => path.join(configDir, 'profiles.json');

export async function readProfiles(configDir: string): Promise<ProfilesFile> {
  try {
    const parsed = JSON.parse(await fs.readFile(fileOf(configDir), 'utf8')) as Partial<ProfilesFile>;
    return { profiles: parsed.profiles ?? {} };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { profiles: {} };
    throw new Error(`cannot read ${fileOf(configDir)}: ${(e as Error).message}`, { cause: e });
  }
}

/** Writes the file atomically and private to the user: it holds secrets. */
async function writeProfiles(configDir: string, file: ProfilesFile): Promise<string> {
  await fs.mkdir(configDir, { recursive: true, mode: 0o700 });
  const target = fileOf(configDir);
  await writeFileAtomic(target, JSON.stringify(file, null, 2) + '\n');
  return target;
}

export async function saveProfile(configDir: string, name: string, profile: Profile): Promise<string> {
  const file = await readProfiles(configDir);
  file.profiles[name] = profile;
  return writeProfiles(configDir, file);
}

export async function removeProfile(configDir: string, name: string): Promise<boolean> {
  const file = await readProfiles(configDir);
  if (!(name in file.profiles)) return false;
  delete file.profiles[name];
  await writeProfiles(configDir, file);
  return true;
}

export interface Credentials {
  url: string | undefined;
  apiKey: string | undefined;
  token: string | undefined;
  environment: Environment;
  /** Which of the credentials came from a saved profile (not flags): a 401 then means that login went stale. */
  saved?: { profile: string; apiKey: boolean; token: boolean };
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/** Flags win over the saved profile, field by field. */
export async function resolveCredentials(configDir: string, values: Values, helpHint: string): Promise<Credentials> {
  const name = str(values.profile) ?? DEFAULT_PROFILE;
  const saved = (await readProfiles(configDir)).profiles[name];
  if (str(values.profile) && !saved) throw new UsageError(`no saved profile "${name}" (run tessera login --profile ${name} …)`, helpHint);
  const environment = str(values.environment) ?? 'sandbox';
  if (environment !== 'sandbox' && environment !== 'production') throw new UsageError('--environment must be sandbox or production', helpHint);
  const apiKey = str(values['api-key']) ?? (str(values.token) ? undefined : saved?.apiKey);
  const token = str(values.token) ?? saved?.session;
  return {
    url: str(values.url) ?? saved?.url,
    apiKey,
    token,
    environment,
    ...(saved ? { saved: { profile: name, apiKey: apiKey !== undefined && apiKey === saved.apiKey, token: token !== undefined && token === saved.session } } : {}),
  };
}

/** Whether a client for `surface` authenticates with the saved profile's credential (as connectClient and userClient choose). */
export function usesSavedLogin(c: Credentials, surface: 'connect' | 'user'): boolean {
  if (!c.saved) return false;
  return surface === 'connect' && c.apiKey ? c.saved.apiKey : c.saved.token;
}

function baseUrl(c: Credentials, helpHint: string): string {
  if (!c.url) throw new UsageError('no server URL: pass --url or run tessera login', helpHint);
  if (!/^https?:\/\/[^/]/.test(c.url)) throw new UsageError(`--url must be an http:// or https:// URL, got "${c.url}"`, helpHint);
  return c.url;
}

/** Connect takes an API key, or a session with an environment. */
export function connectClient(c: Credentials, helpHint: string, signal?: AbortSignal): TesseraClient {
  const url = baseUrl(c, helpHint);
  if (c.apiKey) return createTesseraClient({ baseUrl: url, apiKey: c.apiKey, signal });
  if (c.token) return createTesseraClient({ baseUrl: url, session: c.token, environment: c.environment, signal });
  throw new UsageError('no credential: pass --api-key (or --token) or run tessera login', helpHint);
}

/** `/v3` takes a session or a personal access token. */
export function userClient(c: Credentials, helpHint: string, signal?: AbortSignal): TesseraClient {
  const url = baseUrl(c, helpHint);
  if (!c.token) throw new UsageError('no user token: pass --token (a session or a personal access token) or run tessera login --account …', helpHint);
  return createTesseraClient({ baseUrl: url, session: c.token, signal });
}
