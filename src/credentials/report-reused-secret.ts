/**
 * `api-key.reused-after-rotation` and `personal-access-token.reused-after-rotation`:
 * the secret a rotation replaced was presented after its grace period ended, so a
 * forgotten deployment (or a thief) is noticed. The request is refused as before;
 * this only reports it, at most once an hour per credential, with the client's
 * address. The verifier calls it on that refusal alone (never on a success); each
 * process goes to the database at most once a minute per credential, where one
 * conditional UPDATE makes it once an hour across processes.
 */
import type { Clock } from '../core/clock.js';
import type { Transactional } from '../core/store.js';
import { emitEvents } from '../events/index.js';
import type { CredentialStore } from './ports.js';
import type { CredentialForVerification } from './types.js';
import { emitUserTokenEvent, type TokenEventStore } from './user-token-events.js';
import type { UserTokenStore } from './user-tokens.js';
import type { Presenter } from './verify.js';

/** At most one report per credential in this long. */
export const REUSE_REPORT_INTERVAL_MS = 3_600_000;
/** How often one process asks the database whether a credential's reuse is due for a report. */
const LOCAL_RETRY_MS = 60_000;
/** Credentials remembered by a process's own throttle; beyond it, entries older than its interval go. */
const REMEMBERED = 10_000;

export type ReuseStore = CredentialStore & UserTokenStore & TokenEventStore;

export interface ReportReusedSecretContext {
  store: Transactional<ReuseStore>;
  clock: Clock;
}

/** Emits the event unless the credential's reuse was reported within the hour; true when it did. */
export async function reportReusedSecret({
  ctx,
  input,
}: {
  ctx: ReportReusedSecretContext;
  input: { credential: Pick<CredentialForVerification, 'id' | 'kind' | 'previousHashExpiresAt'>; ip: string };
}): Promise<boolean> {
  const { credential, ip } = input;
  if (credential.kind === 'user_api_token') return false; // never rotated
  const now = ctx.clock.now();
  return ctx.store.transaction(async (store) => {
    const marked = await store.credentials.markReuseReported(credential.id, now, REUSE_REPORT_INTERVAL_MS);
    if (!marked) return false;
    const context = {
      'client-address': ip,
      'rotated-at': marked.lastRotatedAt?.toISOString() ?? null,
      'grace-ended-at': (credential.previousHashExpiresAt ?? marked.lastRotatedAt ?? now).toISOString(),
    };
    const key = marked.credential;
    if (key.kind === 'api_key') {
      if (!key.environmentId) return false;
      await emitEvents(
        store,
        [{ organizationId: key.organizationId, environmentId: key.environmentId, name: 'api-key.reused-after-rotation', objectType: 'api-key', objectId: key.id, object: key, context }],
        now,
      );
      return true;
    }
    const token = await store.userTokens.findAny(key.id);
    if (!token) return false;
    await emitUserTokenEvent(store, token, 'personal-access-token.reused-after-rotation', now, context);
    return true;
  });
}

/**
 * The verifier's `onRetiredSecret`: this process's per-minute throttle in front of
 * reportReusedSecret. A refusal without a presenter (introspection) is not
 * reported: there is no client address to report. Never throws.
 */
export function retiredSecretReporter(
  ctx: ReportReusedSecretContext & { onError?: (error: unknown) => void },
): (credential: CredentialForVerification, presenter: Presenter | undefined) => Promise<void> {
  const lastTried = new Map<string, number>();
  return async (credential, presenter) => {
    if (!presenter || credential.kind === 'user_api_token') return;
    const now = ctx.clock.now().getTime();
    const last = lastTried.get(credential.id);
    if (last !== undefined && now - last < LOCAL_RETRY_MS) return;
    if (lastTried.size >= REMEMBERED) for (const [id, at] of lastTried) if (now - at >= LOCAL_RETRY_MS) lastTried.delete(id);
    if (lastTried.size >= REMEMBERED) return;
    lastTried.set(credential.id, now);
    try {
      await reportReusedSecret({ ctx, input: { credential, ip: presenter.ip } });
    } catch (error) {
      // Tried again at the next presentation a minute on; the refusal itself stands either way.
      ctx.onError?.(error);
    }
  };
}
