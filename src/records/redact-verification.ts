/**
 * DELETE /verifications/:id: keeps the outcome (status, check names and
 * results) and drops what could identify a person (country, check metadata).
 * Redacting again changes nothing.
 */
import { notFound } from '../core/errors.js';
import type { RecordsContext } from './context.js';
import type { Verification } from './types.js';
import { authorize } from '../core/actor.js';

export function redactedVerification(v: Verification, now: Date): Partial<Verification> {
  return { countryCode: null, checks: v.checks.map((c) => ({ ...c, metadata: {} })), redactedAt: now };
}

export async function redactVerification({ ctx, input }: { ctx: RecordsContext; input: { id: string } }): Promise<Verification> {
  authorize(ctx.actor, 'verification.write');
  const now = ctx.clock.now();
  return ctx.store.transaction(async (store) => {
    const current = await store.verifications.find(ctx.actor.environmentId, input.id);
    if (!current) throw notFound();
    if (current.redactedAt) return current;
    return store.verifications.update(current.id, redactedVerification(current, now));
  });
}
