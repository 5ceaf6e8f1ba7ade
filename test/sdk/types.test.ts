/**
 * The SDK's answers are typed by the contract (sdk/schema.ts, generated from
 * /openapi.json): these assertions are checked by `npm run typecheck`, so an
 * answer that loses its schema — and becomes `never` or `unknown` — fails the
 * build. At run time they only describe themselves.
 */
import { describe, expectTypeOf, it } from 'vitest';
import { unwrap, type Answer, type ShareTokenStatus, type TesseraClient } from '../../sdk/index.js';

// Calls that are type-checked, never made: their answers are what the assertions look at.
const readShareToken = (c: TesseraClient) => unwrap(c.connect.GET('/api/v1/connect/share-tokens/{id}', { params: { path: { id: 'cnst_x' } } }));
const readPat = (c: TesseraClient) => unwrap(c.v3.GET('/v3/personal-access-tokens/{id}', { params: { path: { id: 'x' } } }));
const createPat = (c: TesseraClient) => unwrap(c.v3.POST('/v3/personal-access-tokens', { body: { name: 'ci', scopes: ['personalAccessToken:read'] } }));
const listPats = (c: TesseraClient) => unwrap(c.v3.GET('/v3/personal-access-tokens'));
const createAstraToken = (c: TesseraClient) =>
  unwrap(
    c.astra.POST('/accounts/{account_id}/core/v1/users/{user_id}/tokens', {
      params: { path: { account_id: 'a', user_id: 'u' } },
      body: { type: 'application/astra-token', version: '1.0', name: 'script' },
    }),
  );
const readAstraToken = (c: TesseraClient) =>
  unwrap(c.astra.GET('/accounts/{account_id}/core/v1/users/{user_id}/tokens/{token_id}', { params: { path: { account_id: 'a', user_id: 'u', token_id: 't' } } }));

type Of<F extends (c: TesseraClient) => Promise<unknown>> = Awaited<ReturnType<F>>;

/** Neither `never` (no success answer declared) nor `unknown` (an answer without a schema). */
type IsTyped<T> = [T] extends [never] ? false : unknown extends T ? false : true;

describe('SDK answer types', () => {
  it("types a share token's status as exactly its five values", () => {
    type Status = NonNullable<Of<typeof readShareToken>['data']['attributes']['status']>;
    expectTypeOf<Status>().toEqualTypeOf<'created' | 'pending' | 'redeemed' | 'expired' | 'failed'>();
    expectTypeOf<ShareTokenStatus>().toEqualTypeOf<Status>();
    expectTypeOf<Of<typeof readShareToken>['data']['type']>().toEqualTypeOf<'connect/share-token'>();
    expectTypeOf(readShareToken).returns.resolves.toEqualTypeOf<Answer<'/api/v1/connect/share-tokens/{id}', 'get'>>();
  });

  it('types a /v3 personal access token answer', () => {
    type Pat = Of<typeof readPat>;
    expectTypeOf<IsTyped<Pat>>().toEqualTypeOf<true>();
    expectTypeOf(readPat).returns.resolves.toEqualTypeOf<Answer<'/v3/personal-access-tokens/{id}', 'get'>>();
    expectTypeOf<Pat['id']>().toEqualTypeOf<string>();
    expectTypeOf<Pat['revoked']>().toEqualTypeOf<boolean>();
    expectTypeOf<Pat['scopes']>().toEqualTypeOf<string[]>();
    expectTypeOf<Pat['expiresAt']>().toEqualTypeOf<string | null>();
    // The secret comes with create only.
    expectTypeOf(createPat).returns.resolves.toHaveProperty('token').toEqualTypeOf<string>();
    expectTypeOf<Pat>().not.toHaveProperty('token');
    expectTypeOf(listPats).returns.resolves.toEqualTypeOf<Pat[]>();
  });

  it('types an Astra user API token answer (application/astra-token+json)', () => {
    type Token = Of<typeof readAstraToken>;
    expectTypeOf<IsTyped<Token>>().toEqualTypeOf<true>();
    expectTypeOf(readAstraToken).returns.resolves.toEqualTypeOf<Answer<'/accounts/{account_id}/core/v1/users/{user_id}/tokens/{token_id}', 'get'>>();
    expectTypeOf<Token['type']>().toEqualTypeOf<'application/astra-token'>();
    expectTypeOf<Token['userID']>().toEqualTypeOf<string>();
    expectTypeOf<Token['metadata']['labels']>().toEqualTypeOf<{ name: string; value: string }[]>();
    expectTypeOf(createAstraToken).returns.resolves.toHaveProperty('token').toEqualTypeOf<string>();
    expectTypeOf<Token>().not.toHaveProperty('token');
  });

  it('types the answers the CLI and the dashboard read', () => {
    expectTypeOf<IsTyped<Answer<'/v3/accounts/login', 'post'>>>().toEqualTypeOf<true>();
    expectTypeOf<IsTyped<Answer<'/v3/me', 'get'>>>().toEqualTypeOf<true>();
    expectTypeOf<IsTyped<Answer<'/api/v1/api-keys', 'post'>>>().toEqualTypeOf<true>();
    expectTypeOf<IsTyped<Answer<'/api/v1/inquiries/{id}', 'get'>>>().toEqualTypeOf<true>();
    expectTypeOf<IsTyped<Answer<'/api/v1/events', 'get'>>>().toEqualTypeOf<true>();
    expectTypeOf<IsTyped<Answer<'/api/v1/webhooks/{id}/deliveries', 'get'>>>().toEqualTypeOf<true>();
    expectTypeOf<IsTyped<Answer<'/api/v1/workflow-runs/{id}/step-results', 'get'>>>().toEqualTypeOf<true>();
    expectTypeOf<IsTyped<Answer<'/api/v1/api-logs/{id}', 'get'>>>().toEqualTypeOf<true>();
    // Where a route declares no answer, openapi-fetch's data is `never`: what IsTyped rules out.
    expectTypeOf<IsTyped<never>>().toEqualTypeOf<false>();
    expectTypeOf<IsTyped<unknown>>().toEqualTypeOf<false>();
  });
});
