/** Retrieve and list share tokens; either party sees them, with expiry evaluated on read. */
import { notFound } from '../core/errors.js';
import type { Page, PageQuery } from '../core/store.js';
import type { SharedRecord, Verification } from '../records/index.js';
import type { ConnectContext } from './context.js';
import type { ShareTokenFilter } from './ports.js';
import { kindOfRecordType, loadRecord } from './records.js';
import { effectiveToken, partyOf, type Party, type ShareToken } from './types.js';
import { authorize } from '../core/actor.js';

export interface VisibleShareToken {
  token: ShareToken;
  party: Party;
}

/** One primary-key read; a token of neither party is 404. */
export async function getShareToken({
  ctx,
  input,
}: {
  ctx: Pick<ConnectContext, 'actor' | 'store' | 'clock'>;
  input: { id: string };
}): Promise<VisibleShareToken> {
  authorize(ctx.actor, 'share_token.read');
  const token = await ctx.store.shareTokens.find(input.id);
  const party = token && partyOf(token, ctx.actor.environmentId);
  if (!token || !party) throw notFound();
  return { token: effectiveToken(token, ctx.clock.now()), party };
}

export async function listShareTokens({
  ctx,
  input,
}: {
  ctx: Pick<ConnectContext, 'actor' | 'store' | 'clock'>;
  input: { filter: Omit<ShareTokenFilter, 'now'>; page: PageQuery };
}): Promise<Page<ShareToken>> {
  authorize(ctx.actor, 'share_token.read');
  const now = ctx.clock.now();
  const page = await ctx.store.shareTokens.list(ctx.actor.environmentId, { ...input.filter, now }, input.page);
  return { items: page.items.map((t) => effectiveToken(t, now)), hasMore: page.hasMore };
}

/** A related record for `included`; inquiries come with their verifications. */
export interface RelatedRecord {
  shared: SharedRecord;
  verifications: Verification[];
}

/** The records a party may include: the source for the source, the destination for the destination. */
export async function shareTokenRelated(
  ctx: Pick<ConnectContext, 'store'>,
  visible: VisibleShareToken,
  names: string[],
): Promise<RelatedRecord[]> {
  const { token, party } = visible;
  const refs: Array<[string, string, string]> = [];
  if (names.includes('source') && party === 'source') refs.push([token.sourceEnvironmentId, token.sourceType, token.sourceId]);
  if (names.includes('destination') && party === 'destination' && token.destinationId && token.destinationType) {
    refs.push([token.destinationEnvironmentId, token.destinationType, token.destinationId]);
  }
  const out: RelatedRecord[] = [];
  for (const [env, type, id] of refs) {
    const shared = await loadRecord(ctx.store, env, kindOfRecordType(type), id);
    if (!shared) continue;
    const verifications = shared.type === 'inquiry' ? await ctx.store.verifications.listByInquiry(shared.record.id) : [];
    out.push({ shared, verifications });
  }
  return out;
}
