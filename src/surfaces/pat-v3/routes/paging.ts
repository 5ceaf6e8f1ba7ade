import type { FastifyReply } from 'fastify';

/** A bare JSON array with `Pagination-Count`, `-Page` and `-Limit` headers. */
export function sendPage(reply: FastifyReply, page: { page: number; limit: number; total: number }, items: unknown[]) {
  reply.header('Pagination-Count', page.total);
  reply.header('Pagination-Page', page.page);
  reply.header('Pagination-Limit', page.limit);
  return reply.code(200).send(items);
}
