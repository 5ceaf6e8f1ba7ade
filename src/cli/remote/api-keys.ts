/** `tessera api-keys create|list|revoke` (Connect, connect-api.md §8). */
import { asList, asResource, listQuery, unwrap, type paths, type Resource } from 'tessera/sdk';
import { integerOption, listOption, required, type CommandGroup } from './command.js';
import { renderFields, type Column } from './output.js';

type Attrs = Record<string, unknown>;
/** The create body's attributes, as the contract types them. */
type CreateAttributes = paths['/api/v1/api-keys']['post']['requestBody']['content']['application/json']['data']['attributes'];

const COLUMNS: Column<Resource<Attrs>>[] = [
  { header: 'ID', value: (k) => k.id },
  { header: 'NAME', value: (k) => k.attributes.name },
  { header: 'LAST USED', value: (k) => k.attributes['last-used-at'] },
  { header: 'EXPIRES', value: (k) => k.attributes['expires-at'] },
  { header: 'CREATED', value: (k) => k.attributes['created-at'] },
];

const fields = (k: Resource<Attrs>) =>
  renderFields([
    ['id', k.id],
    ['name', k.attributes.name],
    ...(k.attributes.value !== undefined ? ([['value', k.attributes.value]] as [string, unknown][]) : []),
    ['permissions', k.attributes.permissions],
    ['expires-at', k.attributes['expires-at']],
    ['created-at', k.attributes['created-at']],
  ]);

export const apiKeys: CommandGroup = {
  name: 'api-keys',
  summary: 'Create, list and revoke Connect API keys',
  commands: [
    {
      name: 'create',
      summary: 'Create an API key in your environment; its secret is shown this once',
      options: { name: { type: 'string' }, permission: { type: 'string', multiple: true }, note: { type: 'string' } },
      optionHelp: ['--name NAME         A name for the key', '--permission P      A permission, e.g. share_token.read (repeat; default: all)', '--note TEXT         A note'],
      example: 'tessera api-keys create --name "CI" --permission share_token.read --permission share_token.write',
      positionals: 0,
      async run({ values, out, connect }) {
        const permissions = listOption(values, 'permission');
        const attributes: CreateAttributes = {
          name: required(values, 'name', 'tessera api-keys create --help'),
          // Checked by the server, which names an unknown permission in its 400.
          ...(permissions.length ? { permissions: permissions as CreateAttributes['permissions'] } : {}),
          ...(typeof values.note === 'string' ? { note: values.note } : {}),
        };
        const doc = asResource(await unwrap(connect().connect.POST('/api/v1/api-keys', { body: { data: { attributes } } })));
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
        const query = listQuery({ size: integerOption(values, 'limit', 'tessera api-keys list --help'), ...(typeof values.after === 'string' ? { after: values.after } : {}) });
        const list = asList(await unwrap(connect().connect.GET('/api/v1/api-keys', { params: { query } })));
        out.print(list, () => out.table(list.data, COLUMNS, 'No API keys.'));
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
        const doc = asResource(
          await unwrap(
            connect().connect.POST('/api/v1/api-keys/{id}/expire', { params: { path: { id: positionals[0]! } }, body: { meta: { 'expires-in-seconds': seconds } } }),
          ),
        );
        out.print(doc, () => fields(doc.data));
      },
    },
  ],
};
