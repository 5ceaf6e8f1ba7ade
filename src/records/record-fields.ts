/** Field input of accounts and transactions: a `fields` object plus (accounts) top-level standard fields. */
import { parseField, parseFields } from './fields.js';
import type { Fields } from './types.js';

export interface FieldsInput {
  fields?: Record<string, unknown> | null;
  /** Standard fields given as top-level attributes (`name-first`), as accounts allow. */
  standardFields?: Record<string, unknown>;
}

/** The parsed changes; top-level attributes win over the same name inside `fields`. */
export function parseFieldsInput(input: FieldsInput, existing: Fields = {}): Fields {
  const out = parseFields(input.fields ?? {}, existing);
  for (const [name, raw] of Object.entries(input.standardFields ?? {})) {
    out[name] = parseField(name, raw, [{ key: name }], existing[name]?.type);
  }
  return out;
}
