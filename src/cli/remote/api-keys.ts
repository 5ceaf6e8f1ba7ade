/** `tessera api-keys create|list|rotate|revoke` (Connect, connect-api.md §8). */
import { unwrap, type Answer, type Item, type RequestBody } from 'tessera/sdk';
import { integerOption, listOption, required, UsageError, type CommandGroup } from './command.js';
import { optionalField, renderFields, type Column } from './output.js';

/** The create body's attributes, as the contract types them. */
type CreateAttributes = RequestBody<'/api/v1/api-keys', 'post'>['data']['attributes'];
type Permission = NonNullable<CreateAttributes['permissions']>[number];

/**
 * Every permission the contract names. A `Record` over the contract's union,
 * so the compiler keeps it complete; it lets a name from the command line be
 * checked rather than cast.
 */
const PERMISSIONS: Record<Permission, true> = {
  'connection.read': true,
  'connection.write': true,
  'share_token.read': true,
  'share_token.write': true,
  'share_token.redeem': true,
  'inquiry.read': true,
  'inquiry.write': true,
  'verification.read': true,
  'verification.write': true,
  'account.read': true,
  'account.write': true,
  'transaction.read': true,
  'transaction.write': true,
  'webhook.read': true,
  'webhook.write': true,
  'workflow.read': true,
  'workflow.write': true,
  'api_key.read': true,
  'api_key.write': true,
  'event.read': true,
  'api_log.read': true,
  'rate_limit.read': true,
};
const isPermission = (name: string): name is Permission => Object.hasOwn(PERMISSIONS, name);

type ApiKey = Item<Answer<'/api/v1/api-keys', 'get'>>;
/** The answer to create and rotate: the key with its secret (`value`), shown this once. */
type CreatedApiKey = Answer<'/api/v1/api-keys', 'post'>['data'] | Answer<'/api/v1/api-keys/{id}/rotate', 'post'>['data'];

const COLUMNS: Column<ApiKey>[] = [
  { header: 'ID', value: (k) => k.id },
  { header: 'NAME', value: (k) => k.attributes.name },
  { header: 'LAST USED', value: (k) => k.attributes['last-used-at'] },
  { header: 'EXPIRES', value: (k) => k.attributes['expires-at'] },
  { header: 'CREATED', value: (k) => k.attributes['created-at'] },
];

const fields = (k: ApiKey | CreatedApiKey, extra: [string, unknown][] = []) =>
  renderFields([
    ['id', k.id],
    ['name', k.attributes.name],
    ...optionalField('value', 'value' in k.attributes ? k.attributes.value : undefined),
    ['permissions', k.attributes.permissions],
    ['expires-at', k.attributes['expires-at']],
    ['created-at', k.attributes['created-at']],
    ...extra,
  ]);

export const apiKeys: CommandGroup = {
  name: 'api-keys',
  summary: 'Create, list, rotate and revoke Connect API keys',
  commands: [
    {
      name: 'create',
      summary: 'Create an API key in your environment; its secret is shown this once',
      options: { name: { type: 'string' }, permission: { type: 'string', multiple: true }, note: { type: 'string' } },
      optionHelp: ['--name NAME         A name for the key', '--permission P      A permission, e.g. share_token.read (repeat; default: all)', '--note TEXT         A note'],
      example: 'tessera api-keys create --name "CI" --permission share_token.read --permission share_token.write',
      positionals: 0,
      async run({ values, out, connect }) {
        const hint = 'tessera api-keys create --help';
        const named = listOption(values, 'permission');
        const unknown = named.filter((p) => !isPermission(p));
        if (unknown.length) throw new UsageError(`unknown permission "${unknown[0]}" (one of: ${Object.keys(PERMISSIONS).join(', ')})`, hint);
        const permissions = named.filter(isPermission);
        const attributes: CreateAttributes = {
          name: required(values, 'name', hint),
          ...(permissions.length ? { permissions } : {}),
          ...(typeof values.note === 'string' ? { note: values.note } : {}),
        };
        const doc = await unwrap(connect().connect.POST('/api/v1/api-keys', { body: { data: { attributes } } }));
        out.print(doc, () => fields(doc.data));
        out.note('Store the value now: it is not shown again.');
      },
    },
    {
      name: 'list',
      summary: 'List the API keys of your environment',
      options: { limit: { type: 'string' }, after: { type: 'string' } },
      optionHelp: ['--limit N           Page size, 1-100 (default 10)', '--after ID          The page after this key (older)'],
      example: 'tessera api-keys list',
      positionals: 0,
      async run({ values, out, connect }) {
        const page = { size: integerOption(values, 'limit', 'tessera api-keys list --help'), after: typeof values.after === 'string' ? values.after : undefined };
        const list = await unwrap(connect().connect.GET('/api/v1/api-keys', { params: { query: { page } } }));
        out.print(list, () => out.table(list.data, COLUMNS, 'No API keys.'));
      },
    },
    {
      name: 'rotate',
      summary: 'Issue a new secret for a key (shown this once); the old one works for the grace period',
      args: '<id>',
      options: { 'grace-period': { type: 'string' } },
      optionHelp: ['--grace-period SECS Keep the old secret valid this long (0-604800, default 86400; 0: stop it now)'],
      example: 'tessera api-keys rotate api_… --grace-period 3600',
      positionals: 1,
      async run({ values, positionals, out, connect }) {
        const grace = integerOption(values, 'grace-period', 'tessera api-keys rotate --help', { max: 604_800, unit: 'seconds' });
        const doc = await unwrap(
          connect().connect.POST('/api/v1/api-keys/{id}/rotate', {
            params: { path: { id: positionals[0]! } },
            ...(grace !== undefined ? { body: { meta: { 'grace-period-seconds': grace } } } : {}),
          }),
        );
        const until = doc.meta['previous-value-expires-at'];
        out.print(doc, () => fields(doc.data, [['old-value-until', until ?? 'stopped now']]));
        out.note('Store the new value now: it is not shown again.');
      },
    },
    {
      name: 'revoke',
      summary: 'Expire an API key now, or after a grace period',
      args: '<id>',
      options: { in: { type: 'string' } },
      optionHelp: ['--in SECS           Expire after this many seconds instead of now'],
      example: 'tessera api-keys revoke api_… --in 3600',
      positionals: 1,
      async run({ values, positionals, out, connect }) {
        const seconds = integerOption(values, 'in', 'tessera api-keys revoke --help') ?? 0;
        const doc = await unwrap(
          connect().connect.POST('/api/v1/api-keys/{id}/expire', { params: { path: { id: positionals[0]! } }, body: { meta: { 'expires-in-seconds': seconds } } }),
        );
        out.print(doc, () => fields(doc.data));
      },
    },
  ],
};
