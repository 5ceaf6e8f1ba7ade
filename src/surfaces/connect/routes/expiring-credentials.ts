/**
 * GET /expiring-credentials (Tessera extension, issue 14): what expires within
 * the organization's smallest expiry warning lead, for the dashboard to mark and
 * list; the `<type>.expiring` events announce the same to webhooks.
 */
import type { Static } from 'typebox';
import type { AppDeps } from '../../../app-deps.js';
import { encodeId } from '../../../core/ids.js';
import { formatLead } from '../../../core/lead-time.js';
import type { TypedApp } from '../../../http/typed.js';
import { EXPIRING_CREDENTIALS_PERMISSION, listExpiringCredentials, type ExpiringCredentials } from '../../../lifecycle/index.js';
import { parseQuery } from '../query.js';
import { ExpiringCredentialsDocument } from '../schemas/expiring-credentials.js';

const PREFIX = { 'api-key': 'api', 'share-token': 'cnst', 'webhook-secret': 'wbh' } as const;

function present(r: ExpiringCredentials): Static<typeof ExpiringCredentialsDocument> {
  return {
    data: r.items.map((i) => ({
      type: 'expiring-credential',
      id: encodeId(PREFIX[i.subject], i.id),
      attributes: { kind: i.subject, name: i.name, 'expires-at': i.expiresAt.toISOString() },
    })),
    meta: { 'expiry-warning-leads': r.leads.map(formatLead), within: formatLead(r.withinSeconds), 'within-seconds': r.withinSeconds },
  };
}

export function expiringCredentialRoutes(app: TypedApp, deps: AppDeps): void {
  app.get(
    '/expiring-credentials',
    { schema: { response: { 200: ExpiringCredentialsDocument } }, config: { permission: EXPIRING_CREDENTIALS_PERMISSION } },
    async (req) => {
      // No parameters: anything in the query is refused (400), as on every Connect read.
      parseQuery(req.query, {});
      return present(
        await listExpiringCredentials({ ctx: { actor: req.connect.actor, store: deps.store, clock: deps.clock, defaultLeads: deps.config.expiryWarningLeads } }),
      );
    },
  );
}
