import { describe, expect, it } from 'vitest';
import { isPointer, matchesFilter, resolvePointer } from './trigger-filter.js';

const DATA = {
  type: 'connect/share-token',
  id: 'cnst_1',
  attributes: { status: 'created', 'a/b': 1, 'c~d': 2, tags: ['x', 'y'], fields: { 'name-first': { type: 'string', value: 'Alex' } } },
  relationships: { connection: { data: { type: 'connect/connection', id: 'cxn_1' } } },
};

describe('trigger filters', () => {
  it('resolves RFC 6901 pointers, escapes and array indexes included', () => {
    expect(resolvePointer(DATA, '/relationships/connection/data/id')).toBe('cxn_1');
    expect(resolvePointer(DATA, '/attributes/a~1b')).toBe(1);
    expect(resolvePointer(DATA, '/attributes/c~0d')).toBe(2);
    expect(resolvePointer(DATA, '/attributes/tags/1')).toBe('y');
    expect(resolvePointer(DATA, '/attributes/tags/2')).toBeUndefined();
    expect(resolvePointer(DATA, '/attributes/tags/01')).toBeUndefined();
    expect(resolvePointer(DATA, '/attributes/missing/deeper')).toBeUndefined();
    expect(resolvePointer(DATA, '/attributes/toString')).toBeUndefined();
  });

  it('matches exact values, arrays as any-of, and requires every entry', () => {
    expect(matchesFilter({}, DATA)).toBe(true);
    expect(matchesFilter({ '/attributes/status': 'created' }, DATA)).toBe(true);
    expect(matchesFilter({ '/attributes/status': 'Created' }, DATA)).toBe(false);
    expect(matchesFilter({ '/attributes/status': ['pending', 'created'] }, DATA)).toBe(true);
    expect(matchesFilter({ '/attributes/status': ['pending'] }, DATA)).toBe(false);
    expect(matchesFilter({ '/attributes/fields/name-first/value': 'Alex', '/relationships/connection/data/id': 'cxn_1' }, DATA)).toBe(true);
    expect(matchesFilter({ '/attributes/status': 'created', '/relationships/connection/data/id': 'cxn_2' }, DATA)).toBe(false);
    expect(matchesFilter({ '/attributes/fields/name-first': { type: 'string', value: 'Alex' } }, DATA)).toBe(true);
    expect(matchesFilter({ '/attributes/nothing': null }, DATA)).toBe(false);
  });

  it('accepts only JSON pointers as keys', () => {
    expect(isPointer('/attributes/status')).toBe(true);
    expect(isPointer('/a~1b')).toBe(true);
    expect(isPointer('attributes/status')).toBe(false);
    expect(isPointer('/a~2')).toBe(false);
    expect(isPointer('')).toBe(false);
  });
});
