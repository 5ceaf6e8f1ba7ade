/** `tessera share-tokens create|get|list|redeem|expire` (Connect, connect-api.md §2). */
import { relatedId, unwrap, waitForShareTokenRedeemed, type ShareToken } from 'tessera/sdk';
import { filterOption, integerOption, PAGE_SIZE, required, UsageError, type CommandGroup } from './command.js';
import { optionalField, renderFields, type Column } from './output.js';

const hint = (cmd: string) => `tessera share-tokens ${cmd} --help`;

const COLUMNS: Column<ShareToken>[] = [
  { header: 'ID', value: (t) => t.id },
  { header: 'STATUS', value: (t) => t.attributes.status },
  { header: 'DIRECTION', value: (t) => t.attributes.direction },
  { header: 'CONNECTION', value: (t) => relatedId(t, 'connect-connection') },
  { header: 'SOURCE', value: (t) => relatedId(t, 'source') },
  { header: 'CREATED', value: (t) => t.attributes['created-at'] },
  { header: 'EXPIRES', value: (t) => t.attributes['expires-at'] },
];

export function shareTokenFields(t: ShareToken): string {
  const a = t.attributes;
  return renderFields([
    ['id', t.id],
    ['status', a.status],
    ['direction', a.direction],
    ['connection', relatedId(t, 'connect-connection')],
    ['source', relatedId(t, 'source')],
    ['destination', relatedId(t, 'destination')],
    ['created-at', a['created-at']],
    ['pending-at', a['pending-at']],
    ['redeemed-at', a['redeemed-at']],
    ['failed-at', a['failed-at']],
    ['failure-reason', a['failure-reason']],
    ['redeem-mode', a['redeem-mode']],
    ['expires-at', a['expires-at']],
    ...optionalField('source-data', a['source-data']),
  ]);
}

export const shareTokens: CommandGroup = {
  name: 'share-tokens',
  summary: 'Create, list, redeem and expire share tokens (Connect)',
  commands: [
    {
      name: 'create',
      summary: 'Share a record (an inquiry, account, transaction or verification) over a connection',
      options: { connection: { type: 'string' }, source: { type: 'string' }, 'expires-in': { type: 'string' } },
      optionHelp: ['--connection ID     The connection (cxn_…) to share over', '--source ID         The record to share (inq_…, act_…, txn_…, ver_…)', '--expires-in SECS   Lifetime in seconds, 60 to 1814400 (21 days; default 14 days)'],
      example: 'tessera share-tokens create --connection cxn_… --source inq_…',
      positionals: 0,
      async run({ values, out, connect }) {
        const expires = integerOption(values, 'expires-in', hint('create'), { min: 60, max: 1_814_400, unit: 'seconds' });
        const body = {
          data: {
            attributes: {
              'connection-id': required(values, 'connection', hint('create')),
              'source-id': required(values, 'source', hint('create')),
              ...(expires !== undefined ? { 'expires-in-seconds': expires } : {}),
            },
          },
        };
        const doc = await unwrap(connect().connect.POST('/api/v1/connect/share-tokens', { body }));
        out.print(doc, () => shareTokenFields(doc.data));
      },
    },
    {
      name: 'get',
      summary: 'Show one share token',
      args: '<id>',
      options: { peek: { type: 'boolean' } },
      optionHelp: ['--peek              As the destination, include the source data the connection lets you peek at'],
      example: 'tessera share-tokens get cnst_…',
      positionals: 1,
      async run({ values, positionals, out, connect }) {
        const query = values.peek ? { 'peek-source-data': true } : {};
        const doc = await unwrap(connect().connect.GET('/api/v1/connect/share-tokens/{id}', { params: { path: { id: positionals[0]! }, query } }));
        out.print(doc, () => shareTokenFields(doc.data));
      },
    },
    {
      name: 'list',
      summary: 'List share tokens, newest first',
      options: { status: { type: 'string', multiple: true }, connection: { type: 'string', multiple: true }, direction: { type: 'string' }, limit: { type: 'string' }, after: { type: 'string' } },
      optionHelp: [
        '--status S          created | pending | redeemed | expired | failed (repeat or comma-separate)',
        '--connection ID     Only tokens of this connection',
        '--direction D       outbound (you shared) | inbound (shared with you)',
        '--limit N           Page size, 1-100 (default 10)',
        '--after ID          The page after this token (older)',
      ],
      example: 'tessera share-tokens list --status created --limit 20',
      positionals: 0,
      async run({ values, out, connect }) {
        const direction = typeof values.direction === 'string' ? values.direction : undefined;
        const query = {
          page: { size: integerOption(values, 'limit', hint('list'), PAGE_SIZE), after: typeof values.after === 'string' ? values.after : undefined },
          filter: { status: filterOption(values, 'status'), 'connection-id': filterOption(values, 'connection'), direction },
        };
        const list = await unwrap(connect().connect.GET('/api/v1/connect/share-tokens', { params: { query } }));
        out.print(list, () => out.table(list.data, COLUMNS, 'No share tokens.'));
      },
    },
    {
      name: 'redeem',
      summary: 'Redeem a share token you received (as the destination)',
      args: '<id>',
      options: { wait: { type: 'boolean' }, timeout: { type: 'string' }, destination: { type: 'string' } },
      optionHelp: [
        '--wait              Wait until the copy is made (status redeemed)',
        '--timeout SECS      Give up waiting after this long (default 60)',
        '--destination ID    Hydrate this existing record instead of cloning',
      ],
      example: 'tessera share-tokens redeem cnst_… --wait --timeout 30',
      positionals: 1,
      async run({ values, positionals, out, connect, interrupted }) {
        const id = positionals[0]!;
        const timeout = integerOption(values, 'timeout', hint('redeem'), { min: 1, unit: 'seconds' });
        if (timeout !== undefined && !values.wait) throw new UsageError('--timeout needs --wait', hint('redeem'));
        const client = connect();
        const body = typeof values.destination === 'string' ? { data: { attributes: { 'destination-id': values.destination } } } : {};
        const started = await unwrap(client.connect.POST('/api/v1/connect/share-tokens/{id}/redeem', { params: { path: { id } }, body }));
        if (!values.wait) {
          out.print(started, () => shareTokenFields(started.data));
          return;
        }
        const spinner = out.spinner(`Waiting for ${id} to be redeemed (${started.data.attributes.status})`);
        try {
          const done = await waitForShareTokenRedeemed(client, id, {
            timeoutMs: (timeout ?? 60) * 1000,
            signal: interrupted,
            onStatus: (status) => spinner.update(`Waiting for ${id} to be redeemed (${status})`),
          });
          spinner.stop(out.json ? undefined : `✔ ${id} redeemed`);
          out.print(done, () => shareTokenFields(done.data));
        } catch (e) {
          spinner.stop();
          throw e;
        }
      },
    },
    {
      name: 'expire',
      summary: 'Expire a share token now (it can no longer be redeemed)',
      args: '<id>',
      example: 'tessera share-tokens expire cnst_…',
      positionals: 1,
      async run({ positionals, out, connect }) {
        const doc = await unwrap(connect().connect.POST('/api/v1/connect/share-tokens/{id}/expire', { params: { path: { id: positionals[0]! } }, body: {} }));
        out.print(doc, () => shareTokenFields(doc.data));
      },
    },
  ],
};
