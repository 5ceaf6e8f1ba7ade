/**
 * Request validation with Ajv. Bodies are validated strictly (no coercion, no
 * silently dropped keys: a mistyped or unknown field is a 400); query strings,
 * params and headers are coerced, since they only ever arrive as text.
 */
import { Ajv, type Options, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { FastifySchemaCompiler } from 'fastify';

function make(options: Options): Ajv {
  const ajv = new Ajv({ strict: false, allErrors: false, ...options });
  (addFormats as unknown as (a: Ajv) => void)(ajv);
  return ajv;
}

export function createValidatorCompiler(): FastifySchemaCompiler<unknown> {
  const strict = make({ coerceTypes: false, removeAdditional: false, useDefaults: false });
  const coercing = make({ coerceTypes: 'array', removeAdditional: false, useDefaults: true });
  return ({ schema, httpPart }) => {
    // Compiled on the route's first request, not at start-up: compiling every route's schemas
    // up front was about a fifth of the CPU of a cold start (bench/footprint.ts).
    let validate: ValidateFunction | undefined;
    return (data: unknown) => {
      validate ??= (httpPart === 'body' ? strict : coercing).compile(schema as object);
      return validate(data) ? { value: data } : { error: Object.assign(new Error('validation failed'), { validation: validate.errors }) };
    };
  };
}
