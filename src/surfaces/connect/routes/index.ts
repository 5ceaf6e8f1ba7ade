/** Every Connect route module, in one list the surface mounts. */
import type { ConnectRoutes } from '../plugin.js';
import { eventRoutes } from './events.js';
import { rateLimitRoutes } from './rate-limits.js';
import { connectionRoutes } from './connections.js';
import { shareTokenRoutes } from './share-tokens.js';
import { inquiryRoutes } from './inquiries.js';
import { verificationRoutes } from './verifications.js';
import { accountRoutes } from './accounts.js';
import { transactionRoutes } from './transactions.js';
import { apiKeyRoutes } from './api-keys.js';
import { apiLogRoutes } from './api-logs.js';
import { webhookRoutes } from './webhooks.js';
import { workflowRoutes } from './workflows.js';
import { statsRoutes } from './stats.js';
import { expiringCredentialRoutes } from './expiring-credentials.js';

export const connectRoutes: ConnectRoutes[] = [eventRoutes, rateLimitRoutes, connectionRoutes, shareTokenRoutes, inquiryRoutes, verificationRoutes, accountRoutes, transactionRoutes, apiKeyRoutes, apiLogRoutes, webhookRoutes, workflowRoutes, statsRoutes, expiringCredentialRoutes];
