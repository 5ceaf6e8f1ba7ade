/**
 * Connect: connections pair a source organization with a destination (same
 * environment kind); share tokens grant the destination one redemption of one
 * source record.
 */
export type ConnectionStatus = 'pending' | 'active' | 'inactive';

export interface Connection {
  id: string;
  sourceOrganizationId: string;
  destinationOrganizationId: string;
  sourceEnvironmentId: string;
  destinationEnvironmentId: string;
  status: ConnectionStatus;
  creatorType: string | null;
  creatorId: string | null;
  peekSourceData: boolean;
  peekVisibleFields: string[];
  peekUpdatedAt: Date;
  createdAt: Date;
  updatedAt: Date;
}

export type ShareTokenStatus = 'created' | 'pending' | 'redeemed' | 'expired' | 'failed';
export type FailureReason = 'source_not_found' | 'source_redacted' | 'import_failed' | 'unrecoverable_error';
export type RedeemMode = 'clone' | 'hydrate';

/** `inquiry`, `account`, `transaction` or `verification/<kind>`. */
export type RecordType = string;

export interface FieldMapping {
  sourceFieldName: string;
  destinationFieldName: string;
}

export interface ShareToken {
  id: string;
  connectionId: string;
  sourceEnvironmentId: string;
  destinationEnvironmentId: string;
  sourceOrganizationId: string;
  destinationOrganizationId: string;
  status: ShareTokenStatus;
  sourceType: RecordType;
  sourceId: string;
  destinationType: RecordType | null;
  destinationId: string | null;
  redeemMode: RedeemMode | null;
  fieldMappings: FieldMapping[] | null;
  failureReason: FailureReason | null;
  creatorType: 'api-key' | 'user' | 'workflow';
  creatorId: string | null;
  createdAt: Date;
  updatedAt: Date;
  pendingAt: Date | null;
  redeemedAt: Date | null;
  expiresAt: Date;
  failedAt: Date | null;
}

export const DEFAULT_EXPIRES_IN_SECONDS = 1_209_600;
export const MIN_EXPIRES_IN_SECONDS = 60;
export const MAX_EXPIRES_IN_SECONDS = 1_814_400;

/**
 * Only `created` tokens expire: past `expires-at` a created token reads
 * `expired`, with `updated-at = expires-at`, before the sweep stores it.
 */
export function effectiveToken(token: ShareToken, now: Date): ShareToken {
  if (token.status === 'created' && token.expiresAt.getTime() <= now.getTime()) {
    return { ...token, status: 'expired', updatedAt: token.expiresAt };
  }
  return token;
}

export type Party = 'source' | 'destination';

/** Which side of a token or connection an environment is on, or null when it is neither. */
export function partyOf(x: { sourceEnvironmentId: string; destinationEnvironmentId: string }, environmentId: string): Party | null {
  if (x.sourceEnvironmentId === environmentId) return 'source';
  if (x.destinationEnvironmentId === environmentId) return 'destination';
  return null;
}
