/** Revokes any credential at once: the row is marked and every cache forgets it. */
import type { Clock } from '../core/clock.js';
import { notFound } from '../core/errors.js';
import type { CredentialStore } from './ports.js';
import type { Credential } from './types.js';
import type { Verifier } from './verify.js';

export async function revokeCredential({
  ctx,
  input,
}: {
  ctx: { store: CredentialStore; verifier: Pick<Verifier, 'invalidate'>; clock: Clock };
  input: { id: string; organizationId?: string };
}): Promise<Credential> {
  const existing = await ctx.store.credentials.find(input.id);
  if (!existing || (input.organizationId && existing.organizationId !== input.organizationId)) throw notFound();
  const now = ctx.clock.now();
  const updated = existing.revokedAt ? existing : await ctx.store.credentials.update(input.id, { revokedAt: now, updatedAt: now });
  ctx.verifier.invalidate(input.id);
  return updated ?? existing;
}
