/** Accounts (connect-api.md §4, §10): create (or find by reference id), retrieve, list, update, redact. */
import type { FastifyRequest } from 'fastify';
import type { TypedApp } from '../../../http/typed.js';
import type { AppDeps } from '../../../app-deps.js';
import { createAccount, getAccount, listAccounts, redactAccount, STANDARD_FIELDS, updateAccount } from '../../../records/index.js';
import { sendList, sendResource } from '../jsonapi.js';
import { presentAccount } from '../presenters/index.js';
import { parseQuery, type ParsedQuery } from '../query.js';
import { pathId, recordsContext } from '../records-adapter.js';
import { IdParams } from '../schemas/common.js';
import { AccountBody, AccountDocument, AccountList, type AccountAttributes } from '../schemas/records.js';

const READ = { permission: 'account.read' };
const WRITE = { permission: 'account.write' };

/** Accounts have no relationships: `include=` gives `included: []`, any name is a 400. */
function singleQuery(req: FastifyRequest): ParsedQuery {
  const q = parseQuery(req.query, { include: [] });
  req.connect.fields = q.fields;
  return q;
}

/** The body's attributes as use-case input; `account-type-id` is accepted and ignored. */
function attributesInput(a: AccountAttributes) {
  // The standard fields are validated by the schema; their names come from the records domain.
  const attrs: Record<string, unknown> = a;
  const standardFields: Record<string, unknown> = {};
  for (const name of Object.keys(STANDARD_FIELDS)) if (attrs[name] !== undefined) standardFields[name] = attrs[name];
  return {
    standardFields,
    ...(a.fields !== undefined ? { fields: a.fields } : {}),
    ...(a['reference-id'] !== undefined ? { referenceId: a['reference-id'] } : {}),
    ...(a['account-status'] !== undefined ? { accountStatus: a['account-status'] } : {}),
    ...(a.tags !== undefined ? { tags: a.tags } : {}),
  };
}

export function accountRoutes(app: TypedApp, deps: AppDeps): void {
  // 200 when the reference id names an account that already exists (it is returned as it is).
  const created = { 201: AccountDocument, 200: AccountDocument };
  app.post('/accounts', { schema: { body: AccountBody, response: created }, config: WRITE }, async (req, reply) => {
    const q = singleQuery(req);
    const input = attributesInput(req.body.data?.attributes ?? {});
    const { account, created } = await createAccount({ ctx: recordsContext(req, deps), input });
    return sendResource(req, reply, created ? 201 : 200, presentAccount(account), q.include && []);
  });

  app.get('/accounts', { schema: { response: { 200: AccountList } }, config: READ }, async (req, reply) => {
    const q = parseQuery(req.query, { cursor: 'act', filters: ['reference-id'] });
    req.connect.fields = q.fields;
    const filter = q.filters['reference-id'] ? { referenceIds: q.filters['reference-id'] } : {};
    const page = await listAccounts({ ctx: recordsContext(req, deps), input: { filter, page: q.page } });
    return sendList(req, reply, page, presentAccount);
  });

  app.get('/accounts/:id', { schema: { params: IdParams, response: { 200: AccountDocument } }, config: READ }, async (req, reply) => {
    const q = singleQuery(req);
    const account = await getAccount({ ctx: recordsContext(req, deps), input: { id: pathId(req, 'act') } });
    return sendResource(req, reply, 200, presentAccount(account), q.include && []);
  });

  app.patch('/accounts/:id', { schema: { params: IdParams, body: AccountBody, response: { 200: AccountDocument } }, config: WRITE }, async (req, reply) => {
    const q = singleQuery(req);
    const input = { id: pathId(req, 'act'), ...attributesInput(req.body.data?.attributes ?? {}) };
    const account = await updateAccount({ ctx: recordsContext(req, deps), input });
    return sendResource(req, reply, 200, presentAccount(account), q.include && []);
  });

  app.delete('/accounts/:id', { schema: { params: IdParams, response: { 200: AccountDocument } }, config: WRITE }, async (req, reply) => {
    const q = singleQuery(req);
    const account = await redactAccount({ ctx: recordsContext(req, deps), input: { id: pathId(req, 'act') } });
    return sendResource(req, reply, 200, presentAccount(account), q.include && []);
  });
}
