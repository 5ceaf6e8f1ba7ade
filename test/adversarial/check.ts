/**
 * What every fuzzed response must satisfy: no 5xx, an answer in time, no
 * stack trace or SQL in the body, a `Request-Id`, and errors in the surface's
 * own format (connect-api.md §1.4, pat-v3-api.md §8, astra-api.md §5, RFC 6749
 * §5.2; the admin API uses Connect's).
 */
import type { Surface } from './spec.js';

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | number | undefined>;
  body: string;
}

/** One broken rule; `rule` is the short name findings are grouped by. */
export interface Violation {
  rule: string;
  note: string;
}

export const LEAKS: Array<[string, RegExp]> = [
  ['stack trace', /at [^\n]*\.(ts|js):\d+/],
  ['node_modules path', /node_modules/],
  ['SQL', /SELECT /],
  ['SQL', /INSERT INTO/],
  ['SQL error', /syntax error at or near/],
  ['SQL error', /violates [^\n]* constraint/],
  ['SQL error', /relation "/],
];

function parse(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}

const isString = (v: unknown) => typeof v === 'string' && v.length > 0;

/** Why `body` is not an error of `surface`'s format, or null when it is. */
export function errorFormatProblem(surface: Surface, answer: Answer): string | null {
  const json = parse(answer.body) as Record<string, unknown> | undefined;
  if (!json || typeof json !== 'object' || Array.isArray(json)) return 'error body is not a JSON object';
  switch (surface) {
    case 'connect':
    case 'admin': {
      const errors = json.errors;
      if (!Array.isArray(errors) || errors.length === 0) return 'no errors[]';
      if (!errors.every((e) => e && typeof e === 'object' && isString((e as { title?: unknown }).title))) return 'an errors[] item has no title';
      return null;
    }
    case 'v3':
      return isString(json.message) && isString(json.code) ? null : 'not {message, code}';
    case 'astra': {
      const type = String(answer.headers['content-type'] ?? '');
      if (!type.startsWith('application/problem+json')) return `content-type ${type || '(none)'}, not application/problem+json`;
      for (const field of ['type', 'title', 'status', 'correlationID']) if (json[field] === undefined || json[field] === '') return `problem without ${field}`;
      return null;
    }
    case 'oauth':
      return isString(json.error) && typeof json.error_description === 'string' ? null : 'not {error, error_description}';
  }
}

export function check(surface: Surface, answer: Answer): Violation[] {
  const out: Violation[] = [];
  if (answer.status >= 500) out.push({ rule: `${answer.status}`, note: `status ${answer.status}` });
  if (!answer.headers['request-id']) out.push({ rule: 'no Request-Id', note: 'response has no Request-Id header' });
  // Inside a JSON string a quote is `\"`: the patterns look at the text as a reader would see it.
  const text = answer.body.includes('\\"') ? answer.body.replace(/\\"/g, '"') : answer.body;
  for (const [name, re] of LEAKS) {
    const m = re.exec(text);
    if (m) out.push({ rule: `leak: ${name}`, note: `body contains ${JSON.stringify(text.slice(Math.max(0, m.index - 40), m.index + 80))}` });
  }
  if (answer.status >= 400) {
    const problem = errorFormatProblem(surface, answer);
    if (problem) out.push({ rule: 'error format', note: problem });
  }
  return out;
}
