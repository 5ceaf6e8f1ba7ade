import { describe, expect, it } from 'vitest';
import { AstraProblem } from './problems.js';
import { continueToken, parseCollectionQuery, type CollectionSpec } from './list-query.js';

type F = 'id' | 'name' | 'createdAt';
const spec: CollectionSpec<F> = {
  includable: ['id', 'name', 'metadata'],
  filters: { id: { field: 'id' }, name: { field: 'name' }, 'metadata.creationTimestamp': { field: 'createdAt', parse: (v) => new Date(v) } },
  orderable: { id: 'id', name: 'name' },
  defaultOrder: 'createdAt',
  sortValue: (field, item) => String((item as Record<string, unknown>)[field]),
  parseSortValue: (_f, v) => v,
};

function problemOf(fn: () => unknown): { id: unknown; params: unknown } {
  try {
    fn();
  } catch (e) {
    if (e instanceof AstraProblem) return { id: e.id, params: e.extra.invalidParams };
    throw e;
  }
  throw new Error('expected a problem');
}

describe('Astra collection parameters', () => {
  it('parses filters joined by commas, with commas inside quoted values', () => {
    const q = parseCollectionQuery({ filter: "name in 'a,b c',metadata.creationTimestamp gte '2025-01-01T00:00:00Z'", orderBy: 'name desc', limit: '5', count: 'true' }, spec);
    expect(q.query.conditions).toEqual([
      { field: 'name', op: 'in', value: ['a', 'b c'] },
      { field: 'createdAt', op: 'gte', value: new Date('2025-01-01T00:00:00Z') },
    ]);
    expect(q.query).toMatchObject({ sort: { field: 'name', desc: true }, limit: 5, count: true, offset: 0 });
  });

  it('defaults to creation order, the cap as limit, no count', () => {
    expect(parseCollectionQuery({}, spec).query).toMatchObject({ sort: { field: 'createdAt', desc: false }, limit: 1000, count: false, conditions: [] });
  });

  it('names the parameter at fault (problem 5) and lists unknown ones (problem 6)', () => {
    expect(problemOf(() => parseCollectionQuery({ orderBy: 'name asc' }, spec))).toMatchObject({ id: 5, params: [{ name: 'orderBy' }] });
    expect(problemOf(() => parseCollectionQuery({ filter: "name eq 'it''s'" }, spec))).toMatchObject({ id: 5, params: [{ name: 'filter' }] });
    expect(problemOf(() => parseCollectionQuery({ filter: "name eq 'x'," }, spec))).toMatchObject({ id: 5 });
    expect(problemOf(() => parseCollectionQuery({ filter: "metadata.creationTimestamp gt 'soon'" }, spec))).toMatchObject({ id: 5 });
    expect(problemOf(() => parseCollectionQuery({ include: 'id,secret' }, spec))).toMatchObject({ id: 5, params: [{ name: 'include' }] });
    expect(problemOf(() => parseCollectionQuery({ limit: ['1', '2'] }, spec))).toMatchObject({ id: 5, params: [{ name: 'limit' }] });
    expect(problemOf(() => parseCollectionQuery({ foo: '1', bar: '2' }, spec))).toEqual({ id: 6, params: [{ name: 'foo', reason: expect.any(String) }, { name: 'bar', reason: expect.any(String) }] });
  });

  it('round-trips continue for the same filter and order only', () => {
    const q = parseCollectionQuery({ orderBy: 'name' }, spec);
    const token = continueToken(spec, q, { id: 'f66ec2fb-7cd1-4602-b9f7-695285ff170c', name: 'Bravo' } as { id: string });
    expect(token).toMatch(/^([A-Za-z0-9+/]{4})*(([A-Za-z0-9+/]{2})==|([A-Za-z0-9+/]{3})=)?$/);
    expect(parseCollectionQuery({ orderBy: 'name', continue: token }, spec).query.after).toEqual({ value: 'Bravo', id: 'f66ec2fb-7cd1-4602-b9f7-695285ff170c' });
    expect(problemOf(() => parseCollectionQuery({ orderBy: 'name desc', continue: token }, spec))).toMatchObject({ id: 5, params: [{ name: 'continue' }] });
  });
});
