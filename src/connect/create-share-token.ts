/**
 * The source organization shares one record with the destination of an active
 * connection. Checks run in the order of connect-api.md §2.1; the token and
 * both `*-created` events commit together.
 */
import { forbidden, notFound, unprocessable } from '../core/errors.js';
import { newUuid } from '../core/ids.js';
import type { ConnectContext } from './context.js';
import { creatorOf } from './context.js';
import { isShareable, loadRecord, recordTypeOf, type RecordKind } from './records.js';
import { emitShareTokenEvents } from './share-token-events.js';
import { DEFAULT_EXPIRES_IN_SECONDS, partyOf, type ShareToken } from './types.js';
import { authorize } from '../core/actor.js';

export interface CreateShareTokenInput {
  connectionId: string | null;
  /** Kind from the id's prefix; null when the prefix is not a shareable kind. */
  sourceKind: RecordKind | null;
  /** The source's UUID; null when the id cannot be decoded (then it is not visible). */
  sourceId: string | null;
  expiresInSeconds?: number;
  /** Overrides the actor as creator (workflows). */
  creator?: { type: ShareToken['creatorType']; id: string | null };
}

export async function createShareToken({ ctx, input }: { ctx: ConnectContext; input: CreateShareTokenInput }): Promise<ShareToken> {
  authorize(ctx.actor, 'share_token.write');
  const { actor } = ctx;
  const connection = input.connectionId ? await ctx.store.connections.find(input.connectionId) : null;
  const party = connection && partyOf(connection, actor.environmentId);
  if (!connection || !party) throw notFound('data.attributes.connection-id is not found');
  if (party !== 'source') throw forbidden('Only the source organization of the connection can create share tokens');
  if (connection.status !== 'active') throw unprocessable('Connection is not active', ['connectionId']);
  if (!input.sourceKind) {
    throw unprocessable('source-id must be an account, inquiry, transaction or verification id', ['sourceId']);
  }
  const source = input.sourceId ? await loadRecord(ctx.store, actor.environmentId, input.sourceKind, input.sourceId) : null;
  if (!source) throw notFound('data.attributes.source-id is not found');
  if (!isShareable(source)) throw unprocessable(`The ${source.type} cannot be shared in its current state`, ['sourceId']);

  const now = ctx.clock.now();
  const creator = input.creator ?? creatorOf(actor);
  const token: ShareToken = {
    id: newUuid(now.getTime()),
    connectionId: connection.id,
    sourceEnvironmentId: connection.sourceEnvironmentId,
    destinationEnvironmentId: connection.destinationEnvironmentId,
    sourceOrganizationId: connection.sourceOrganizationId,
    destinationOrganizationId: connection.destinationOrganizationId,
    status: 'created',
    sourceType: recordTypeOf(source),
    sourceId: source.record.id,
    destinationType: null,
    destinationId: null,
    redeemMode: null,
    fieldMappings: null,
    failureReason: null,
    creatorType: creator.type,
    creatorId: creator.id,
    createdAt: now,
    updatedAt: now,
    pendingAt: null,
    redeemedAt: null,
    expiresAt: new Date(now.getTime() + (input.expiresInSeconds ?? DEFAULT_EXPIRES_IN_SECONDS) * 1000),
    failedAt: null,
  };
  await ctx.store.transaction(async (store) => {
    await store.shareTokens.insert(token);
    await emitShareTokenEvents(store, 'created', token, now);
  });
  return token;
}
