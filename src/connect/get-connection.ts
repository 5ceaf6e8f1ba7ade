import { notFound } from '../core/errors.js';
import type { Page, PageQuery } from '../core/store.js';
import type { ConnectContext } from './context.js';
import type { ConnectionFilter } from './ports.js';
import { partyOf, type Connection } from './types.js';
import { authorize } from '../core/actor.js';

/** A connection visible to the caller (either party); anything else is 404. */
export async function getConnection({ ctx, input }: { ctx: Pick<ConnectContext, 'actor' | 'store'>; input: { id: string } }): Promise<Connection> {
  authorize(ctx.actor, 'connection.read');
  const connection = await ctx.store.connections.find(input.id);
  if (!connection || !partyOf(connection, ctx.actor.environmentId)) throw notFound();
  return connection;
}

export async function listConnections({
  ctx,
  input,
}: {
  ctx: Pick<ConnectContext, 'actor' | 'store'>;
  input: { filter: ConnectionFilter; page: PageQuery };
}): Promise<Page<Connection>> {
  authorize(ctx.actor, 'connection.read');
  return ctx.store.connections.list(ctx.actor.environmentId, input.filter, input.page);
}
