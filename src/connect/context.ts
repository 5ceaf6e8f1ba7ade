import type { EnvironmentActor } from '../core/actor.js';
import type { Clock } from '../core/clock.js';
import type { Transactional } from '../core/store.js';
import type { ConnectStore } from './ports.js';

/** What every Connect use case receives: who is calling, the store, the time. */
export interface ConnectContext {
  actor: EnvironmentActor;
  store: ConnectStore & Transactional<ConnectStore>;
  clock: Clock;
}

/** Creator of objects made by this actor: its API key, or its user. */
export function creatorOf(actor: EnvironmentActor): { type: 'api-key' | 'user'; id: string | null } {
  return actor.credentialKind === 'api_key' ? { type: 'api-key', id: actor.credentialId } : { type: 'user', id: actor.userId };
}
