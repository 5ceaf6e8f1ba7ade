/**
 * Strict JSON bodies: an empty body is "no body" (several POST actions take
 * none), anything else must parse, prototype-poisoning keys are refused, and
 * so is any string PostgreSQL could not store (a NUL, a lone surrogate): a
 * 400 naming the field, in every surface's format.
 */
import type { FastifyInstance } from 'fastify';
import { AppError } from '../core/errors.js';
import { findUnsafeText, mayHoldUnsafeText, unsafeTextError } from './text-safety.js';

/** Every JSON media type (`application/json`, `application/vnd.api+json`, with parameters). */
export const JSON_CONTENT_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;.*)?$/i;

/** The body `text` parsed by the rules above (undefined for an empty body); throws the 400's AppError. */
export function parseStrictJson(text: string): unknown {
  if (text.trim() === '') return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text, (key, value: unknown) => {
      if (key === '__proto__' || key === 'constructor') throw new SyntaxError(`"${key}" is not allowed`);
      return value;
    });
  } catch (e) {
    throw new AppError('MALFORMED_JSON', `Malformed JSON: ${(e as Error).message}`);
  }
  // Only a `\u` escape can put such a character in JSON: most bodies are cleared by this one scan.
  const unsafe = mayHoldUnsafeText(text) ? findUnsafeText(parsed) : null;
  if (unsafe !== null) throw unsafeTextError('body', unsafe);
  return parsed;
}

export function registerJsonParser(app: FastifyInstance): void {
  app.removeContentTypeParser(['application/json']);
  app.addContentTypeParser(JSON_CONTENT_TYPE, { parseAs: 'string' }, (_req, body, done) => {
    try {
      done(null, parseStrictJson(String(body)));
    } catch (e) {
      done(e as Error, undefined);
    }
  });
}
