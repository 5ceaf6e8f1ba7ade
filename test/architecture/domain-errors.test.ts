/**
 * Use cases name the input field at fault in their own terms (`field`), never
 * a surface's pointer or parameter, and carry no HTTP status: the surfaces
 * spell both (src/http/error-status.ts, each surface's error mapper).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError, unprocessable } from '../../src/core/errors.js';
import { connectPointer } from '../../src/surfaces/connect/errors.js';
import { fieldName } from '../../src/surfaces/pat-v3/errors.js';

const SRC = path.resolve(import.meta.dirname, '../../src');
// core/errors.ts itself defines the surfaces' `pointer` member.
const DOMAINS = ['jobs', 'events', 'records', 'credentials', 'identity', 'connect', 'workflows', 'api-logs'];

function filesOf(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return filesOf(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [p] : [];
  });
}

describe('domain errors', () => {
  it('use cases raise no wire pointer (a field path instead)', () => {
    const offenders: string[] = [];
    for (const domain of DOMAINS) {
      for (const file of filesOf(path.join(SRC, domain))) {
        const text = fs.readFileSync(file, 'utf8');
        for (const [i, line] of text.split('\n').entries()) {
          if (/'\/data\/attributes|'\/meta\/|\{ pointer[:, }]/.test(line)) offenders.push(`${path.relative(SRC, file)}:${i + 1}: ${line.trim()}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });

  it('carry a code and a field, no HTTP status', () => {
    const e = unprocessable('Connection is not active', ['connectionId']);
    expect(e).toBeInstanceOf(AppError);
    expect(e.code).toBe('UNPROCESSABLE');
    expect(e.details.field).toEqual(['connectionId']);
    expect('status' in e).toBe(false);
  });

  it('each surface spells the field its own way', () => {
    expect(connectPointer(['connectionId'])).toBe('/data/attributes/connection-id');
    expect(connectPointer(['steps', 2, 'destinationId'])).toBe('/data/attributes/steps/2/destination-id');
    expect(connectPointer(['fields', { key: 'a/b' }])).toBe('/data/attributes/fields/a~1b');
    expect(connectPointer(['fieldMappings'])).toBe('/meta/field-mappings');
    expect(fieldName(['scopes', 1])).toBe('scopes[1]');
    expect(fieldName(['metadata', 0, 'key'])).toBe('metadata[0].key');
  });
});
