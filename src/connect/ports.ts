import type { Page, PageQuery } from '../core/store.js';
import type { EventStore } from '../events/index.js';
import type { IdentityStore } from '../identity/index.js';
import type { JobStore } from '../jobs/index.js';
import type { RecordsStore } from '../records/index.js';
import type { Connection, ConnectionStatus, ShareToken, ShareTokenStatus } from './types.js';

export interface ConnectionFilter {
  statuses?: ConnectionStatus[];
  destinationOrganizationIds?: string[];
}

export interface ConnectionRepository {
  insert(connection: Connection): Promise<void>;
  /** Serializes changes to one pair of environments until the transaction ends. */
  lockPair(sourceEnvironmentId: string, destinationEnvironmentId: string): Promise<void>;
  /** Whether a pending or active connection joins the pair (other than `exceptId`). */
  hasLivePair(sourceEnvironmentId: string, destinationEnvironmentId: string, exceptId?: string): Promise<boolean>;
  find(id: string): Promise<Connection | null>;
  findForUpdate(id: string): Promise<Connection | null>;
  update(id: string, patch: Partial<Omit<Connection, 'id'>>): Promise<Connection>;
  /** Connections where `environmentId` is either party, newest first. */
  list(environmentId: string, filter: ConnectionFilter, page: PageQuery): Promise<Page<Connection>>;
}

export interface ShareTokenFilter {
  statuses?: ShareTokenStatus[];
  connectionIds?: string[];
  direction?: 'outbound' | 'inbound';
  /** Evaluates lazy expiry: `created` past expires-at counts as `expired`. */
  now: Date;
}

export interface ShareTokenRepository {
  insert(token: ShareToken): Promise<void>;
  find(id: string): Promise<ShareToken | null>;
  findForUpdate(id: string): Promise<ShareToken | null>;
  update(id: string, patch: Partial<Omit<ShareToken, 'id'>>): Promise<ShareToken>;
  /**
   * created → pending in one conditional update; of concurrent callers exactly
   * one gets the token back, the others null.
   */
  markPending(id: string, now: Date, patch: Pick<ShareToken, 'redeemMode' | 'destinationType' | 'destinationId' | 'fieldMappings'>): Promise<ShareToken | null>;
  /** created → expired when the token is still created (and, if `onlyDue`, past expires-at). */
  markExpired(id: string, now: Date): Promise<ShareToken | null>;
  /** Stores expiry for up to `limit` created tokens past expires-at; returns them. */
  expireDue(now: Date, limit: number): Promise<ShareToken[]>;
  list(environmentId: string, filter: ShareTokenFilter, page: PageQuery): Promise<Page<ShareToken>>;
}

export interface ConnectStore extends EventStore, JobStore, IdentityStore, RecordsStore {
  connections: ConnectionRepository;
  shareTokens: ShareTokenRepository;
}
