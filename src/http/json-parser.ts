/**
 * Strict JSON bodies: an empty body is "no body" (several POST actions take
 * none), anything else must parse, prototype-poisoning keys are refused, and
 * so is any string PostgreSQL could not store (a NUL, a lone surrogate): a
 * 400 naming the field, in every surface's format.
 */
import type { FastifyInstance } from 'fastify';
import { AppError } from '../core/errors.js';
import { findUnsafeText, mayHoldUnsafeText, unsafeTextError } from './text-safety.js';

export function registerJsonParser(app: FastifyInstance): void {
  app.removeContentTypeParser(['application/json']);
  app.addContentTypeParser(/^application\/(?:[\w.+-]+\+)?json\s*(?:;.*)?$/i, { parseAs: 'string' }, (_req, body, done) => {
    const text = String(body);
    if (text.trim() === '') return done(null, undefined);
    let parsed: unknown;
    try {
      parsed = JSON.parse(text, (key, value: unknown) => {
        if (key === '__proto__' || key === 'constructor') throw new SyntaxError(`"${key}" is not allowed`);
        return value;
      });
    } catch (e) {
      return done(new AppError('MALFORMED_JSON', `Malformed JSON: ${(e as Error).message}`), undefined);
    }
    // Only a `\u` escape can put such a character in JSON: most bodies are cleared by this one scan.
    const unsafe = mayHoldUnsafeText(text) ? findUnsafeText(parsed) : null;
    if (unsafe !== null) return done(unsafeTextError('body', unsafe), undefined);
    done(null, parsed);
  });
}
