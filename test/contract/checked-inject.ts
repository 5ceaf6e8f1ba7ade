/**
 * Every answer a test receives through the harness is checked against the
 * app's own `/openapi.json` (validator.ts): a violation fails the test that
 * made the request, with the exchange named.
 */
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { ContractValidator, type OpenApiDocument } from './validator.js';

export class ContractViolation extends Error {
  constructor(readonly problems: string[]) {
    super(`the answer does not match /openapi.json:\n  ${problems.join('\n  ')}`);
    this.name = 'ContractViolation';
  }
}

const validators = new WeakMap<FastifyInstance, Promise<ContractValidator>>();

async function validatorOf(app: FastifyInstance, inject: FastifyInstance['inject']): Promise<ContractValidator> {
  let v = validators.get(app);
  if (!v) {
    v = (inject as (o: InjectOptions) => Promise<LightMyRequestResponse>)({ method: 'GET', url: '/openapi.json' }).then(
      (res) => new ContractValidator(res.json() as OpenApiDocument),
    );
    validators.set(app, v);
  }
  return v;
}

/** Checks one answer; throws ContractViolation when the document does not describe it. */
export async function checkAnswer(app: FastifyInstance, inject: FastifyInstance['inject'], opts: InjectOptions, res: LightMyRequestResponse): Promise<void> {
  const validator = await validatorOf(app, inject);
  const url = typeof opts.url === 'string' ? opts.url : String(opts.path ?? '/');
  const problems = validator.check({
    method: opts.method ?? 'GET',
    url,
    requestHeaders: Object.fromEntries(Object.entries(opts.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v])),
    status: res.statusCode,
    headers: res.headers,
    body: res.body,
  });
  if (problems.length > 0) throw new ContractViolation(problems);
}

/** Replaces `app.inject(options)` by one that checks every answer (the chained form is left alone). */
export function checkEveryAnswer(app: FastifyInstance): void {
  const original = app.inject.bind(app);
  const checked = async (opts: InjectOptions | string) => {
    const options: InjectOptions = typeof opts === 'string' ? { url: opts } : opts;
    const res = await original(options);
    await checkAnswer(app, original, options, res);
    return res;
  };
  (app as { inject: unknown }).inject = (opts?: InjectOptions | string) => (opts === undefined ? original() : checked(opts));
}
