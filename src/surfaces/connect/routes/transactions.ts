/** Transactions (connect-api.md §4, §10): create (or find by reference id), retrieve, list, update, redact. */
import type { FastifyRequest } from 'fastify';
import type { TypedApp } from '../../../http/typed.js';
import type { AppDeps } from '../../../app-deps.js';
import { createTransaction, getTransaction, listTransactions, redactTransaction, updateTransaction } from '../../../records/index.js';
import { sendList, sendResource } from '../jsonapi.js';
import { presentTransaction } from '../presenters/index.js';
import { parseQuery, type ParsedQuery } from '../query.js';
import { pathId, recordsContext } from '../records-adapter.js';
import { IdParams } from '../schemas/common.js';
import { CreateTransactionBody, TransactionDocument, TransactionList, UpdateTransactionBody } from '../schemas/records.js';

const READ = { permission: 'transaction.read' };
const WRITE = { permission: 'transaction.write' };

/** Transactions have no relationships: `include=` gives `included: []`, any name is a 400. */
function singleQuery(req: FastifyRequest): ParsedQuery {
  const q = parseQuery(req.query, { include: [] });
  req.connect.fields = q.fields;
  return q;
}

export function transactionRoutes(app: TypedApp, deps: AppDeps): void {
  // 200 when the reference id names a transaction that already exists (it is returned as it is).
  const created = { 201: TransactionDocument, 200: TransactionDocument };
  app.post('/transactions', { schema: { body: CreateTransactionBody, response: created }, config: WRITE }, async (req, reply) => {
    const q = singleQuery(req);
    const a = req.body.data?.attributes ?? {};
    const { transaction, created } = await createTransaction({
      ctx: recordsContext(req, deps),
      input: {
        referenceId: a['reference-id'] ?? null,
        transactionTypeId: a['transaction-type-id'] ?? null,
        fields: a.fields ?? null,
        tags: a.tags ?? null,
      },
    });
    return sendResource(req, reply, created ? 201 : 200, presentTransaction(transaction), q.include && []);
  });

  app.get('/transactions', { schema: { response: { 200: TransactionList } }, config: READ }, async (req, reply) => {
    const q = parseQuery(req.query, { cursor: 'txn', filters: ['reference-id', 'transaction-type-id'] });
    req.connect.fields = q.fields;
    const filter = {
      ...(q.filters['reference-id'] ? { referenceIds: q.filters['reference-id'] } : {}),
      ...(q.filters['transaction-type-id'] ? { transactionTypeIds: q.filters['transaction-type-id'] } : {}),
    };
    const page = await listTransactions({ ctx: recordsContext(req, deps), input: { filter, page: q.page } });
    return sendList(req, reply, page, presentTransaction);
  });

  app.get('/transactions/:id', { schema: { params: IdParams, response: { 200: TransactionDocument } }, config: READ }, async (req, reply) => {
    const q = singleQuery(req);
    const transaction = await getTransaction({ ctx: recordsContext(req, deps), input: { id: pathId(req, 'txn') } });
    return sendResource(req, reply, 200, presentTransaction(transaction), q.include && []);
  });

  app.patch('/transactions/:id', { schema: { params: IdParams, body: UpdateTransactionBody, response: { 200: TransactionDocument } }, config: WRITE }, async (req, reply) => {
    const q = singleQuery(req);
    const a = req.body.data?.attributes ?? {};
    const transaction = await updateTransaction({
      ctx: recordsContext(req, deps),
      input: {
        id: pathId(req, 'txn'),
        ...(a['reference-id'] !== undefined ? { referenceId: a['reference-id'] } : {}),
        ...(a.status !== undefined ? { status: a.status } : {}),
        ...(a.fields !== undefined ? { fields: a.fields } : {}),
        ...(a.tags !== undefined ? { tags: a.tags } : {}),
      },
    });
    return sendResource(req, reply, 200, presentTransaction(transaction), q.include && []);
  });

  app.delete('/transactions/:id', { schema: { params: IdParams, response: { 200: TransactionDocument } }, config: WRITE }, async (req, reply) => {
    const q = singleQuery(req);
    const transaction = await redactTransaction({ ctx: recordsContext(req, deps), input: { id: pathId(req, 'txn') } });
    return sendResource(req, reply, 200, presentTransaction(transaction), q.include && []);
  });
}
