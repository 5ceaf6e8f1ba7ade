/**
 * The Tessera SDK (`tessera/sdk`): typed clients for every public surface,
 * generated from the server's OpenAPI contract, with one error type. Runs in
 * Node and in browsers alike: it uses only fetch, URL and timers.
 */
export { createTesseraClient, type TesseraClient, type TesseraClientOptions, type Environment } from './client.js';
export type { ConnectPaths, V3Paths, AstraPaths, OAuthPaths, AdminPaths, SurfacePaths } from './client.js';
export { TesseraApiError, apiErrorFromResponse, networkError, type TesseraApiErrorInit } from './errors.js';
export { unwrap } from './unwrap.js';
export { asList, asResource, listQuery, relatedId } from './jsonapi.js';
export type { ListDocument, ListQuery, Relationship, Resource, ResourceDocument, ResourceIdentifier, ShareTokenAttributes, ShareTokenStatus } from './jsonapi.js';
export { getShareToken, waitForShareTokenRedeemed, type WaitOptions } from './share-tokens.js';
export type { paths, components, operations } from './schema.js';
