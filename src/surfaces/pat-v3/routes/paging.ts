import type { FastifyReply } from 'fastify';

/** The `Pagination-Count`, `-Page` and `-Limit` headers of a bare-array page (declared on the list routes). */
export function paginate(reply: FastifyReply, page: { page: number; limit: number; total: number }): void {
  reply.header('Pagination-Count', page.total);
  reply.header('Pagination-Page', page.page);
  reply.header('Pagination-Limit', page.limit);
}
