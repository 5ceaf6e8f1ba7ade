/**
 * GET /stats?window=1h|24h|7d (Tessera extension, issue 13): the counts the
 * dashboard's overview charts draw, aggregated by the database — a client
 * never downloads raw logs to draw them.
 */
import type { Static } from 'typebox';
import type { FastifyRequest } from 'fastify';
import type { TypedApp } from '../../../http/typed.js';
import type { AppDeps } from '../../../app-deps.js';
import { settlesWithin } from '../../../core/deadline.js';
import { badRequest } from '../../../core/errors.js';
import { DEFAULT_STATS_WINDOW, getStats, isStatsWindow, STATS_PERMISSION, type EnvironmentStats, type StatsCounts, type StatsContext } from '../../../stats/index.js';
import { parseQuery } from '../query.js';
import { StatsDocument } from '../schemas/stats.js';

/** As for API log reads: the wait for this process's buffered log rows is bounded. */
const FLUSH_WAIT_MS = 1_000;

type Wire = Static<typeof StatsDocument>;

const counts = (c: StatsCounts) => ({
  requests: c.requests,
  verifications: c.verifications,
  'share-tokens': c.shareTokens,
  'webhook-deliveries': c.webhookDeliveries,
});

function present(s: EnvironmentStats): Wire {
  return {
    data: {
      type: 'stats',
      id: s.window,
      attributes: {
        window: s.window,
        'bucket-seconds': s.bucketSeconds,
        start: s.start.toISOString(),
        end: s.end.toISOString(),
        buckets: s.buckets.map((b) => ({ start: b.start.toISOString(), ...counts(b) })),
        totals: counts(s.totals),
      },
    },
  };
}

export function statsRoutes(app: TypedApp, deps: AppDeps): void {
  const flush = async () => void (await settlesWithin(deps.apiLogs.flush(), FLUSH_WAIT_MS));
  const ctx = (req: FastifyRequest): StatsContext => ({ actor: req.connect.actor, store: deps.store, now: deps.clock.now(), flush });

  app.get('/stats', { schema: { response: { 200: StatsDocument } }, config: { permission: STATS_PERMISSION } }, async (req) => {
    const window = parseQuery(req.query, { flags: ['window'] }).flags.window ?? DEFAULT_STATS_WINDOW;
    if (!isStatsWindow(window)) throw badRequest('window must be one of 1h, 24h, 7d');
    return present(await getStats({ ctx: ctx(req), input: { window } }));
  });
}
