/**
 * The Tessera SDK (`tessera/sdk`): typed clients for every public surface,
 * generated from the server's OpenAPI contract, with one error type. Runs in
 * Node and in browsers alike: it uses only fetch, URL and timers.
 */
export { createTesseraClient, type TesseraClient, type TesseraClientOptions, type Environment } from './client.js';
export type { ConnectPaths, V3Paths, AstraPaths, OAuthPaths, AdminPaths, SurfacePaths } from './client.js';
export { TesseraApiError, apiErrorFromResponse, networkError, type TesseraApiErrorInit } from './errors.js';
export { unwrap } from './unwrap.js';
export { asList, asResource, pageParams, related, relatedId } from './jsonapi.js';
export type {
  ListDocument,
  PageQuery,
  Relationship,
  Resource,
  ResourceDocument,
  ResourceIdentifier,
  ShareToken,
  ShareTokenAttributes,
  ShareTokenStatus,
} from './jsonapi.js';
export { getShareToken, waitForShareTokenRedeemed, type ShareTokenDocument, type WaitOptions } from './share-tokens.js';
export type { Answer, Item, Method, Query, RequestBody } from './types.js';
export type { Middleware } from 'openapi-fetch';
export type { paths, components, operations } from './schema.js';
