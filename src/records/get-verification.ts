/** GET /verifications/:id: a verification of the caller's environment; else 404. */
import { notFound } from '../core/errors.js';
import type { RecordsReadContext } from './context.js';
import type { Verification } from './types.js';
import { authorize } from '../core/actor.js';

export async function getVerification({ ctx, input }: { ctx: RecordsReadContext; input: { id: string } }): Promise<Verification> {
  authorize(ctx.actor, 'verification.read');
  const verification = await ctx.store.verifications.find(ctx.actor.environmentId, input.id);
  if (!verification) throw notFound();
  return verification;
}
