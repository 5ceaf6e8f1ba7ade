/**
 * The destination redeems a token: checks in the order of connect-api.md §2.3,
 * then one conditional update moves it created → pending (of concurrent
 * callers exactly one wins) and enqueues the redemption job in the same
 * transaction. The copy itself happens in run-redemption.ts.
 */
import { AppError, forbidden, notFound, unprocessable } from '../core/errors.js';
import type { ConnectContext } from './context.js';
import { kindOfRecordType, loadRecord, recordTypeOf, type RecordKind } from './records.js';
import { effectiveToken, partyOf, type FieldMapping, type RedeemMode, type ShareToken } from './types.js';
import { newJob, type JobKind } from '../jobs/index.js';
import { authorize } from '../core/actor.js';

export const REDEEM_JOB = 'share-token.redeem' satisfies JobKind;
const FIELD_NAME_RE = /^[a-z0-9_-]{1,64}$/;
const DESTINATION = ['destinationId'];
const MAPPINGS = ['fieldMappings'];

export interface RedeemShareTokenInput {
  id: string;
  /** Present when the caller named a destination (hydrate). */
  destination?: { kind: RecordKind | null; id: string | null };
  fieldMappings?: FieldMapping[];
}

export async function redeemShareToken({ ctx, input }: { ctx: ConnectContext; input: RedeemShareTokenInput }): Promise<ShareToken> {
  authorize(ctx.actor, 'share_token.redeem');
  const { actor } = ctx;
  const now = ctx.clock.now();
  const stored = await ctx.store.shareTokens.find(input.id);
  const party = stored && partyOf(stored, actor.environmentId);
  if (!stored || !party) throw notFound();
  if (party !== 'destination') throw forbidden('Only the destination organization can redeem this share token');
  const token = effectiveToken(stored, now);
  if (token.status !== 'created') throw unprocessable(`Share token is ${token.status}, not created`);
  const connection = await ctx.store.connections.find(token.connectionId);
  if (!connection || connection.status !== 'active') throw unprocessable('Connection is not active');

  const sourceKind = kindOfRecordType(token.sourceType);
  let mode: RedeemMode = 'clone';
  let destinationType: string | null = null;
  let destinationId: string | null = null;
  if (input.destination) {
    const { kind, id } = input.destination;
    const target = kind && id ? await loadRecord(ctx.store, actor.environmentId, kind, id) : null;
    if (!target) throw notFound('data.attributes.destination-id is not found');
    if (sourceKind === 'verification') throw unprocessable('Verification share tokens can only be cloned', DESTINATION);
    if (target.type !== sourceKind) throw unprocessable(`destination-id must be an ${sourceKind}`, DESTINATION);
    if (target.type === 'inquiry' && !['created', 'pending'].includes(target.record.status)) {
      throw unprocessable('The destination inquiry must be created or pending', DESTINATION);
    }
    if (target.record.redactedAt) throw unprocessable('The destination has been redacted', DESTINATION);
    mode = 'hydrate';
    destinationType = recordTypeOf(target);
    destinationId = target.record.id;
  } else if (sourceKind === 'account' || sourceKind === 'transaction') {
    throw unprocessable(`${sourceKind} share tokens must be redeemed into an existing ${sourceKind} (destination-id)`, DESTINATION);
  }
  if (input.fieldMappings) {
    if (mode === 'clone') throw unprocessable('field-mappings apply only when hydrating (destination-id)', MAPPINGS);
    const bad = input.fieldMappings.find((m) => !FIELD_NAME_RE.test(m.sourceFieldName) || !FIELD_NAME_RE.test(m.destinationFieldName));
    if (bad) throw unprocessable('field-mappings must name fields with [a-z0-9_-], at most 64 characters', MAPPINGS);
  }

  return ctx.store.transaction(async (store) => {
    const pending = await store.shareTokens.markPending(token.id, now, {
      redeemMode: mode,
      destinationType,
      destinationId,
      fieldMappings: input.fieldMappings ?? null,
    });
    if (!pending) throw new AppError('UNPROCESSABLE', 'Share token is not created (already being redeemed)');
    await store.jobs.enqueue([newJob(REDEEM_JOB, { shareTokenId: token.id, redeemerId: actor.credentialId }, { dedupeKey: `${REDEEM_JOB}:${token.id}` })], now);
    return pending;
  });
}
