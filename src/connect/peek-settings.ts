/** Peek settings of a connection: both parties read, the source writes. */
import { forbidden, notFound, unprocessable } from '../core/errors.js';
import { emitConnectionEvent } from './connection-events.js';
import type { ConnectContext } from './context.js';
import { getConnection } from './get-connection.js';
import { partyOf, type Connection } from './types.js';
import { authorize } from '../core/actor.js';

const FIELD_NAME_RE = /^[a-z0-9_-]{1,64}$/;

export async function getPeekSettings({ ctx, input }: { ctx: ConnectContext; input: { id: string } }): Promise<Connection> {
  authorize(ctx.actor, 'connection.read');
  return getConnection({ ctx, input });
}

export async function updatePeekSettings({
  ctx,
  input,
}: {
  ctx: ConnectContext;
  input: { id: string; peekSourceData?: boolean; peekVisibleFields?: string[] };
}): Promise<Connection> {
  authorize(ctx.actor, 'connection.write');
  const bad = input.peekVisibleFields?.find((f) => !FIELD_NAME_RE.test(f));
  if (bad !== undefined) throw unprocessable(`${bad} is not a valid field name`, ['peekVisibleFields']);
  const now = ctx.clock.now();
  return ctx.store.transaction(async (store) => {
    const connection = await store.connections.findForUpdate(input.id);
    const party = connection && partyOf(connection, ctx.actor.environmentId);
    if (!connection || !party) throw notFound();
    if (party !== 'source') throw forbidden('Only the source organization can change peek settings');
    const updated = await store.connections.update(connection.id, {
      ...(input.peekSourceData !== undefined ? { peekSourceData: input.peekSourceData } : {}),
      ...(input.peekVisibleFields !== undefined ? { peekVisibleFields: [...new Set(input.peekVisibleFields)] } : {}),
      peekUpdatedAt: now,
      updatedAt: now,
    });
    await emitConnectionEvent(store, 'connect/connection.updated', updated, now);
    return updated;
  });
}
