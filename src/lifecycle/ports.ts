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

/** Something of an environment that expires soon (GET /api/v1/expiring-credentials). */
export interface ExpiringItem {
  subject: 'api-key' | 'share-token' | 'webhook-secret';
  /** The API key, share token, or the webhook whose secret it is. */
  id: string;
  /** The API key's or webhook's name; null for share tokens. */
  name: string | null;
  expiresAt: Date;
}

export interface ExpiryWarningRepository {
  /**
   * What of `environmentId` expires in `(from, until]`, soonest first, at most `limit`: its API keys
   * in force, and when asked its created share tokens (either side) and its webhooks' secrets in
   * their overlap.
   */
  listExpiring(
    environmentId: string,
    window: { from: Date; until: Date },
    include: { shareTokens: boolean; webhookSecrets: boolean },
    limit: number,
  ): Promise<ExpiringItem[]>;
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
