/** The source proposes a connection to a destination organization; it starts `pending`. */
import { AppError, notFound, unprocessable } from '../core/errors.js';
import { newUuid } from '../core/ids.js';
import { emitConnectionEvent } from './connection-events.js';
import { creatorOf, type ConnectContext } from './context.js';
import type { Connection } from './types.js';
import { authorize } from '../core/actor.js';

export async function createConnection({
  ctx,
  input,
}: {
  ctx: ConnectContext;
  /**
   * `additional`: the platform (admin, demo) may add a further live connection
   * to a pair, e.g. one dedicated to automation; the API may not (409).
   */
  input: {
    destinationOrganizationId: string | null;
    additional?: boolean;
    /**
     * Whom the platform (no credential of its own: demo seeding) acts for;
     * every connection names an API key or user of its source as creator.
     */
    creator?: { type: 'api-key' | 'user'; id: string };
  };
}): Promise<Connection> {
  authorize(ctx.actor, 'connection.write');
  const { actor } = ctx;
  const field = ['destinationOrganizationId'];
  if (!input.destinationOrganizationId) throw notFound('data.attributes.destination-organization-id is not found');
  if (input.destinationOrganizationId === actor.organizationId) {
    throw unprocessable('A connection needs another organization as its destination', field);
  }
  const destinationEnv = await ctx.store.identity.findEnvironmentOf(input.destinationOrganizationId, actor.environmentKind);
  if (!destinationEnv) throw notFound('data.attributes.destination-organization-id is not found');
  const now = ctx.clock.now();
  const creator = input.creator ?? creatorOf(actor);
  if (!creator.id) throw new Error('A connection made without a credential must name its creator (input.creator)');
  const connection: Connection = {
    id: newUuid(now.getTime()),
    sourceOrganizationId: actor.organizationId,
    destinationOrganizationId: destinationEnv.organizationId,
    sourceEnvironmentId: actor.environmentId,
    destinationEnvironmentId: destinationEnv.id,
    status: 'pending',
    creatorType: creator.type,
    creatorId: creator.id,
    peekSourceData: false,
    peekVisibleFields: [],
    peekUpdatedAt: now,
    createdAt: now,
    updatedAt: now,
  };
  await ctx.store.transaction(async (store) => {
    await store.connections.lockPair(connection.sourceEnvironmentId, connection.destinationEnvironmentId);
    if (!input.additional && (await store.connections.hasLivePair(connection.sourceEnvironmentId, connection.destinationEnvironmentId))) {
      throw conflictLivePair();
    }
    await store.connections.insert(connection);
    await emitConnectionEvent(store, 'connect/connection.created', connection, now);
  });
  return connection;
}

export function conflictLivePair(): AppError {
  return new AppError('NOT_UNIQUE', 'A live connection between these organizations already exists');
}
