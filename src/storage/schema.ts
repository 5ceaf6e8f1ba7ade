/** Kysely table types; they mirror the migrations in ./migrations. */
import type { VerificationCheck } from '../records/types.js';
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type Json<T> = ColumnType<T, string | T, string | T>;

export interface OrganizationsTable {
  id: string;
  name: string;
  default_api_version: Generated<string>;
  rate_limit_per_minute: number | null;
  /** Unique lowercase alias users log in with (`POST /v3/accounts/login`). */
  alias: string;
  email: string | null;
  description: string | null;
  address: Json<OrganizationAddress>;
  /** Users allowed by the organization's entitlements; 0 = unlimited. */
  user_limit: Generated<number>;
  /** Expiry warning lead times in seconds, longest first; null: the server's. */
  expiry_warning_leads: ColumnType<number[] | null, number[] | null | undefined, number[] | null>;
  leaked_secret_action: Generated<'revoke' | 'notify'>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface OrganizationAddress {
  addressLine1?: string | null;
  addressLine2?: string | null;
  city?: string | null;
  state?: string | null;
  country?: string | null;
  postalCode?: string | null;
}

/** One user metadata entry as stored (`/v3` shows it in `user.metadata[]`). */
export interface UserMetadataEntry {
  id: string;
  key: string;
  value: string;
  viewPermissions: string[];
  visible: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface EnvironmentsTable {
  id: string;
  organization_id: string;
  kind: 'sandbox' | 'production';
  created_at: Timestamp;
}

export interface UsersTable {
  id: string;
  organization_id: string;
  email: string;
  name: Generated<string>;
  role: 'owner' | 'admin' | 'member' | 'viewer';
  password_hash: string | null;
  disabled_at: NullableTimestamp;
  deleted_at: NullableTimestamp;
  created_at: Timestamp;
  updated_at: Timestamp;
  first_name: Generated<string>;
  last_name: Generated<string>;
  company: string | null;
  tags: ColumnType<string[], string[] | undefined, string[]>;
  metadata: Json<UserMetadataEntry[]>;
  last_login_at: NullableTimestamp;
  last_seen_at: NullableTimestamp;
  enabled_at: NullableTimestamp;
  /** Bumped by every change that ends the user's sessions; a session JWT carries the value it was issued in. */
  session_generation: Generated<number>;
}

export interface CredentialsTable {
  id: string;
  kind: 'api_key' | 'personal_access_token' | 'user_api_token';
  organization_id: string;
  environment_id: string | null;
  user_id: string | null;
  hash: Buffer;
  display_prefix: string;
  name: string;
  note: string | null;
  permissions: ColumnType<string[], string[] | undefined, string[]>;
  api_version: string | null;
  key_inflection: string | null;
  attributes_blocklist: ColumnType<string[], string[] | undefined, string[]>;
  ip_allowlist: ColumnType<string[], string[] | undefined, string[]>;
  file_access_token_expires_in: Generated<number>;
  metadata: Json<Record<string, unknown>>;
  creator_type: string | null;
  creator_id: string | null;
  last_used_at: NullableTimestamp;
  expires_at: NullableTimestamp;
  revoked_at: NullableTimestamp;
  deleted_at: NullableTimestamp;
  created_at: Timestamp;
  updated_at: Timestamp;
  /** Rotation: the replaced secret's hash, valid until `previous_hash_expires_at`. */
  previous_hash: Buffer | null;
  previous_hash_expires_at: NullableTimestamp;
  last_rotated_at: NullableTimestamp;
  /** When a retired secret's reuse was last reported (at most once an hour). */
  last_reuse_reported_at: NullableTimestamp;
}

/** Sessions ended one by one (logout, OAuth revocation) until they would have expired. */
export interface RevokedSessionsTable {
  jti: string;
  user_id: string;
  expires_at: Timestamp;
}

export interface LoginThrottleTable {
  key: string;
  failures: number;
  window_started_at: Timestamp;
}

/** Stored field values: `{ "name-first": { type: "string", value: "Alex" } }`. */
export type FieldMap = Record<string, { type: string; value: unknown }>;

export interface AccountsTable {
  id: string;
  environment_id: string;
  reference_id: string | null;
  account_type_name: Generated<string>;
  account_status: Generated<string>;
  fields: Json<FieldMap>;
  tags: ColumnType<string[], string[] | undefined, string[]>;
  created_at: Timestamp;
  updated_at: Timestamp;
  redacted_at: NullableTimestamp;
}

export interface InquiriesTable {
  id: string;
  environment_id: string;
  account_id: string | null;
  status: string;
  reference_id: string | null;
  note: string | null;
  tags: ColumnType<string[], string[] | undefined, string[]>;
  fields: Json<FieldMap>;
  creator_id: string | null;
  reviewer_comment: string | null;
  reviewer_workflow_run_id: string | null;
  redirect_uri: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  started_at: NullableTimestamp;
  expires_at: NullableTimestamp;
  completed_at: NullableTimestamp;
  failed_at: NullableTimestamp;
  marked_for_review_at: NullableTimestamp;
  decisioned_at: NullableTimestamp;
  expired_at: NullableTimestamp;
  redacted_at: NullableTimestamp;
}

export interface VerificationsTable {
  id: string;
  environment_id: string;
  inquiry_id: string | null;
  kind: string;
  status: 'passed' | 'failed';
  country_code: string | null;
  tags: ColumnType<string[], string[] | undefined, string[]>;
  checks: Json<VerificationCheck[]>;
  created_at: Timestamp;
  submitted_at: NullableTimestamp;
  completed_at: NullableTimestamp;
  redacted_at: NullableTimestamp;
}

export interface TransactionsTable {
  id: string;
  environment_id: string;
  reference_id: string | null;
  transaction_type_id: string | null;
  status: Generated<string>;
  fields: Json<FieldMap>;
  tags: ColumnType<string[], string[] | undefined, string[]>;
  created_at: Timestamp;
  updated_at: Timestamp;
  redacted_at: NullableTimestamp;
}

export interface ConnectionsTable {
  id: string;
  source_organization_id: string;
  destination_organization_id: string;
  source_environment_id: string;
  destination_environment_id: string;
  status: 'pending' | 'active' | 'inactive';
  creator_type: string | null;
  creator_id: string | null;
  peek_source_data: Generated<boolean>;
  peek_visible_fields: ColumnType<string[], string[] | undefined, string[]>;
  peek_updated_at: Timestamp;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface FieldMapping {
  'source-field-name': string;
  'destination-field-name': string;
}

export interface ShareTokensTable {
  id: string;
  connection_id: string;
  source_organization_id: string;
  destination_organization_id: string;
  source_environment_id: string;
  destination_environment_id: string;
  status: 'created' | 'pending' | 'redeemed' | 'expired' | 'failed';
  source_type: string;
  source_id: string;
  destination_type: string | null;
  destination_id: string | null;
  redeem_mode: 'clone' | 'hydrate' | null;
  field_mappings: Json<FieldMapping[] | null>;
  failure_reason: string | null;
  creator_type: string;
  creator_id: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  pending_at: NullableTimestamp;
  redeemed_at: NullableTimestamp;
  expires_at: Timestamp;
  failed_at: NullableTimestamp;
}

export interface EventsTable {
  id: string;
  organization_id: string;
  environment_id: string | null;
  name: string;
  object_id: string | null;
  payload: Json<Record<string, unknown>>;
  created_at: Timestamp;
}

export interface JobsTable {
  id: string;
  kind: string;
  payload: Json<Record<string, unknown>>;
  dedupe_key: string | null;
  status: Generated<'queued' | 'done' | 'dead'>;
  run_at: Timestamp;
  attempts: Generated<number>;
  max_attempts: Generated<number>;
  locked_until: NullableTimestamp;
  locked_by: string | null;
  last_error: string | null;
  created_at: Timestamp;
  finished_at: NullableTimestamp;
}

export interface IdempotencyKeysTable {
  scope: string;
  key: string;
  fingerprint: string;
  status: 'in_flight' | 'done';
  response_status: number | null;
  response_headers: Json<Record<string, string> | null>;
  response_body: string | null;
  created_at: Timestamp;
  expires_at: Timestamp;
}

export interface WebhooksTable {
  id: string;
  organization_id: string;
  environment_id: string;
  status: 'enabled' | 'disabled' | 'archived';
  url: string;
  name: string | null;
  description: string | null;
  api_version: string;
  key_inflection: 'kebab' | 'camel' | 'snake';
  attributes_blocklist: ColumnType<string[], string[] | undefined, string[]>;
  file_access_token_expires_in: number;
  enabled_events: ColumnType<string[], string[], string[]>;
  payload_filter: Json<Record<string, unknown> | null>;
  included_allowlist: Json<Record<string, unknown> | null>;
  relationship_allowlist: Json<Record<string, unknown>>;
  signing_algorithm: Generated<'hmac-sha256' | 'ed25519'>;
  custom_http_headers_sealed: string | null;
  last_succeeded_at: NullableTimestamp;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface WebhookSecretsTable {
  id: string;
  webhook_id: string;
  sealed: string;
  /** `whpk_…` of an Ed25519 key (migration 0015); null for an HMAC secret. */
  public_key: string | null;
  expires_at: NullableTimestamp;
  created_at: Timestamp;
}

export interface WebhookDeliveriesTable {
  id: string;
  webhook_id: string;
  environment_id: string;
  event_id: string;
  event_name: string;
  status: 'pending' | 'succeeded' | 'failed';
  attempts_made: Generated<number>;
  next_attempt: number | null;
  next_attempt_at: NullableTimestamp;
  first_attempted_at: NullableTimestamp;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface WebhookDeliveryAttemptsTable {
  id: string;
  delivery_id: string;
  number: number;
  trigger: 'scheduled' | 'manual';
  attempted_at: Timestamp;
  status_code: number | null;
  latency_ms: number;
  response_excerpt: string | null;
  error: string | null;
}

export interface ApiLogsTable {
  id: string;
  organization_id: string | null;
  environment_id: string | null;
  credential_id: string | null;
  method: string;
  path: string;
  status: number;
  latency_ms: number;
  ip_address: string;
  user_agent: string | null;
  request: Json<{ headers: Record<string, string>; getParams: Record<string, unknown>; postParams: Record<string, unknown> }>;
  response_headers: Json<Record<string, string | number>>;
  created_at: Timestamp;
  redacted_at: NullableTimestamp;
}

export interface WorkflowsTable {
  id: string;
  organization_id: string;
  environment_id: string;
  name: string;
  status: 'running' | 'paused' | 'archived';
  trigger_event_name: string;
  trigger_filter: Json<Record<string, unknown>>;
  /** The domain's WorkflowStep[] as JSON. */
  steps: Json<unknown[]>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface WorkflowRunsTable {
  id: string;
  workflow_id: string;
  organization_id: string;
  environment_id: string;
  status: 'in_progress' | 'completed' | 'failed';
  trigger_event_id: string | null;
  chain_depth: number;
  steps: Json<unknown[]>;
  subject: Json<Record<string, unknown>>;
  next_step: Generated<number>;
  failure_reason: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  completed_at: NullableTimestamp;
  finished_at: NullableTimestamp;
}

export interface WorkflowStepResultsTable {
  run_id: string;
  step_index: number;
  type: string;
  status: 'pending' | 'running' | 'completed' | 'failed' | 'skipped';
  attempts: Generated<number>;
  output: Json<Record<string, unknown> | null>;
  error: string | null;
  share_token_id: string | null;
  started_at: NullableTimestamp;
  finished_at: NullableTimestamp;
}

/** One expiry warning sent: what expires, at which expiry, how long before (the key makes it exactly-once). */
export interface ExpiryWarningsTable {
  subject: 'api-key' | 'personal-access-token' | 'api-token' | 'share-token' | 'webhook-secret';
  subject_id: string;
  expires_at: Timestamp;
  lead_seconds: number;
  sent_at: Timestamp;
}

export interface Database {
  organizations: OrganizationsTable;
  environments: EnvironmentsTable;
  users: UsersTable;
  credentials: CredentialsTable;
  accounts: AccountsTable;
  inquiries: InquiriesTable;
  verifications: VerificationsTable;
  transactions: TransactionsTable;
  connections: ConnectionsTable;
  share_tokens: ShareTokensTable;
  events: EventsTable;
  jobs: JobsTable;
  idempotency_keys: IdempotencyKeysTable;
  login_throttle: LoginThrottleTable;
  revoked_sessions: RevokedSessionsTable;
  webhooks: WebhooksTable;
  webhook_secrets: WebhookSecretsTable;
  webhook_deliveries: WebhookDeliveriesTable;
  webhook_delivery_attempts: WebhookDeliveryAttemptsTable;
  api_logs: ApiLogsTable;
  workflows: WorkflowsTable;
  workflow_runs: WorkflowRunsTable;
  workflow_step_results: WorkflowStepResultsTable;
  expiry_warnings: ExpiryWarningsTable;
}

export type Row<T extends keyof Database> = Selectable<Database[T]>;
export type NewRow<T extends keyof Database> = Insertable<Database[T]>;
export type RowUpdate<T extends keyof Database> = Updateable<Database[T]>;
