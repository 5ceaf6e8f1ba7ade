/** `tessera webhooks list|deliveries|redeliver` (Connect, connect-api.md §6). */
import { unwrap, type Answer, type Item } from 'tessera/sdk';
import { integerOption, PAGE_SIZE, type CommandGroup } from './command.js';
import { renderFields, type Column } from './output.js';

type Webhook = Item<Answer<'/api/v1/webhooks', 'get'>>;
type Delivery = Item<Answer<'/api/v1/webhooks/{id}/deliveries', 'get'>>;

const WEBHOOK_COLUMNS: Column<Webhook>[] = [
  { header: 'ID', value: (w) => w.id },
  { header: 'STATUS', value: (w) => w.attributes.status },
  { header: 'NAME', value: (w) => w.attributes.name },
  { header: 'URL', value: (w) => w.attributes.url },
  { header: 'EVENTS', value: (w) => w.attributes['enabled-events'] },
];

const DELIVERY_COLUMNS: Column<Delivery>[] = [
  { header: 'ID', value: (d) => d.id },
  { header: 'STATUS', value: (d) => d.attributes.status },
  { header: 'EVENT', value: (d) => d.attributes['event-name'] },
  { header: 'ATTEMPTS', value: (d) => d.attributes['attempts-made'] },
  { header: 'LAST CODE', value: (d) => d.attributes.attempts?.at(-1)?.['status-code'] },
  { header: 'NEXT ATTEMPT', value: (d) => d.attributes['next-attempt-at'] },
  { header: 'CREATED', value: (d) => d.attributes['created-at'] },
];

const pageOptions = { limit: { type: 'string' as const }, after: { type: 'string' as const } };
const pageHelp = ['--limit N           Page size, 1-100 (default 10)', '--after ID          The page after this id (older)'];

export const webhooks: CommandGroup = {
  name: 'webhooks',
  summary: 'List webhooks and their deliveries; redeliver one (Connect)',
  commands: [
    {
      name: 'list',
      summary: 'List the webhooks of your environment',
      options: pageOptions,
      optionHelp: pageHelp,
      example: 'tessera webhooks list',
      positionals: 0,
      async run({ values, out, connect }) {
        const page = { size: integerOption(values, 'limit', 'tessera webhooks list --help', PAGE_SIZE), after: typeof values.after === 'string' ? values.after : undefined };
        const list = await unwrap(connect().connect.GET('/api/v1/webhooks', { params: { query: { page } } }));
        out.print(list, () => out.table(list.data, WEBHOOK_COLUMNS, 'No webhooks.'));
      },
    },
    {
      name: 'deliveries',
      summary: 'List the deliveries of one webhook, newest first, with their last attempt',
      args: '<webhook-id>',
      options: pageOptions,
      optionHelp: pageHelp,
      example: 'tessera webhooks deliveries wbh_…',
      positionals: 1,
      async run({ values, positionals, out, connect }) {
        const page = { size: integerOption(values, 'limit', 'tessera webhooks deliveries --help', PAGE_SIZE), after: typeof values.after === 'string' ? values.after : undefined };
        const list = await unwrap(connect().connect.GET('/api/v1/webhooks/{id}/deliveries', { params: { path: { id: positionals[0]! }, query: { page } } }));
        out.print(list, () => out.table(list.data, DELIVERY_COLUMNS, 'No deliveries.'));
      },
    },
    {
      name: 'redeliver',
      summary: 'Send a delivery again',
      args: '<delivery-id>',
      example: 'tessera webhooks redeliver dlv_…',
      positionals: 1,
      async run({ positionals, out, connect }) {
        const doc = await unwrap(connect().connect.POST('/api/v1/webhooks/deliveries/{id}/redeliver', { params: { path: { id: positionals[0]! } }, body: {} }));
        const a = doc.data.attributes;
        out.print(doc, () => renderFields([['id', doc.data.id], ['status', a.status], ['event', a['event-name']], ['attempts', a['attempts-made']]]));
      },
    },
  ],
};
