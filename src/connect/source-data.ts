/**
 * The source-data peek (connect-api.md §2.4): a PII-filtered view of the
 * source for the destination, before it redeems. Values are shown only for
 * fields the source listed in `peek-visible-fields`; the rest show presence.
 */
import type { Fields, SharedRecord, Verification } from '../records/index.js';
import type { ConnectContext } from './context.js';
import { kindOfRecordType, loadRecord } from './records.js';
import type { Connection, ShareToken } from './types.js';

export type PeekEntry = { visibility: 'full'; value: unknown } | { visibility: 'presence'; value: boolean };

export interface SourceDataView {
  kind: 'inquiry' | 'account' | 'transaction' | 'verification';
  verificationKind: string | null;
  id: string;
  status: PeekEntry;
  fields: Record<string, PeekEntry> | null;
  related: Array<{ kind: 'verification' | 'account'; verificationKind: string | null; id: string; status: PeekEntry }>;
}

const PEEKABLE_VERIFICATIONS = new Set(['database', 'phone-number', 'email-address']);

function peekFields(fields: Fields, visible: Set<string>): Record<string, PeekEntry> {
  const out: Record<string, PeekEntry> = {};
  for (const [name, f] of Object.entries(fields)) {
    out[name] = visible.has(name) ? { visibility: 'full', value: f.value } : { visibility: 'presence', value: f.value !== null && f.value !== undefined };
  }
  return out;
}

const full = (value: unknown): PeekEntry => ({ visibility: 'full', value });

/** The peek for the destination, or null whenever it must be absent (never an error). */
export async function peekSourceData(
  ctx: Pick<ConnectContext, 'store' | 'clock'>,
  token: ShareToken,
  connection: Connection,
): Promise<SourceDataView | null> {
  if (!connection.peekSourceData || token.status !== 'created' || token.expiresAt <= ctx.clock.now()) return null;
  const kind = kindOfRecordType(token.sourceType);
  const source: SharedRecord | null = await loadRecord(ctx.store, token.sourceEnvironmentId, kind, token.sourceId);
  if (!source || source.record.redactedAt) return null;
  const visible = new Set(connection.peekVisibleFields);
  switch (source.type) {
    case 'verification':
      if (!PEEKABLE_VERIFICATIONS.has(source.record.kind)) return null;
      return { kind, verificationKind: source.record.kind, id: source.record.id, status: full(source.record.status), fields: null, related: [] };
    case 'inquiry': {
      const verifications: Verification[] = await ctx.store.verifications.listByInquiry(source.record.id);
      const related: SourceDataView['related'] = verifications
        .filter((v) => !v.redactedAt)
        .map((v) => ({ kind: 'verification' as const, verificationKind: v.kind, id: v.id, status: full(v.status) }));
      if (source.record.accountId) {
        const account = await ctx.store.accounts.find(token.sourceEnvironmentId, source.record.accountId);
        if (account) related.push({ kind: 'account', verificationKind: null, id: account.id, status: full(account.accountStatus) });
      }
      return { kind, verificationKind: null, id: source.record.id, status: full(source.record.status), fields: peekFields(source.record.fields, visible), related };
    }
    case 'account':
      return { kind, verificationKind: null, id: source.record.id, status: full(source.record.accountStatus), fields: peekFields(source.record.fields, visible), related: [] };
    case 'transaction':
      return { kind, verificationKind: null, id: source.record.id, status: full(source.record.status), fields: peekFields(source.record.fields, visible), related: [] };
  }
}
