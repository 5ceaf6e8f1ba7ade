/**
 * The odd values the fuzzer draws from: strings PostgreSQL cannot store,
 * number literals no column holds, broken JSON, content types, path ids,
 * header values, and each surface's query parameter names.
 */
import type { Surface } from './spec.js';
import type { Json } from './json-body.js';

export const NUL_STRINGS = ['\u0000', 'demo\u0000', 'a\u0000b', '\u0000'.repeat(64), 'x%00'.replace('%00', '\u0000'), '\u0000\u0001\u001f'];
export const SURROGATE_STRINGS = ['\ud800', 'demo\ud800', '\udfff', 'a\udc00b', '\ud800\ud800', '\udbff\u0000', '\ud83d'];
export const WRONG_VALUES: Json[] = [0, 1.5, -1, true, false, null, [], {}, 'text', [1, 'a'], { a: 1 }, ''];
export const HUGE_LITERALS = [
  '1e308',
  '-1e308',
  '9223372036854775808',
  '-9223372036854775809',
  '18446744073709551616',
  '-0',
  '1e400',
  '-1e400',
  '1e-400',
  '9007199254740993',
  '123456789012345678901234567890',
  '0.000000000000000000001',
  '2147483648',
  '-2147483649',
  '"NaN"',
  '"Infinity"',
  '"-Infinity"',
  '"1e308"',
  '"9223372036854775808"',
  '"0x10"',
  '"-0"',
];
export const HUGE_QUERY = ['1e308', '9223372036854775808', '-9223372036854775809', '-0', 'NaN', 'Infinity', '-Infinity', '1e400', '0x10', '00000000001', '9'.repeat(400), '1.5', '-1', '+1', '1_000'];
/** Over the 1 MiB body limit, just under it (twice as often: the interesting case), and smaller. */
export const LONG_SIZES = [1_048_576 + 16, 1_000_000, 1_000_000, 900_000, 900_000, 900_000, 65_536, 300];
export const BAD_JSON = [
  '{',
  '{"a":',
  '{"a":1,}',
  "{'a':1}",
  'nul',
  'NaN',
  '[1,2',
  '{"a":1}}',
  '{"a":1}{"b":2}',
  '"unterminated',
  '{"a":"\u0001"}',
  '{"a":"\\x41"}',
  '{"a":"\\ud800\\u"}',
  '\ufeff{}',
  '{"__proto__":{"polluted":1}}',
  '{"constructor":{"prototype":{"polluted":1}}}',
  '{"a":1e}',
  '{"a":01}',
  '{"a":.5}',
  '{"a":undefined}',
  ']',
  '\u0000',
  'true',
  '123',
  '"string"',
  'null',
  '[]',
];
export const CONTENT_TYPES = [
  'text/plain',
  'application/xml',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/json; charset=utf-16',
  'application/json; charset=latin1',
  'application/octet-stream',
  '',
  null,
  'application/vnd.api+json',
  'application/merge-patch+json',
  'APPLICATION/JSON',
  '*/*',
  'application/json, text/plain',
  'application/jsonx',
  'json',
  'application/problem+json',
  'application/astra-token+json; version=2',
  'application/json; boundary=";"',
];
export const ODD_IDS = [
  'x'.repeat(10_000),
  'a'.repeat(300),
  '%F0%9F%92%A9',
  '%E2%80%AE%E2%80%AD',
  '%C3%BCn%C3%AFc%C3%B6de',
  // Not `..`, `%2e%2e`: inject (like most HTTP clients) resolves dot segments before sending.
  'a..b',
  '...',
  '%00',
  'abc%00def',
  '%2F',
  'a%2Fb',
  '%5C',
  '%ZZ',
  '%',
  '%ED%A0%80',
  '%FF%FE',
  '%C0%80',
  "'%20OR%201=1--",
  '%22%3B%20DROP%20TABLE%20x%3B--',
  '-1',
  '0',
  '9'.repeat(40),
  'null',
  'undefined',
  '__proto__',
  'constructor',
  '%20',
  '*',
  '%0D%0AX-Injected:%201',
  '$%7Bjndi:x%7D',
];
export const INFLECTION_VALUES = ['', 'KEBAB', 'pascal', 'camel,snake', 'x'.repeat(5000), '\u00ff'];
export const ODD_HEADER_VALUES = ['', ' ', 'x'.repeat(10_000), '\u00ff\u00fe', 'a,b', '*', '"', 'null', '1e308'];

/** Query parameters each surface's lists know (connect-api.md §1.3, pat-v3-api.md §5, astra-api.md §4.1). */
export const QUERY_KEYS: Record<Surface, string[]> = {
  connect: ['page[size]', 'page[after]', 'page[before]', 'filter[status]', 'filter[reference-id]', 'filter[name]', 'filter[created-at-start]', 'filter[created-at-end]', 'filter[path]', 'filter[method]', 'fields[inquiry]', 'include'],
  admin: ['page[size]', 'page[after]'],
  v3: ['page', 'limit', 'sort', 'query', 'userId', 'revoked', 'expiresAt[gte]', 'expiresAt[lte]'],
  astra: ['include', 'filter', 'orderBy', 'limit', 'skip', 'count', 'continue'],
  oauth: ['token'],
};
