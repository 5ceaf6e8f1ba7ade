/** What the expiry warnings need from storage: due warnings found and locked, and the record that makes each one exactly-once. */
/** Everything with an expiry that gets warnings: the credentials, share tokens, and webhook secrets in their rotation overlap. */
export type ExpiringSubject = 'api-key' | 'personal-access-token' | 'api-token' | 'share-token' | 'webhook-secret';

export const EXPIRING_SUBJECTS: readonly ExpiringSubject[] = ['api-key', 'personal-access-token', 'api-token', 'share-token', 'webhook-secret'];

/** One warning to send: the smallest lead `subject` is inside of at the time asked. */
export interface DueWarning {
  subject: ExpiringSubject;
  id: string;
  /** A webhook secret's webhook; null for the others. */
  parentId: string | null;
  expiresAt: Date;
  leadSeconds: number;
}

export interface ExpiryWarningRepository {
  /**
   * Up to `limit` of the subjects in `kinds` that expire after `now` and are inside one of their
   * organization's leads (`defaultLeads` when it has none), with their smallest such lead, when
   * no warning for that lead or a smaller one was recorded for this expiry. Their rows stay locked
   * until the transaction ends; rows another transaction holds are skipped.
   */
  claimDue(subjects: 'credentials' | 'share-tokens' | 'webhook-secrets', now: Date, defaultLeads: readonly number[], limit: number): Promise<DueWarning[]>;
  /**
   * Records the warnings sent at `now`; returns those recorded by this call (a warning recorded
   * before, or one with a smaller lead for the same expiry, is not recorded again).
   */
  record(warnings: DueWarning[], now: Date): Promise<DueWarning[]>;
  /** Forgets warnings of expiries before `before`. */
  prune(before: Date): Promise<number>;
}

export interface ExpiryWarningStore {
  expiryWarnings: ExpiryWarningRepository;
}
