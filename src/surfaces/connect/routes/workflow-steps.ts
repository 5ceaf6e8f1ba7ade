/**
 * Wire → domain for workflow steps: `{"type": "create-share-token",
 * "connection-id": "cxn_…"}`. An unknown step type or parameter, a missing
 * or mistyped parameter is a 422 pointing at it; ids are decoded (null when
 * malformed, which the use case answers with 404).
 */
import { unprocessable } from '../../../core/errors.js';
import { decodeId } from '../../../core/ids.js';
import type { StepInput } from '../../../workflows/index.js';
import { MAX_WAIT_SECONDS, MIN_WAIT_SECONDS, STEP_TYPES, type StepType } from '../../../workflows/index.js';
import { recordRef } from './share-tokens.js';

const PARAMETERS: Record<StepType, readonly string[]> = {
  'create-share-token': ['connection-id', 'expires-in-seconds'],
  'redeem-share-token': ['destination-id', 'field-mappings'],
  'expire-share-token': [],
  wait: ['seconds'],
};

function integerIn(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

function parseStep(raw: Record<string, unknown>, i: number): StepInput {
  const at = (param: string) => `/data/attributes/steps/${i}/${param}`;
  const type = raw.type as StepType;
  if (!(STEP_TYPES as readonly string[]).includes(type)) {
    throw unprocessable(`Unknown step type "${String(raw.type)}"; steps are ${STEP_TYPES.join(', ')}`, at('type'));
  }
  for (const key of Object.keys(raw)) {
    if (key !== 'type' && !PARAMETERS[type].includes(key)) throw unprocessable(`${type} takes no parameter ${key}`, at(key));
  }
  // Optional parameters may be sent as null (what a retrieved workflow shows for unset ones).
  const given = (key: string) => raw[key] !== undefined && raw[key] !== null;
  switch (type) {
    case 'create-share-token': {
      const connection = raw['connection-id'];
      if (typeof connection !== 'string') throw unprocessable('create-share-token needs a connection-id', at('connection-id'));
      const expires = raw['expires-in-seconds'];
      if (given('expires-in-seconds') && !integerIn(expires, 60, 1_814_400)) {
        throw unprocessable('expires-in-seconds must be an integer from 60 to 1814400', at('expires-in-seconds'));
      }
      return { type, connectionId: decodeId('cxn', connection), ...(given('expires-in-seconds') ? { expiresInSeconds: expires as number } : {}) };
    }
    case 'redeem-share-token': {
      const step: StepInput & { type: 'redeem-share-token' } = { type };
      if (given('destination-id')) {
        const destination = raw['destination-id'];
        if (typeof destination !== 'string') throw unprocessable('destination-id must be a string', at('destination-id'));
        step.destination = recordRef(destination);
      }
      if (given('field-mappings')) {
        const mappings = raw['field-mappings'];
        const ok =
          Array.isArray(mappings) &&
          mappings.length <= 200 &&
          mappings.every(
            (m) =>
              m !== null &&
              typeof m === 'object' &&
              Object.keys(m).every((k) => k === 'source-field-name' || k === 'destination-field-name') &&
              typeof (m as Record<string, unknown>)['source-field-name'] === 'string' &&
              typeof (m as Record<string, unknown>)['destination-field-name'] === 'string',
          );
        if (!ok) throw unprocessable('field-mappings must be a list of {source-field-name, destination-field-name}', at('field-mappings'));
        step.fieldMappings = (mappings as Array<Record<string, string>>).map((m) => ({
          sourceFieldName: m['source-field-name']!,
          destinationFieldName: m['destination-field-name']!,
        }));
      }
      return step;
    }
    case 'expire-share-token':
      return { type };
    case 'wait': {
      const seconds = raw.seconds;
      if (!integerIn(seconds, MIN_WAIT_SECONDS, MAX_WAIT_SECONDS)) {
        throw unprocessable(`wait needs seconds, an integer from ${MIN_WAIT_SECONDS} to ${MAX_WAIT_SECONDS}`, at('seconds'));
      }
      return { type, seconds };
    }
  }
}

export function parseSteps(raw: Array<Record<string, unknown>>): StepInput[] {
  return raw.map(parseStep);
}
