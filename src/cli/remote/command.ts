/**
 * The shape of a remote command and the parsing every command shares: global
 * options (profile, output), the command's own options, positionals, and the
 * usage errors that end in exit code 2.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { TesseraClient } from 'tessera/sdk';
import type { Output } from './output.js';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

/** A mistake on the command line: exit code 2 with the message and a pointer to --help. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly helpHint = 'tessera --help',
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

export type Values = Record<string, string | boolean | string[] | boolean[] | undefined>;

export interface CommandContext {
  values: Values;
  positionals: string[];
  out: Output;
  /** The Connect client (API key, or the saved session and an environment); a usage error without either. */
  connect(): TesseraClient;
  /** The `/v3` client (a session or a personal access token); a usage error without one. */
  user(): TesseraClient;
  /** Resolves when the user interrupts (Ctrl-C); long-running commands stop then. */
  interrupted: AbortSignal;
}

export interface Command {
  name: string;
  summary: string;
  /** Positional arguments, e.g. `<id>`. */
  args?: string;
  options?: OptionSpec;
  /** Lines describing the options, for --help. */
  optionHelp?: string[];
  example: string;
  /** The number of positionals the command takes (exactly). */
  positionals?: number;
  run(ctx: CommandContext): Promise<number | void>;
}

export interface CommandGroup {
  name: string;
  summary: string;
  commands: Command[];
}

/** Options every remote command accepts. */
export const GLOBAL_OPTIONS: OptionSpec = {
  url: { type: 'string' },
  'api-key': { type: 'string' },
  token: { type: 'string' },
  profile: { type: 'string' },
  environment: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
};

export const GLOBAL_HELP = [
  '--url URL            Tessera base URL (default: the saved profile\'s)',
  '--api-key KEY        Connect API key (tsk_…) for Connect commands',
  '--token TOKEN        /v3 bearer: a session or a personal access token (tpat_…)',
  '--profile NAME       Saved login to use (default: "default")',
  '--environment ENV    sandbox | production, for Connect through a saved session (default: sandbox)',
  '--json               Print the API\'s data as JSON',
  '-h, --help           Show help',
];

/**
 * `--expires-in -5`: a value that looks like a negative number belongs to the option before it
 * (parseArgs would call it ambiguous), so the option's own check can say what it takes.
 */
function joinNegativeValues(argv: string[], options: OptionSpec): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') return [...out, ...argv.slice(i)];
    const next = argv[i + 1];
    if (arg.startsWith('--') && options[arg.slice(2)]?.type === 'string' && next !== undefined && /^-\.?\d/.test(next)) {
      out.push(`${arg}=${next}`);
      i++;
    } else {
      out.push(arg);
    }
  }
  return out;
}

/** Parses argv for one command; unknown flags and a wrong number of arguments are usage errors. */
export function parseCommandArgs(argv: string[], command: Command, helpHint: string): { values: Values; positionals: string[] } {
  const options = { ...GLOBAL_OPTIONS, ...command.options };
  let parsed;
  try {
    parsed = parseArgs({ args: joinNegativeValues(argv, options), allowPositionals: true, strict: true, options });
  } catch (e) {
    throw new UsageError((e as Error).message.replace(/\. To specify a positional argument.*$/s, ''), helpHint);
  }
  const values = parsed.values as Values;
  if (!values.help && command.positionals !== undefined && parsed.positionals.length !== command.positionals) {
    const what = command.args ?? 'no arguments';
    throw new UsageError(
      parsed.positionals.length < command.positionals ? `missing argument: expected ${what}` : `unexpected argument "${parsed.positionals[command.positionals]}"`,
      helpHint,
    );
  }
  return { values, positionals: parsed.positionals };
}

/** A required string option, or a usage error naming it. */
export function required(values: Values, name: string, helpHint: string): string {
  const v = values[name];
  if (typeof v !== 'string' || v === '') throw new UsageError(`missing option --${name}`, helpHint);
  return v;
}

/** What a numeric option takes: whole numbers from `min` (default 0) up to `max`, in `unit`. */
export interface IntegerRange {
  min?: number;
  max?: number;
  /** Named in the message: "a whole number of seconds". */
  unit?: string;
}

/** Connect's page[size]. */
export const PAGE_SIZE: IntegerRange = { min: 1, max: 100 };

/**
 * An optional whole-number option. Anything else (`-5`, `1.5`, `10s`, out of range) is a usage
 * error, before any request, that says what the option takes and what it got.
 */
export function integerOption(values: Values, name: string, helpHint: string, range: IntegerRange = {}): number | undefined {
  const v = values[name];
  if (v === undefined) return undefined;
  const { min = 0, max, unit } = range;
  const n = typeof v === 'string' && /^\d+$/.test(v.trim()) ? Number(v) : NaN;
  if (Number.isSafeInteger(n) && n >= min && (max === undefined || n <= max)) return n;
  const bounds = max === undefined ? `${min} or more` : `from ${min} to ${max}`;
  throw new UsageError(`--${name} must be a whole number${unit ? ` of ${unit}` : ''}, ${bounds}; got "${String(v)}"`, helpHint);
}

/** A repeatable or comma-separated option as a list. */
export function listOption(values: Values, name: string): string[] {
  const v = values[name];
  const items = Array.isArray(v) ? v.map(String) : typeof v === 'string' ? [v] : [];
  return items.flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean);
}

/** A list option as a Connect filter's value (`a,b`: any of), or undefined to leave the filter out. */
export function filterOption(values: Values, name: string): string | undefined {
  const list = listOption(values, name);
  return list.length > 0 ? list.join(',') : undefined;
}
