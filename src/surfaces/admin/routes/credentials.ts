/** Environment API keys (issue, revoke) and accepting a connection for its destination (platform.md §2). */
import { Type } from 'typebox';
import type { AppDeps } from '../../../app-deps.js';
import { notFound, unprocessable } from '../../../core/errors.js';
import { decodeId } from '../../../core/ids.js';
import { transitionConnection } from '../../../connect/index.js';
import { API_KEY_PERMISSIONS, issueApiKey, revokeCredential } from '../../../credentials/index.js';
import type { TypedApp } from '../../../http/typed.js';
import { presentApiKey, presentConnection } from '../../connect/presenters/index.js';
import { ApiKeyDocument, ApiKeyWithValueDocument } from '../../connect/schemas/api-keys.js';
import { ConnectionDocument } from '../../connect/schemas/connect.js';
import { CreateApiKeyBody, IdParams } from '../schemas.js';

const IssuedApiKey = Type.Object(ApiKeyWithValueDocument.properties, {
  description: 'The new API key with its secret (`value`), shown this once',
  headers: { 'Cache-Control': { type: 'string', description: '`no-store`: the answer carries a secret' } },
});

export function credentialRoutes(app: TypedApp, deps: AppDeps): void {
  const ctx = { store: deps.store, clock: deps.clock, secret: deps.secret, verifier: deps.verifier };

  app.post('/environments/:id/api-keys', { schema: { params: IdParams, body: CreateApiKeyBody, response: { 201: IssuedApiKey } } }, async (req, reply) => {
    const uuid = decodeId('env', req.params.id);
    const env = uuid ? await deps.store.identity.findEnvironment(uuid) : null;
    if (!env) throw notFound();
    const body = req.body;
    if (body['api-version'] !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(body['api-version'])) {
      throw unprocessable('api-version is not a known version', '/api-version');
    }
    const { credential, token } = await issueApiKey({
      ctx,
      input: {
        organizationId: env.organizationId,
        environmentId: env.id,
        environmentKind: env.kind,
        name: body.name,
        permissions: body.permissions ?? [...API_KEY_PERMISSIONS],
        apiVersion: body['api-version'] ?? null,
        keyInflection: body['api-key-inflection'] ?? null,
        creator: { type: 'admin', id: null },
      },
    });
    const resource = presentApiKey(credential);
    reply.header('Cache-Control', 'no-store');
    return reply.code(201).send({ data: { ...resource, attributes: { ...resource.attributes, value: token } } });
  });

  app.post('/api-keys/:id/revoke', { schema: { params: IdParams, response: { 200: ApiKeyDocument } } }, async (req) => {
    const uuid = decodeId('api', req.params.id);
    if (!uuid) throw notFound();
    const credential = await revokeCredential({ ctx, input: { id: uuid } });
    return { data: presentApiKey(credential) };
  });

  /** Accepts a pending connection on behalf of its destination. */
  app.post('/connections/:id/activate', { schema: { params: IdParams, response: { 200: ConnectionDocument } } }, async (req) => {
    const uuid = decodeId('cxn', req.params.id);
    if (!uuid) throw notFound();
    const connection = await transitionConnection({ ctx: { ...ctx, actor: null }, input: { id: uuid, action: 'activate' } });
    return { data: presentConnection(connection, { environmentId: connection.sourceEnvironmentId }) };
  });
}
