import { describe, expect, it } from 'vitest';
import { fromKebab, inflectKeys, inflectPath, keysToKebab, toKebab } from './inflection.js';

describe('Key-Inflection', () => {
  it('turns camel and snake keys into kebab, digits included', () => {
    expect(toKebab('expiresInSeconds')).toBe('expires-in-seconds');
    expect(toKebab('addressStreet1')).toBe('address-street-1');
    expect(toKebab('address_street_1')).toBe('address-street-1');
    expect(toKebab('source-id')).toBe('source-id');
  });

  it('round-trips kebab through camel and snake', () => {
    for (const k of ['expires-in-seconds', 'address-street-1', 'connect-connection', 'status']) {
      expect(toKebab(fromKebab(k, 'camel'))).toBe(k);
      expect(toKebab(fromKebab(k, 'snake'))).toBe(k);
    }
  });

  it('leaves keys inside fields objects and all values alone', () => {
    const body = { data: { attributes: { referenceId: 'a-b', fields: { name_first: 'x', 'name-last': 'y' } } } };
    expect(keysToKebab(body)).toEqual({
      data: { attributes: { 'reference-id': 'a-b', fields: { name_first: 'x', 'name-last': 'y' } } },
    });
    expect(inflectKeys({ 'created-at': 'x', fields: { 'name-first': 1 } }, 'camel')).toEqual({
      createdAt: 'x',
      fields: { 'name-first': 1 },
    });
  });

  it("leaves an API log's recorded headers and params as they were sent", () => {
    const log = { request: { headers: { 'Persona-Version': 'v' }, 'get-params': { 'page[size]': '1' }, 'post-params': { referenceId: 'x', 'name-first': 'y' } }, 'created-at': 'z' };
    expect(inflectKeys(log, 'snake')).toEqual({
      request: { headers: { 'Persona-Version': 'v' }, get_params: { 'page[size]': '1' }, post_params: { referenceId: 'x', 'name-first': 'y' } },
      created_at: 'z',
    });
  });

  it('inflects error paths and pointers', () => {
    expect(inflectPath('data.attributes.source-id', 'camel')).toBe('data.attributes.sourceId');
    expect(inflectPath('/data/attributes/connection-id', 'snake')).toBe('/data/attributes/connection_id');
    expect(inflectPath('/data/attributes/fields/name-first', 'camel')).toBe('/data/attributes/fields/name-first');
  });
});
