/**
 * The redemption job. In one transaction it locks the pending token, copies
 * the current source into the destination environment, marks the token
 * redeemed and emits `*-redeemed`; or, when the copy cannot be made, marks it
 * failed with a reason and emits `*-failed`. A crash before commit leaves
 * nothing half-copied and the job runs again; a token no longer pending means
 * the work was done, so a repeat is a no-op.
 */
import type { Clock } from '../core/clock.js';
import type { Transactional } from '../core/store.js';
import type { TypedJobHandler } from '../jobs/index.js';
import type { REDEEM_JOB } from './redeem-share-token.js';
import { cloneRecord, hydrateRecord } from './copy-record.js';
import type { ConnectStore } from './ports.js';
import { kindOfRecordType, loadRecord } from './records.js';
import { emitShareTokenEvents } from './share-token-events.js';
import type { FailureReason, ShareToken } from './types.js';

interface RedemptionDeps {
  store: Transactional<ConnectStore>;
  clock: Clock;
}

async function fail(store: ConnectStore, token: ShareToken, reason: FailureReason, now: Date): Promise<void> {
  const failed = await store.shareTokens.update(token.id, { status: 'failed', failureReason: reason, failedAt: now, updatedAt: now });
  await emitShareTokenEvents(store, 'failed', failed, now);
}

/** `redeemerId`: the destination's API key that asked for the redemption; it becomes the clone's creator. */
export async function runRedemption(deps: RedemptionDeps, shareTokenId: string, redeemerId: string | null = null): Promise<void> {
  const now = deps.clock.now();
  await deps.store.transaction(async (store) => {
    const token = await store.shareTokens.findForUpdate(shareTokenId);
    if (!token || token.status !== 'pending') return;
    const connection = await store.connections.find(token.connectionId);
    if (!connection || connection.status !== 'active') return fail(store, token, 'import_failed', now);
    const source = await loadRecord(store, token.sourceEnvironmentId, kindOfRecordType(token.sourceType), token.sourceId);
    if (!source) return fail(store, token, 'source_not_found', now);
    if (source.record.redactedAt) return fail(store, token, 'source_redacted', now);
    const target = { environmentId: token.destinationEnvironmentId, organizationId: token.destinationOrganizationId };
    const result =
      token.redeemMode === 'hydrate' && token.destinationId
        ? await hydrateRecord(store, source, target, token.destinationId, token.fieldMappings, now)
        : await cloneRecord(store, source, target, now, redeemerId);
    if (!result.ok) return fail(store, token, result.reason, now);
    const redeemed = await store.shareTokens.update(token.id, {
      status: 'redeemed',
      redeemedAt: now,
      updatedAt: now,
      destinationType: result.type,
      destinationId: result.id,
    });
    await emitShareTokenEvents(store, 'redeemed', redeemed, now);
  });
}

/** Gives up after the last attempt: the token turns `failed` with `unrecoverable_error`. */
export async function abandonRedemption(deps: RedemptionDeps, shareTokenId: string): Promise<void> {
  const now = deps.clock.now();
  await deps.store.transaction(async (store) => {
    const token = await store.shareTokens.findForUpdate(shareTokenId);
    if (token?.status === 'pending') await fail(store, token, 'unrecoverable_error', now);
  });
}

export function redemptionJobHandler(deps: RedemptionDeps): TypedJobHandler<typeof REDEEM_JOB> {
  return async ({ job, lastAttempt }) => {
    const { shareTokenId: id, redeemerId: redeemer } = job.payload;
    try {
      await runRedemption(deps, id, redeemer);
    } catch (error) {
      if (!lastAttempt) throw error;
      await abandonRedemption(deps, id);
    }
  };
}
