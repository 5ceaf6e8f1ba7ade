/** `tessera connections list|activate` and `tessera inquiries list|get` (Connect). */
import { relatedId, unwrap, type Answer } from 'tessera/sdk';
import { filterOption, integerOption, PAGE_SIZE, type CommandGroup } from './command.js';
import { renderFields, type Column } from './output.js';

type Connection = Answer<'/api/v1/connect/connections/{id}', 'get'>['data'];

const CONNECTION_COLUMNS: Column<Connection>[] = [
  { header: 'ID', value: (c) => c.id },
  { header: 'STATUS', value: (c) => c.attributes.status },
  { header: 'SOURCE ORG', value: (c) => c.attributes['source-organization-id'] },
  { header: 'DESTINATION ORG', value: (c) => c.attributes['destination-organization-id'] },
  { header: 'CREATED', value: (c) => c.attributes['created-at'] },
];

const connectionFields = (c: Connection) => renderFields([['id', c.id], ...Object.entries(c.attributes)]);

export const connections: CommandGroup = {
  name: 'connections',
  summary: 'List connections and accept (activate) the ones offered to you (Connect)',
  commands: [
    {
      name: 'list',
      summary: 'List connections, newest first',
      options: { status: { type: 'string', multiple: true }, limit: { type: 'string' }, after: { type: 'string' } },
      optionHelp: ['--status S          pending | active | inactive', '--limit N           Page size, 1-100 (default 10)', '--after ID          The page after this connection (older)'],
      example: 'tessera connections list --status pending',
      positionals: 0,
      async run({ values, out, connect }) {
        const query = {
          page: { size: integerOption(values, 'limit', 'tessera connections list --help', PAGE_SIZE), after: typeof values.after === 'string' ? values.after : undefined },
          filter: { status: filterOption(values, 'status') },
        };
        const list = await unwrap(connect().connect.GET('/api/v1/connect/connections', { params: { query } }));
        out.print(list, () => out.table(list.data, CONNECTION_COLUMNS, 'No connections.'));
      },
    },
    {
      name: 'activate',
      summary: 'Accept a pending connection (as its destination)',
      args: '<id>',
      example: 'tessera connections activate cxn_…',
      positionals: 1,
      async run({ positionals, out, connect }) {
        const doc = await unwrap(connect().connect.POST('/api/v1/connect/connections/{id}/activate', { params: { path: { id: positionals[0]! } }, body: {} }));
        out.print(doc, () => connectionFields(doc.data));
      },
    },
  ],
};

type Inquiry = Answer<'/api/v1/inquiries/{id}', 'get'>['data'];

const INQUIRY_COLUMNS: Column<Inquiry>[] = [
  { header: 'ID', value: (i) => i.id },
  { header: 'STATUS', value: (i) => i.attributes.status },
  { header: 'REFERENCE', value: (i) => i.attributes['reference-id'] },
  { header: 'ACCOUNT', value: (i) => relatedId(i, 'account') },
  { header: 'CREATED', value: (i) => i.attributes['created-at'] },
];

function inquiryFields(i: Inquiry): string {
  const verifications = i.relationships?.verifications?.data;
  return renderFields([
    ['id', i.id],
    ...Object.entries(i.attributes).filter(([, v]) => v !== null && typeof v !== 'object'),
    ['account', relatedId(i, 'account')],
    ['verifications', Array.isArray(verifications) ? verifications.map((v) => `${v.id} (${v.type})`) : null],
  ]);
}

export const inquiries: CommandGroup = {
  name: 'inquiries',
  summary: 'List and show inquiries, the records you can share (Connect)',
  commands: [
    {
      name: 'list',
      summary: 'List inquiries, newest first',
      options: { status: { type: 'string', multiple: true }, 'reference-id': { type: 'string' }, limit: { type: 'string' }, after: { type: 'string' } },
      optionHelp: [
        '--status S          created | pending | completed | failed | expired | needs_review | approved | declined',
        '--reference-id R    Only inquiries with this reference id',
        '--limit N           Page size, 1-100 (default 10)',
        '--after ID          The page after this inquiry (older)',
      ],
      example: 'tessera inquiries list --status completed',
      positionals: 0,
      async run({ values, out, connect }) {
        const query = {
          page: { size: integerOption(values, 'limit', 'tessera inquiries list --help', PAGE_SIZE), after: typeof values.after === 'string' ? values.after : undefined },
          filter: { status: filterOption(values, 'status'), 'reference-id': filterOption(values, 'reference-id') },
        };
        const list = await unwrap(connect().connect.GET('/api/v1/inquiries', { params: { query } }));
        out.print(list, () => out.table(list.data, INQUIRY_COLUMNS, 'No inquiries.'));
      },
    },
    {
      name: 'get',
      summary: 'Show one inquiry and its verifications',
      args: '<id>',
      example: 'tessera inquiries get inq_…',
      positionals: 1,
      async run({ positionals, out, connect }) {
        const doc = await unwrap(connect().connect.GET('/api/v1/inquiries/{id}', { params: { path: { id: positionals[0]! } } }));
        out.print(doc, () => inquiryFields(doc.data));
      },
    },
  ],
};
