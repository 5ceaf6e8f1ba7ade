/**
 * Where the remote CLI keeps its saved logins: TESSERA_CONFIG_DIR, else
 * $XDG_CONFIG_HOME/tessera, else ~/.config/tessera. Kept apart from
 * loadConfig, which configures the server.
 */
import os from 'node:os';
import path from 'node:path';

type Env = Record<string, string | undefined>;

export function cliConfigDir(env: Env = process.env): string {
  if (env.TESSERA_CONFIG_DIR) return path.resolve(env.TESSERA_CONFIG_DIR);
  if (env.XDG_CONFIG_HOME) return path.join(path.resolve(env.XDG_CONFIG_HOME), 'tessera');
  return path.join(env.HOME || os.homedir(), '.config', 'tessera');
}
