/**
 * The query parameters of the admin lists, for `/openapi.json`: Connect's
 * keyset paging (the routes parse with Connect's parseQuery and a cursor
 * alone). Their answers take no sparse fieldsets.
 */
import type { QueryParameter } from '../../http/openapi-query.js';
import { pageParameter } from '../connect/query-parameters.js';

/** By the route as registered under `/admin/v1`. */
export const ADMIN_QUERY_PARAMETERS: Readonly<Record<string, readonly QueryParameter[]>> = {
  'GET /organizations': [pageParameter('org')],
  'GET /organizations/:id/users': [pageParameter('user')],
};
