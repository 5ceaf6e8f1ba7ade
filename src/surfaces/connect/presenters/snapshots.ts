/**
 * Every event object type's presenter, in one exhaustive map: a new object type
 * does not compile until it has one, and an event never renders as an empty
 * resource.
 */
import type { EventObjectType } from '../../../events/index.js';
import type { SnapshotPresenter } from './registry.js';
import { accountSnapshot } from './account.js';
import { apiKeySnapshot } from './api-key.js';
import { connectionSnapshot, shareTokenSnapshot } from './connect.js';
import { inquirySnapshot } from './inquiry.js';
import { transactionSnapshot } from './transaction.js';
import { apiTokenSnapshot, personalAccessTokenSnapshot } from './user-tokens.js';
import { verificationSnapshot } from './verification.js';
import { webhookSnapshot } from './webhook.js';
import { workflowRunSnapshot } from './workflow.js';

export const SNAPSHOT_PRESENTERS: { [K in EventObjectType]: SnapshotPresenter } = {
  account: accountSnapshot,
  'api-key': apiKeySnapshot,
  'api-token': apiTokenSnapshot,
  connection: connectionSnapshot,
  inquiry: inquirySnapshot,
  'personal-access-token': personalAccessTokenSnapshot,
  'share-token': shareTokenSnapshot,
  transaction: transactionSnapshot,
  verification: verificationSnapshot,
  webhook: webhookSnapshot,
  'workflow-run': workflowRunSnapshot,
};
