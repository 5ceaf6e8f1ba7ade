/** `tessera tokens create|list|revoke|rotate`: personal access tokens on `/v3` (pat-v3-api.md §5). */
import { unwrap, type Answer } from 'tessera/sdk';
import { integerOption, listOption, required, UsageError, type CommandGroup } from './command.js';
import { optionalField, renderFields, type Column } from './output.js';

type Pat = Answer<'/v3/personal-access-tokens/{id}', 'get'>;
/** Create and rotate answer the token with its secret (`token`), shown this once. */
type PatWithSecret = Answer<'/v3/personal-access-tokens', 'post'> | Answer<'/v3/personal-access-tokens/{id}/rotate', 'post'>;

const COLUMNS: Column<Pat>[] = [
  { header: 'ID', value: (t) => t.id },
  { header: 'NAME', value: (t) => t.name },
  { header: 'SCOPES', value: (t) => t.scopes },
  { header: 'REVOKED', value: (t) => (t.revoked ? 'yes' : 'no') },
  { header: 'EXPIRES', value: (t) => t.expiresAt },
  { header: 'LAST USED', value: (t) => t.lastUsedAt },
];

const fields = (t: Pat | PatWithSecret) =>
  renderFields([
    ['id', t.id],
    ['name', t.name],
    ...optionalField('token', 'token' in t ? t.token : undefined),
    ['scopes', t.scopes],
    ['revoked', t.revoked ? 'yes' : 'no'],
    ['expires-at', t.expiresAt],
    ['created-at', t.createdAt],
    ['last-rotated-at', t.lastRotatedAt],
    ['user', t.userId],
  ]);

const hint = (cmd: string) => `tessera tokens ${cmd} --help`;

export const tokens: CommandGroup = {
  name: 'tokens',
  summary: 'Create, list, revoke and rotate personal access tokens (/v3; needs a login or --token)',
  commands: [
    {
      name: 'create',
      summary: 'Create a personal access token for yourself; its secret is shown this once',
      options: { name: { type: 'string' }, scope: { type: 'string', multiple: true }, 'expires-at': { type: 'string' } },
      optionHelp: ['--name NAME         A name for the token', '--scope S           A scope, e.g. personalAccessToken:read (repeat or comma-separate)', '--expires-at DATE   ISO 8601 expiry (default: never)'],
      example: 'tessera tokens create --name ci --scope personalAccessToken:read --scope apiToken:read',
      positionals: 0,
      async run({ values, out, user }) {
        const scopes = listOption(values, 'scope');
        if (!scopes.length) throw new UsageError('missing option --scope', hint('create'));
        const body = { name: required(values, 'name', hint('create')), scopes, ...(typeof values['expires-at'] === 'string' ? { expiresAt: values['expires-at'] } : {}) };
        const token = await unwrap(user().v3.POST('/v3/personal-access-tokens', { body }));
        out.print(token, () => fields(token));
        out.note('Store the token now: it is not shown again.');
      },
    },
    {
      name: 'list',
      summary: 'List the personal access tokens you can see',
      options: { limit: { type: 'string' }, page: { type: 'string' }, revoked: { type: 'boolean' } },
      optionHelp: ['--limit N           Page size (default 10)', '--page N            Page number, from 1', '--revoked           Only revoked tokens'],
      example: 'tessera tokens list --limit 50',
      positionals: 0,
      async run({ values, out, user }) {
        const limit = integerOption(values, 'limit', hint('list'), { min: 1 });
        const page = integerOption(values, 'page', hint('list'), { min: 1 });
        const query = { limit, page, revoked: values.revoked ? true : undefined };
        const list = await unwrap(user().v3.GET('/v3/personal-access-tokens', { params: { query } }));
        out.print(list, () => out.table(list, COLUMNS, 'No personal access tokens.'));
      },
    },
    {
      name: 'revoke',
      summary: 'Revoke a personal access token (its secret stops working at once)',
      args: '<id>',
      example: 'tessera tokens revoke 0b6f…',
      positionals: 1,
      async run({ positionals, out, user }) {
        const token = await unwrap(user().v3.PATCH('/v3/personal-access-tokens/{id}', { params: { path: { id: positionals[0]! } }, body: { revoked: true } }));
        out.print(token, () => fields(token));
      },
    },
    {
      name: 'rotate',
      summary: 'Issue a new secret for a token; the old one works for the grace period',
      args: '<id>',
      options: { grace: { type: 'string' } },
      optionHelp: ['--grace SECS        Keep the old secret valid this long (0-86400, default 0)'],
      example: 'tessera tokens rotate 0b6f… --grace 300',
      positionals: 1,
      async run({ values, positionals, out, user }) {
        const grace = integerOption(values, 'grace', hint('rotate'), { max: 86_400, unit: 'seconds' });
        // Without --grace no body is sent: the server's default, no grace.
        const token = await unwrap(
          user().v3.POST('/v3/personal-access-tokens/{id}/rotate', {
            params: { path: { id: positionals[0]! } },
            ...(grace !== undefined ? { body: { gracePeriodSeconds: grace } } : {}),
          }),
        );
        out.print(token, () => fields(token));
        out.note('Store the new token now: it is not shown again.');
      },
    },
  ],
};
