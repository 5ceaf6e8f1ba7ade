/** Share tokens (connect-api.md §2): create, retrieve, list, redeem, expire. */
import type { FastifyRequest } from 'fastify';
import type { TypedApp } from '../../../http/typed.js';
import type { AppDeps } from '../../../app-deps.js';
import {
  createShareToken,
  expireShareToken,
  getShareToken,
  listShareTokens,
  partyOf,
  peekSourceData,
  redeemShareToken,
  type ConnectContext,
  type RecordKind,
  type ShareToken,
  type ShareTokenStatus,
} from '../../../connect/index.js';
import { badRequest, notFound } from '../../../core/errors.js';
import { decodeId, type IdPrefix } from '../../../core/ids.js';
import { sendList, sendResource } from '../jsonapi.js';
import { presentShareToken } from '../presenters/index.js';
import { booleanFlag, parseQuery } from '../query.js';
import { IdParams } from '../schemas/common.js';
import { NOT_FOUND } from '../schemas/errors.js';
import { CreateShareTokenBody, EmptyBody, RedeemShareTokenBody, ShareTokenDocument, ShareTokenList } from '../schemas/connect.js';
import { SHARE_TOKEN_INCLUDES, shareTokenIncluded } from './share-token-included.js';

const KIND_BY_PREFIX: Record<string, RecordKind> = { inq: 'inquiry', act: 'account', txn: 'transaction', ver: 'verification' };
const STATUSES: ShareTokenStatus[] = ['created', 'pending', 'redeemed', 'expired', 'failed'];

/** A record id from the body: its kind by prefix (null if not shareable) and its UUID (null if malformed). */
export function recordRef(id: string): { kind: RecordKind | null; id: string | null } {
  const prefix = id.slice(0, Math.max(0, id.indexOf('_')));
  const kind = KIND_BY_PREFIX[prefix] ?? null;
  return { kind, id: kind ? decodeId(prefix as IdPrefix, id) : null };
}

function tokenId(req: { params: { id: string } }): string {
  const id = decodeId('cnst', req.params.id);
  if (!id) throw notFound();
  return id;
}

export function shareTokenRoutes(app: TypedApp, deps: AppDeps): void {
  const ctx = (req: FastifyRequest): ConnectContext => ({ actor: req.connect.actor, store: deps.store, clock: deps.clock });
  const viewer = (req: FastifyRequest) => ({ organizationId: req.connect.actor.organizationId, environmentId: req.connect.actor.environmentId });
  /** `included` of a token the caller just created, redeemed or expired (it is a party of it). */
  const includedOf = (req: FastifyRequest, token: ShareToken, include: string[] | undefined) =>
    shareTokenIncluded(deps, ctx(req), { token, party: partyOf(token, req.connect.actor.environmentId)! }, include);

  app.post('/connect/share-tokens', { schema: { body: CreateShareTokenBody, response: { 201: ShareTokenDocument, 404: NOT_FOUND('The connection or the source record does not exist in this environment') } }, config: { permission: 'share_token.write' } }, async (req, reply) => {
    const q = parseQuery(req.query, { include: SHARE_TOKEN_INCLUDES });
    req.connect.fields = q.fields;
    const attrs = req.body.data.attributes;
    const source = recordRef(attrs['source-id']);
    const token = await createShareToken({
      ctx: ctx(req),
      input: {
        connectionId: decodeId('cxn', attrs['connection-id']),
        sourceKind: source.kind,
        sourceId: source.id,
        ...(attrs['expires-in-seconds'] !== undefined ? { expiresInSeconds: attrs['expires-in-seconds'] } : {}),
      },
    });
    return sendResource(req, reply, 201, presentShareToken(token, viewer(req)), await includedOf(req, token, q.include));
  });

  app.get('/connect/share-tokens', { schema: { response: { 200: ShareTokenList } }, config: { permission: 'share_token.read' } }, async (req, reply) => {
    const q = parseQuery(req.query, { cursor: 'cnst', filters: ['status', 'connection-id', 'direction'] });
    req.connect.fields = q.fields;
    const f = q.filters;
    const statuses = f.status;
    if (statuses?.some((s) => !STATUSES.includes(s as ShareTokenStatus))) throw badRequest(`filter[status] must be any of ${STATUSES.join(', ')}`);
    const direction = f.direction;
    if (direction && (direction.length !== 1 || !['outbound', 'inbound'].includes(direction[0]!))) {
      throw badRequest('filter[direction] must be outbound or inbound');
    }
    const page = await listShareTokens({
      ctx: ctx(req),
      input: {
        filter: {
          ...(statuses ? { statuses: statuses as ShareTokenStatus[] } : {}),
          ...(f['connection-id'] ? { connectionIds: f['connection-id'].map((id) => decodeId('cxn', id) ?? '00000000-0000-0000-0000-000000000000') } : {}),
          ...(direction ? { direction: direction[0] as 'outbound' | 'inbound' } : {}),
        },
        page: q.page,
      },
    });
    return sendList(req, reply, page, (t) => presentShareToken(t, viewer(req)));
  });

  app.get('/connect/share-tokens/:id', { schema: { params: IdParams, response: { 200: ShareTokenDocument } }, config: { permission: 'share_token.read' } }, async (req, reply) => {
    const q = parseQuery(req.query, { include: SHARE_TOKEN_INCLUDES, flags: ['peek-source-data'] });
    const peek = booleanFlag(q, 'peek-source-data');
    req.connect.fields = q.fields;
    const visible = await getShareToken({ ctx: ctx(req), input: { id: tokenId(req) } });
    let sourceData = null;
    if (peek && visible.party === 'destination') {
      const connection = await deps.store.connections.find(visible.token.connectionId);
      if (connection) sourceData = await peekSourceData(ctx(req), visible.token, connection);
    }
    const included = await shareTokenIncluded(deps, ctx(req), visible, q.include);
    return sendResource(req, reply, 200, presentShareToken(visible.token, viewer(req), sourceData), included);
  });

  app.post(
    '/connect/share-tokens/:id/redeem',
    { schema: { params: IdParams, body: RedeemShareTokenBody, response: { 202: ShareTokenDocument } }, config: { permission: 'share_token.redeem' } },
    async (req, reply) => {
      const q = parseQuery(req.query, { include: SHARE_TOKEN_INCLUDES });
      req.connect.fields = q.fields;
      const body = req.body ?? null;
      const destinationId = body?.data?.attributes?.['destination-id'];
      const mappings = body?.meta?.['field-mappings'];
      const token = await redeemShareToken({
        ctx: ctx(req),
        input: {
          id: tokenId(req),
          ...(destinationId !== undefined ? { destination: recordRef(destinationId) } : {}),
          ...(mappings
            ? { fieldMappings: mappings.map((m) => ({ sourceFieldName: m['source-field-name'], destinationFieldName: m['destination-field-name'] })) }
            : {}),
        },
      });
      return sendResource(req, reply, 202, presentShareToken(token, viewer(req)), await includedOf(req, token, q.include));
    },
  );

  app.post(
    '/connect/share-tokens/:id/expire',
    { schema: { params: IdParams, body: EmptyBody, response: { 200: ShareTokenDocument } }, config: { permission: 'share_token.write' } },
    async (req, reply) => {
      const q = parseQuery(req.query, { include: SHARE_TOKEN_INCLUDES });
      req.connect.fields = q.fields;
      const token = await expireShareToken({ ctx: ctx(req), input: { id: tokenId(req) } });
      return sendResource(req, reply, 200, presentShareToken(token, viewer(req)), await includedOf(req, token, q.include));
    },
  );
}
