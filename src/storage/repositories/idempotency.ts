import type { IdempotencyRepository } from '../../http/idempotency-port.js';
import type { Db, Tx } from '../database.js';

export function idempotencyRepository(db: Db | Tx): IdempotencyRepository {
  return {
    async begin(scope, key, fingerprint, now, ttlMs, inFlightTtlMs) {
      // An expired entry is as good as none, and so is a claim whose request never finished.
      const abandonedBefore = new Date(now.getTime() - inFlightTtlMs);
      await db
        .deleteFrom('idempotency_keys')
        .where('scope', '=', scope)
        .where('key', '=', key)
        .where((eb) => eb.or([eb('expires_at', '<', now), eb.and([eb('status', '=', 'in_flight'), eb('created_at', '<', abandonedBefore)])]))
        .execute();
      const inserted = await db
        .insertInto('idempotency_keys')
        .values({ scope, key, fingerprint, status: 'in_flight', created_at: now, expires_at: new Date(now.getTime() + ttlMs) })
        .onConflict((oc) => oc.columns(['scope', 'key']).doNothing())
        .returning('key')
        .executeTakeFirst();
      if (inserted) return { state: 'new' };
      const row = await db.selectFrom('idempotency_keys').selectAll().where('scope', '=', scope).where('key', '=', key).executeTakeFirst();
      if (!row) return { state: 'new' };
      if (row.status === 'in_flight') return { state: 'in_flight', fingerprint: row.fingerprint };
      return {
        state: 'done',
        fingerprint: row.fingerprint,
        status: row.response_status ?? 200,
        headers: row.response_headers ?? {},
        body: row.response_body ?? '',
      };
    },
    async finish(scope, key, status, headers, body) {
      await db
        .updateTable('idempotency_keys')
        .set({ status: 'done', response_status: status, response_headers: JSON.stringify(headers), response_body: body })
        .where('scope', '=', scope)
        .where('key', '=', key)
        .execute();
    },
    async abandon(scope, key) {
      await db.deleteFrom('idempotency_keys').where('scope', '=', scope).where('key', '=', key).where('status', '=', 'in_flight').execute();
    },
  };
}
