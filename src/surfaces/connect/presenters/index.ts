// Importing this module registers every snapshot presenter (used by events and webhooks).
import './api-key.js';
import './connect.js';
import './inquiry.js';
import './verification.js';
import './account.js';
import './transaction.js';
export { presentEvent } from './event.js';
export { presentApiKey } from './api-key.js';
export { presentSnapshot, registerPresenter, type Viewer } from './registry.js';
export { presentConnection, presentPeekSettings, presentShareToken, presentSharedRecord, recordIdentifier } from './connect.js';
export { presentInquiry, type InquiryLike, type VerificationRef } from './inquiry.js';
export { presentVerification, type VerificationLike } from './verification.js';
export { presentAccount, type AccountLike } from './account.js';
export { presentTransaction, type TransactionLike } from './transaction.js';
