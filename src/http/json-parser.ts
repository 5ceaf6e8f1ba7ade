/**
 * Strict JSON bodies: an empty body is "no body" (several POST actions take
 * none), anything else must parse, and prototype-poisoning keys are refused.
 */
import type { FastifyInstance } from 'fastify';
import { AppError } from '../core/errors.js';

export function registerJsonParser(app: FastifyInstance): void {
  app.removeContentTypeParser(['application/json']);
  app.addContentTypeParser(/^application\/(?:[\w.+-]+\+)?json\s*(?:;.*)?$/i, { parseAs: 'string' }, (_req, body, done) => {
    const text = String(body);
    if (text.trim() === '') return done(null, undefined);
    try {
      const parsed: unknown = JSON.parse(text, (key, value: unknown) => {
        if (key === '__proto__' || key === 'constructor') throw new SyntaxError(`"${key}" is not allowed`);
        return value;
      });
      done(null, parsed);
    } catch (e) {
      done(new AppError('MALFORMED_JSON', `Malformed JSON: ${(e as Error).message}`), undefined);
    }
  });
}
