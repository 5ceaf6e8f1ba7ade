// ESLint: TypeScript rules plus the import boundaries of the architecture
// (shared/design/architecture.md), so the boundaries are checked, not remembered.
import js from '@eslint/js';
import { builtinRules } from 'eslint/use-at-your-own-risk';
import tseslint from 'typescript-eslint';

const DOMAINS = ['identity', 'credentials', 'records', 'connect', 'events', 'workflows', 'jobs', 'api-logs', 'stats'];
const ADAPTERS = ['http', 'surfaces', 'storage', 'cli', 'sdk', 'config'];

/** Domains use each other only through their index.ts. */
const otherDomainInternals = (self) =>
  DOMAINS.filter((d) => d !== self).flatMap((d) => [`../${d}/*`, `!../${d}/index.js`, `../../${d}/*`, `!../../${d}/index.js`]);

const domainRules = DOMAINS.map((domain) => ({
  files: [`src/${domain}/**/*.ts`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: [
              ...ADAPTERS.flatMap((a) => [`../${a}/*`, `../../${a}/*`]),
              '../app*', '../server*', '../main*', '../jobs-registry*',
              ...otherDomainInternals(domain),
            ],
            message: 'Domain code may not import adapters (http, surfaces, storage, cli, config) or another domain\'s internals; import its index.ts.',
          },
        ],
      },
    ],
  },
}));

/**
 * `req.body as …`, `req.params as …`, `req.query as …` (and `request.`, and `<T>req.body`): a route declares
 * its schemas and the TypeBox type provider types them (src/http/typed.ts), so a cast only hides a
 * schema that is missing or wrong.
 */
const REQUEST_PART = "MemberExpression.expression[object.name=/^(req|request)$/][property.name=/^(body|params|query)$/]";
const REQUEST_CASTS = ['TSAsExpression', 'TSTypeAssertion'].map((cast) => ({
  selector: `${cast} > ${REQUEST_PART}`,
  message: 'Declare the route\'s schema (body, params, querystring) and let the type provider type it; no cast of the request.',
}));

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'scratch/**', 'dashboard/dist/**', 'test-results/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[object.name='process'][property.name='env']", message: 'Only src/config reads the environment.' },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['../*', '!../core/*'], message: 'core/ depends on nothing else in src/.' }] },
      ],
    },
  },
  ...domainRules,
  {
    // no-restricted-syntax once more under its own name: one rule has one severity, and the process.env
    // rule keeps its own settings.
    files: ['src/**/*.ts'],
    plugins: { tessera: { rules: { 'no-request-casts': builtinRules.get('no-restricted-syntax') } } },
    rules: { 'tessera/no-request-casts': ['error', ...REQUEST_CASTS] },
  },
  {
    // The SDK runs in browsers too: no Node built-ins, no Node globals.
    files: ['sdk/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['node:*', 'fs', 'path', 'os', 'crypto', 'http', 'https', 'url', 'util', 'stream', 'buffer', 'child_process', 'events'], message: 'sdk/ must run in a browser: no Node built-ins.' }] }],
      'no-restricted-globals': ['error', 'process', 'Buffer', '__dirname', '__filename', 'require', 'global'],
    },
  },
  {
    files: ['bin/**/*.js', '*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  {
    files: ['src/config/**', 'test/**', 'bench/**', 'src/main.ts', '*.config.*', 'eslint.config.js', 'bin/**', '.ci/**'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
