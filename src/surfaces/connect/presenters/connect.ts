/** Connect objects as each party sees them (connect-api.md §2, §3). */
import type { Connection, ShareToken, SourceDataView } from '../../../connect/index.js';
import { encodeId, type IdPrefix } from '../../../core/ids.js';
import type { SharedRecord, Verification } from '../../../records/index.js';
import type { ConnectionResource, PartnerOrganizationResource, PeekSettingsResource, ShareTokenResource, SourceData } from '../schemas/connect.js';
import { iso, rel, type Resource, type ResourceId } from '../jsonapi.js';
import { presentAccount } from './account.js';
import { presentInquiry } from './inquiry.js';
import type { SnapshotPresenter, Viewer } from './registry.js';
import { presentTransaction } from './transaction.js';
import { presentVerification } from './verification.js';

type Snapshot<T> = { [K in keyof T]: T[K] extends Date ? Date | string : T[K] extends Date | null ? Date | string | null : T[K] };

const RECORD_PREFIX: Record<string, IdPrefix> = { inquiry: 'inq', account: 'act', transaction: 'txn', verification: 'ver' };

/** `{type, id}` of a record by its wire type (`inquiry`, `verification/selfie`, …). */
export function recordIdentifier(type: string, uuid: string): ResourceId {
  const kind = type.startsWith('verification/') ? 'verification' : type;
  return { type, id: encodeId(RECORD_PREFIX[kind] ?? 'inq', uuid) };
}

/** `{type, id}` of a creator (`api-key`, `user`, `workflow`); null when none is recorded. */
export function creatorIdentifier(type: string | null, id: string | null): ResourceId | null {
  if (!type || !id) return null;
  if (type === 'api-key') return { type: 'api-key', id: encodeId('api', id) };
  if (type === 'workflow') return { type: 'workflow', id: encodeId('wfl', id) };
  return { type: 'user', id: encodeId('user', id) };
}

export function presentConnection(c: Snapshot<Connection>, viewer: Pick<Viewer, 'environmentId'>): ConnectionResource {
  const resource: ConnectionResource = {
    type: 'connect/connection',
    id: encodeId('cxn', c.id),
    attributes: {
      status: c.status,
      'source-organization-id': encodeId('org', c.sourceOrganizationId),
      'destination-organization-id': encodeId('org', c.destinationOrganizationId),
      'created-at': iso(c.createdAt),
      'updated-at': iso(c.updatedAt)!,
    },
  };
  // A creator no row names (none left after migration 0011) is left out rather than `{"data": null}`.
  const creator = creatorIdentifier(c.creatorType, c.creatorId);
  if (viewer.environmentId === c.sourceEnvironmentId && creator) resource.relationships = { creator: rel(creator) };
  return resource;
}

/** (ext) An organization on the other end of a connection: its id and name only. */
export function presentPartnerOrganization(o: { id: string; name: string }): PartnerOrganizationResource {
  return { type: 'organization', id: encodeId('org', o.id), attributes: { name: o.name } };
}

export function presentPeekSettings(c: Snapshot<Connection>): PeekSettingsResource {
  return {
    type: 'connect/peek-settings',
    id: encodeId('cxn', c.id),
    attributes: {
      'peek-source-data': c.peekSourceData,
      'peek-visible-fields': c.peekVisibleFields,
      'updated-at': iso(c.peekUpdatedAt),
    },
  };
}

function presentSourceData(view: SourceDataView): SourceData {
  const typeName = (kind: string, verificationKind: string | null) =>
    'connect/source-data/' + (kind === 'verification' ? `verification/${verificationKind}` : kind === 'transaction' ? 'txn' : kind);
  const out: SourceData = {
    type: typeName(view.kind, view.verificationKind),
    id: encodeId(RECORD_PREFIX[view.kind]!, view.id),
    'peekable-attributes': { status: view.status, ...(view.fields ? { fields: view.fields } : {}) },
  };
  if (view.kind === 'inquiry') {
    out['related-objects'] = view.related.map((r) => ({
      type: typeName(r.kind, r.verificationKind),
      id: encodeId(RECORD_PREFIX[r.kind]!, r.id),
      'peekable-attributes': { status: r.status },
    }));
  }
  return out;
}

/** A share token as the viewing environment's organization sees it. */
export function presentShareToken(t: Snapshot<ShareToken>, viewer: Pick<Viewer, 'environmentId'>, sourceData?: SourceDataView | null): ShareTokenResource {
  const isSource = viewer.environmentId === t.sourceEnvironmentId;
  const connection = rel({ type: 'connect/connection', id: encodeId('cxn', t.connectionId) });
  const attributes: ShareTokenResource['attributes'] = {
    status: t.status,
    direction: isSource ? 'outbound' : 'inbound',
    'created-at': iso(t.createdAt),
    'updated-at': iso(t.updatedAt),
    'pending-at': iso(t.pendingAt),
    'redeemed-at': iso(t.redeemedAt),
    'expires-at': iso(t.expiresAt),
    'failed-at': iso(t.failedAt),
    'failure-reason': t.failureReason,
    'redeem-mode': t.redeemMode,
  };
  if (sourceData) attributes['source-data'] = presentSourceData(sourceData);
  const relationships: NonNullable<ShareTokenResource['relationships']> = { 'connect-connection': connection, connection };
  if (isSource) {
    const creator = creatorIdentifier(t.creatorType, t.creatorId);
    if (creator) relationships.creator = rel(creator);
    relationships.source = rel(recordIdentifier(t.sourceType, t.sourceId));
  } else {
    relationships.destination = rel(t.destinationType && t.destinationId ? recordIdentifier(t.destinationType, t.destinationId) : null);
  }
  return { type: 'connect/share-token', id: encodeId('cnst', t.id), attributes, relationships };
}

/** A user as a creator in `included`: the reference's `user` (name and email, nothing else). */
export function presentCreatorUser(u: { id: string; email: string; firstName: string; lastName: string }): Resource {
  return { type: 'user', id: encodeId('user', u.id), attributes: { 'email-address': u.email, 'name-first': u.firstName, 'name-last': u.lastName } };
}

/** A related record for `included`. */
export function presentSharedRecord(r: SharedRecord, verifications: readonly Verification[] = []): Resource {
  switch (r.type) {
    case 'inquiry':
      return presentInquiry(r.record, verifications);
    case 'verification':
      return presentVerification(r.record);
    case 'account':
      return presentAccount(r.record);
    case 'transaction':
      return presentTransaction(r.record);
  }
}

export const shareTokenSnapshot: SnapshotPresenter = (s, viewer) => presentShareToken(s as unknown as Snapshot<ShareToken>, viewer);
export const connectionSnapshot: SnapshotPresenter = (s, viewer) => presentConnection(s as unknown as Snapshot<Connection>, viewer);
