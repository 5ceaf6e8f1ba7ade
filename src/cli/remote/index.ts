/**
 * The remote commands of `tessera` (share-tokens, connections, …, login):
 * finds the command, parses its options, resolves the profile, runs it through
 * the SDK and maps the outcome to an exit code — 0 done, 1 the API or the
 * network answered an error, 2 a usage error.
 */
import { TesseraApiError } from 'tessera/sdk';
import { GLOBAL_HELP, parseCommandArgs, UsageError, type Command, type CommandGroup } from './command.js';
import { apiKeys } from './api-keys.js';
import { connections, inquiries } from './connections.js';
import { events } from './events.js';
import { describeFailure } from './failure.js';
import { loginCommand, logoutCommand } from './login.js';
import { Output, type Streams } from './output.js';
import { connectClient, resolveCredentials, userClient, usesSavedLogin, type Credentials } from './profile.js';
import { PromptCancelled } from './prompt.js';
import { shareTokens } from './share-tokens.js';
import { tokens } from './tokens.js';
import { webhooks } from './webhooks.js';

export const REMOTE_GROUPS: CommandGroup[] = [shareTokens, connections, inquiries, apiKeys, tokens, webhooks, events];
const SINGLE_COMMANDS = ['login', 'logout'];

/** Whether `tessera <name>` is a remote command. */
export function isRemoteCommand(name: string | undefined): boolean {
  return name !== undefined && (SINGLE_COMMANDS.includes(name) || REMOTE_GROUPS.some((g) => g.name === name));
}

/** The lines `tessera --help` shows for the remote commands. */
export function remoteUsage(): string {
  const width = Math.max(...REMOTE_GROUPS.map((g) => g.name.length), 8) + 2;
  return [
    ...SINGLE_COMMANDS.map((n) => `  ${n.padEnd(width)} ${n === 'login' ? 'Save a profile (URL and API key, or a session)' : 'Forget a saved profile'}`),
    ...REMOTE_GROUPS.map((g) => `  ${g.name.padEnd(width)} ${g.commands.map((c) => c.name).join('|')}: ${g.summary}`),
  ].join('\n');
}

function commandHelp(path: string, command: Command): string {
  return [
    `Usage: tessera ${path}${command.args ? ` ${command.args}` : ''} [options]`,
    '',
    command.summary,
    '',
    ...(command.optionHelp?.length ? ['Options:', ...command.optionHelp.map((l) => `  ${l}`), ''] : []),
    'Global options:',
    ...GLOBAL_HELP.map((l) => `  ${l}`),
    '',
    'Example:',
    `  ${command.example}`,
    '',
  ].join('\n');
}

function groupHelp(group: CommandGroup): string {
  const width = Math.max(...group.commands.map((c) => c.name.length)) + 2;
  return [
    `Usage: tessera ${group.name} <command> [options]`,
    '',
    group.summary,
    '',
    'Commands:',
    ...group.commands.map((c) => `  ${c.name.padEnd(width)} ${c.summary}`),
    '',
    'Example:',
    `  ${group.commands[0]!.example}`,
    '',
    `Run "tessera ${group.name} <command> --help" for a command's options.`,
    '',
  ].join('\n');
}

export interface RemoteDeps {
  streams: Streams;
  /** Where profiles are saved (src/config/cli.ts). */
  configDir: string;
  /** Aborted on Ctrl-C. */
  interrupted: AbortSignal;
  /** Asks for a secret without echoing it; only when stdin is a terminal. */
  readSecret?: (question: string) => Promise<string>;
}

function find(argv: string[], deps: RemoteDeps): { path: string; command: Command; rest: string[] } | { help: string } {
  const [first, second] = argv;
  if (first === 'login') return { path: 'login', command: loginCommand(deps.configDir, deps.readSecret), rest: argv.slice(1) };
  if (first === 'logout') return { path: 'logout', command: logoutCommand(deps.configDir), rest: argv.slice(1) };
  const group = REMOTE_GROUPS.find((g) => g.name === first)!;
  if (second === undefined || second === '--help' || second === '-h') return { help: groupHelp(group) };
  const command = group.commands.find((c) => c.name === second);
  if (!command) throw new UsageError(`unknown command "${first} ${second}" (one of: ${group.commands.map((c) => c.name).join(', ')})`, `tessera ${group.name} --help`);
  return { path: `${group.name} ${command.name}`, command, rest: argv.slice(2) };
}

/** Runs `tessera <group> <command> …`; the exit code. */
export async function runRemote(argv: string[], deps: RemoteDeps): Promise<number> {
  const { streams } = deps;
  // For the error lines: the server asked, and the saved profile whose credential was used.
  let url: string | undefined;
  let savedProfile: string | undefined;
  try {
    const found = find(argv, deps);
    if ('help' in found) {
      streams.stdout(found.help);
      return 0;
    }
    const hint = `tessera ${found.path} --help`;
    const { values, positionals } = parseCommandArgs(found.rest, found.command, hint);
    if (values.help) {
      streams.stdout(commandHelp(found.path, found.command));
      return 0;
    }
    // Resolved before the command runs, so a missing profile is a usage error, not a half-done command.
    const resolved: Credentials | undefined = SINGLE_COMMANDS.includes(found.path) ? undefined : await resolveCredentials(deps.configDir, values, hint);
    url = resolved ? resolved.url : typeof values.url === 'string' ? values.url : undefined;
    const saved = (surface: 'connect' | 'user') => {
      if (usesSavedLogin(resolved!, surface)) savedProfile = resolved!.saved!.profile;
    };
    const code = await found.command.run({
      values,
      positionals,
      out: new Output(streams, values.json === true),
      connect: () => {
        saved('connect');
        return connectClient(resolved!, hint, deps.interrupted);
      },
      user: () => {
        saved('user');
        return userClient(resolved!, hint, deps.interrupted);
      },
      interrupted: deps.interrupted,
    });
    return deps.interrupted.aborted ? 130 : (code ?? 0);
  } catch (e) {
    // Ctrl-C: 130, as a shell reports a process ended by SIGINT.
    if (deps.interrupted.aborted || e instanceof PromptCancelled) return 130;
    if (e instanceof UsageError) {
      streams.stderr(`tessera: ${e.message}\nRun "${e.helpHint}" for usage.\n`);
      return 2;
    }
    if (e instanceof TesseraApiError) {
      streams.stderr(describeFailure(e, { url, savedProfile }));
      return 1;
    }
    throw e;
  }
}
