/**
 * The shared records: what gets shared through share tokens. Inquiries carry
 * fields and verifications; accounts and transactions carry fields.
 */
export type FieldType = 'string' | 'number' | 'boolean' | 'date';
export interface FieldValue {
  type: FieldType;
  value: unknown;
}
export type Fields = Record<string, FieldValue>;

/** Standard field names (connect-api.md §4); `birthdate` is a date, the rest strings. */
export const STANDARD_FIELDS: Record<string, FieldType> = {
  'name-first': 'string',
  'name-middle': 'string',
  'name-last': 'string',
  birthdate: 'date',
  'address-street-1': 'string',
  'address-street-2': 'string',
  'address-city': 'string',
  'address-subdivision': 'string',
  'address-postal-code': 'string',
  'address-country-code': 'string',
  'identification-number': 'string',
  'email-address': 'string',
  'phone-number': 'string',
};

export const INQUIRY_STATUSES = ['created', 'pending', 'completed', 'expired', 'failed', 'needs_review', 'approved', 'declined'] as const;
export type InquiryStatus = (typeof INQUIRY_STATUSES)[number];

export interface Inquiry {
  id: string;
  environmentId: string;
  accountId: string | null;
  status: InquiryStatus;
  referenceId: string | null;
  note: string | null;
  tags: string[];
  fields: Fields;
  /** The API key (credential id) that created it, if any. */
  creatorId: string | null;
  reviewerComment: string | null;
  reviewerWorkflowRunId: string | null;
  redirectUri: string | null;
  createdAt: Date;
  updatedAt: Date;
  startedAt: Date | null;
  expiresAt: Date | null;
  completedAt: Date | null;
  failedAt: Date | null;
  markedForReviewAt: Date | null;
  decisionedAt: Date | null;
  expiredAt: Date | null;
  redactedAt: Date | null;
}

export const VERIFICATION_KINDS = ['government-id', 'selfie', 'database', 'document', 'email-address', 'phone-number'] as const;
export type VerificationKind = (typeof VERIFICATION_KINDS)[number];

export interface VerificationCheck {
  name: string;
  status: 'passed' | 'failed' | 'not_applicable';
  reasons: string[];
  requirement: string;
  metadata: Record<string, unknown>;
}

export interface Verification {
  id: string;
  environmentId: string;
  inquiryId: string | null;
  kind: VerificationKind;
  status: 'passed' | 'failed';
  countryCode: string | null;
  tags: string[];
  checks: VerificationCheck[];
  createdAt: Date;
  submittedAt: Date | null;
  completedAt: Date | null;
  redactedAt: Date | null;
}

export interface Account {
  id: string;
  environmentId: string;
  referenceId: string | null;
  accountTypeName: string;
  accountStatus: string;
  fields: Fields;
  tags: string[];
  createdAt: Date;
  updatedAt: Date;
  redactedAt: Date | null;
}

export const TRANSACTION_STATUSES = ['created', 'approved', 'declined', 'needs review'] as const;
export type TransactionStatus = (typeof TRANSACTION_STATUSES)[number];

export interface Transaction {
  id: string;
  environmentId: string;
  referenceId: string | null;
  transactionTypeId: string | null;
  status: TransactionStatus;
  fields: Fields;
  tags: string[];
  createdAt: Date;
  updatedAt: Date;
  redactedAt: Date | null;
}

/** Any shareable record, tagged by its kind. */
export type SharedRecord =
  | { type: 'inquiry'; record: Inquiry }
  | { type: 'verification'; record: Verification }
  | { type: 'account'; record: Account }
  | { type: 'transaction'; record: Transaction };
