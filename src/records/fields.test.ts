import { describe, expect, it } from 'vitest';
import { isAppError } from '../core/errors.js';
import { parseField, parseFields, redactFields } from './fields.js';

/** The input field at fault (each surface spells it: test/architecture/domain-errors.test.ts). */
function fieldOf(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    if (isAppError(e) && e.code === 'UNPROCESSABLE') return e.details.field;
    throw e;
  }
  return undefined;
}

describe('field input', () => {
  it('types standard fields by name and custom ones by value', () => {
    expect(parseFields({ 'name-first': 'Alex', birthdate: '1990-02-28', n: 1.5, b: false, s: 'x', empty: null })).toEqual({
      'name-first': { type: 'string', value: 'Alex' },
      birthdate: { type: 'date', value: '1990-02-28' },
      n: { type: 'number', value: 1.5 },
      b: { type: 'boolean', value: false },
      s: { type: 'string', value: 'x' },
      empty: { type: 'string', value: null },
    });
  });

  it('takes {type, value} and keeps a known type for later bare values', () => {
    expect(parseField('since', { type: 'date', value: '2020-01-01' }, ['p'])).toEqual({ type: 'date', value: '2020-01-01' });
    expect(parseField('since', '2021-05-06', ['p'], 'date')).toEqual({ type: 'date', value: '2021-05-06' });
    expect(parseField('since', { type: 'date' }, ['p'])).toEqual({ type: 'date', value: null });
  });

  it('refuses bad names and values naming the field', () => {
    expect(fieldOf(() => parseFields({ birthdate: '1990-02-30' }))).toEqual(['fields', { key: 'birthdate' }]);
    expect(fieldOf(() => parseFields({ 'a/b': 'x' }))).toEqual(['fields', { key: 'a/b' }]);
    expect(fieldOf(() => parseFields({ Upper: 'x' }))).toEqual(['fields', { key: 'Upper' }]);
    expect(fieldOf(() => parseFields({ 'email-address': { type: 'number', value: 1 } }))).toEqual(['fields', { key: 'email-address' }]);
    expect(fieldOf(() => parseFields({ since: '2021-05-06x' }, { since: { type: 'date', value: null } }))).toEqual(['fields', { key: 'since' }]);
    expect(fieldOf(() => parseFields({ o: { value: 1 } }))).toEqual(['fields', { key: 'o' }]);
    expect(fieldOf(() => parseField('name-first', 1, [{ key: 'name-first' }]))).toEqual([{ key: 'name-first' }]);
  });

  it('redacts values and keeps names and types', () => {
    expect(redactFields({ a: { type: 'number', value: 1 }, b: { type: 'string', value: 'x' } })).toEqual({
      a: { type: 'number', value: null },
      b: { type: 'string', value: null },
    });
  });
});
