/**
 * Connection lifecycle: the destination activates (pending → active), either
 * party deactivates (pending|active → inactive), the source reactivates
 * (inactive → pending). Connections are never deleted.
 */
import { forbidden, notFound, unprocessable } from '../core/errors.js';
import type { EventName } from '../events/index.js';
import { emitConnectionEvent } from './connection-events.js';
import { conflictLivePair } from './create-connection.js';
import type { ConnectContext } from './context.js';
import { partyOf, type Connection, type ConnectionStatus, type Party } from './types.js';
import { authorize } from '../core/actor.js';

export type ConnectionAction = 'activate' | 'deactivate' | 'reactivate';

const RULES: Record<ConnectionAction, { who: Party | 'either'; from: ConnectionStatus[]; to: ConnectionStatus; event: EventName }> = {
  activate: { who: 'destination', from: ['pending'], to: 'active', event: 'connect/connection.activated' },
  deactivate: { who: 'either', from: ['pending', 'active'], to: 'inactive', event: 'connect/connection.deactivated' },
  reactivate: { who: 'source', from: ['inactive'], to: 'pending', event: 'connect/connection.reactivated' },
};

export async function transitionConnection({
  ctx,
  input,
}: {
  /** Without an actor the platform administrator acts on behalf of the rightful party. */
  ctx: Omit<ConnectContext, 'actor'> & { actor: ConnectContext['actor'] | null };
  input: { id: string; action: ConnectionAction };
}): Promise<Connection> {
  authorize(ctx.actor, 'connection.write');
  const rule = RULES[input.action];
  const now = ctx.clock.now();
  return ctx.store.transaction(async (store) => {
    const connection = await store.connections.findForUpdate(input.id);
    const party = connection && (ctx.actor ? partyOf(connection, ctx.actor.environmentId) : rule.who);
    if (!connection || !party) throw notFound();
    if (rule.who !== 'either' && party !== rule.who) {
      throw forbidden(`Only the ${rule.who} organization can ${input.action} this connection`);
    }
    if (!rule.from.includes(connection.status)) {
      throw unprocessable(`Cannot ${input.action} a connection that is ${connection.status}`, ['status']);
    }
    if (input.action === 'reactivate') {
      await store.connections.lockPair(connection.sourceEnvironmentId, connection.destinationEnvironmentId);
      if (await store.connections.hasLivePair(connection.sourceEnvironmentId, connection.destinationEnvironmentId, connection.id)) {
        throw conflictLivePair();
      }
    }
    const updated = await store.connections.update(connection.id, { status: rule.to, updatedAt: now });
    await emitConnectionEvent(store, rule.event, updated, now);
    return updated;
  });
}
