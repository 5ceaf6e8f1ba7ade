/**
 * Field input of inquiries, accounts and transactions (connect-api.md §4):
 * bare values or `{type, value}`; standard names have a fixed type, custom
 * names (`[a-z0-9_-]`, ≤ 64) are string, number, boolean or date. A bad name
 * or value is a business-rule error (422) pointing at the field.
 */
import { unprocessable, type FieldPath } from '../core/errors.js';
import { STANDARD_FIELDS, type FieldType, type FieldValue, type Fields } from './types.js';

export const FIELD_NAME_RE = /^[a-z0-9_-]{1,64}$/;
const FIELD_TYPES: readonly FieldType[] = ['string', 'number', 'boolean', 'date'];
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;


function isDate(value: string): boolean {
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

function valueMatches(type: FieldType, value: unknown): boolean {
  if (value === null) return true;
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'date':
      return typeof value === 'string' && isDate(value);
  }
}

function inferType(value: unknown): FieldType | null {
  if (typeof value === 'string') return 'string';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'boolean';
  return null;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * One field from its input. `known` is the type the field already has (updates
 * keep it for bare values); `at` is where the field sits in the input.
 */
export function parseField(name: string, raw: unknown, at: FieldPath, known?: FieldType): FieldValue {
  if (!FIELD_NAME_RE.test(name)) {
    throw unprocessable(`Field name ${JSON.stringify(name)} must be 1 to 64 characters of a-z, 0-9, _ and -`, at);
  }
  const standard = STANDARD_FIELDS[name];
  let type: FieldType | null;
  let value: unknown;
  if (isPlainObject(raw)) {
    const extra = Object.keys(raw).find((k) => k !== 'type' && k !== 'value');
    if (extra !== undefined) throw unprocessable(`Field ${name} may only have type and value`, at);
    if (!FIELD_TYPES.includes(raw.type as FieldType)) throw unprocessable(`Field ${name} type must be one of ${FIELD_TYPES.join(', ')}`, at);
    type = raw.type as FieldType;
    if (standard && type !== standard) throw unprocessable(`Field ${name} is of type ${standard}`, at);
    value = raw.value ?? null;
  } else {
    value = raw;
    type = standard ?? known ?? (raw === null ? 'string' : inferType(raw));
    if (type === null) throw unprocessable(`Field ${name} must be a string, number, boolean, date or null`, at);
  }
  if (!valueMatches(type, value)) {
    throw unprocessable(type === 'date' ? `Field ${name} must be a date (YYYY-MM-DD)` : `Field ${name} must be a ${type}`, at);
  }
  return { type, value };
}

/** Parses a `fields` object; the result is merged over `existing` by the caller. */
export function parseFields(input: Record<string, unknown>, existing: Fields = {}): Fields {
  const out: Fields = {};
  for (const [name, raw] of Object.entries(input)) {
    out[name] = parseField(name, raw, ['fields', { key: name }], existing[name]?.type);
  }
  return out;
}

/** Redaction keeps each field's name and type and drops its value for good. */
export function redactFields(fields: Fields): Fields {
  const out: Fields = {};
  for (const [name, f] of Object.entries(fields)) out[name] = { type: f.type, value: null };
  return out;
}
