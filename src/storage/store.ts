/**
 * The composed store: every domain's repositories bound to one connection
 * pool, and `transaction(fn)` that hands `fn` the same repositories bound to a
 * single database transaction. Domains see only the slice their ports declare.
 */
import type { Transactional } from '../core/store.js';
import type { Db, Tx } from './database.js';
import { credentialRepository } from './repositories/credentials.js';
import { eventRepository } from './repositories/events.js';
import { identityRepository, loginThrottleRepository } from './repositories/identity.js';
import { userTokenRepository } from './repositories/user-tokens.js';
import { sessionRepository } from './repositories/sessions.js';
import { idempotencyRepository } from './repositories/idempotency.js';
import { jobRepository } from './repositories/jobs.js';
import { accountRepository } from './repositories/accounts.js';
import { inquiryRepository } from './repositories/inquiries.js';
import { transactionRepository } from './repositories/transactions.js';
import { verificationRepository } from './repositories/verifications.js';
import { connectionRepository, shareTokenRepository } from './repositories/connect.js';
import { apiLogRepository } from './repositories/api-logs.js';
import { statsRepository } from './repositories/stats.js';
import { webhookDeliveryRepository, webhookRepository } from './repositories/webhooks.js';
import { workflowRepository, workflowRunRepository } from './repositories/workflows.js';
import { expiryWarningRepository } from './repositories/expiry-warnings.js';

function repositories(db: Db | Tx) {
  return {
    identity: identityRepository(db),
    credentials: credentialRepository(db),
    events: eventRepository(db),
    jobs: jobRepository(db),
    idempotency: idempotencyRepository(db),
    inquiries: inquiryRepository(db),
    verifications: verificationRepository(db),
    accounts: accountRepository(db),
    transactions: transactionRepository(db),
    connections: connectionRepository(db),
    shareTokens: shareTokenRepository(db),
    apiLogs: apiLogRepository(db),
    stats: statsRepository(db),
    webhooks: webhookRepository(db),
    webhookDeliveries: webhookDeliveryRepository(db),
    workflows: workflowRepository(db),
    workflowRuns: workflowRunRepository(db),
    userTokens: userTokenRepository(db),
    loginThrottle: loginThrottleRepository(db),
    sessions: sessionRepository(db),
    expiryWarnings: expiryWarningRepository(db),
  };
}

export type Repositories = ReturnType<typeof repositories>;
export type Store = Repositories & Transactional<Repositories>;

export function createStore(db: Db): Store {
  return {
    ...repositories(db),
    transaction: (fn) => db.transaction().execute((trx) => fn(repositories(trx))),
  };
}
