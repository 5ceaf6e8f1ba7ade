/**
 * The sharing part of the demo, made through the same use cases the API runs:
 * an active sandbox connection source → destination that allows peeking at
 * `address-country-code`, and a completed inquiry with two passed verifications.
 */
import type { AppDeps } from '../app-deps.js';
import { systemActor, type EnvironmentActor } from '../core/actor.js';
import { encodeId } from '../core/ids.js';
import { createConnection, transitionConnection, updatePeekSettings } from '../connect/index.js';
import { completeInquiry, createInquiry, createVerification } from '../records/index.js';
import { API_KEY_PERMISSIONS } from '../credentials/index.js';

export interface DemoSharing {
  connectionId: string;
  inquiryId: string;
}

export interface DemoParties {
  /** `apiKeyId`: the source's demo key, named as creator of what the demo makes for it. */
  source: { organizationId: string; environmentId: string; apiKeyId: string };
  destination: { organizationId: string; environmentId: string };
}

/** The demo acts as the organizations themselves (the platform, no credential), with every API key permission. */
export function demoActor(party: { organizationId: string; environmentId: string }): EnvironmentActor {
  return systemActor(party.organizationId, party.environmentId, 'sandbox', API_KEY_PERMISSIONS);
}

export async function seedDemoSharing(deps: AppDeps, parties: DemoParties): Promise<DemoSharing> {
  const source = { actor: demoActor(parties.source), store: deps.store, clock: deps.clock };
  const destination = { actor: demoActor(parties.destination), store: deps.store, clock: deps.clock };

  const connection = await createConnection({
    ctx: source,
    input: { destinationOrganizationId: parties.destination.organizationId, creator: { type: 'api-key', id: parties.source.apiKeyId } },
  });
  await transitionConnection({ ctx: destination, input: { id: connection.id, action: 'activate' } });
  await updatePeekSettings({
    ctx: source,
    input: { id: connection.id, peekSourceData: true, peekVisibleFields: ['address-country-code'] },
  });

  const inquiry = await createInquiry({
    ctx: source,
    input: {
      referenceId: 'demo-user-1',
      fields: {
        'name-first': 'Alex',
        'name-last': 'Sample',
        birthdate: '1990-04-12',
        'address-street-1': '123 Main St',
        'address-city': 'San Francisco',
        'address-subdivision': 'CA',
        'address-postal-code': '94111',
        'address-country-code': 'US',
        'email-address': 'alex@example.com',
      },
    },
  });
  const check = (name: string) => ({ name, status: 'passed' as const, reasons: [], requirement: 'required', metadata: {} });
  await createVerification({
    ctx: source,
    input: { kind: 'government-id', inquiryId: inquiry.inquiry.id, status: 'passed', countryCode: 'US', checks: [check('id_expired_detection'), check('id_barcode_detection')] },
  });
  await createVerification({
    ctx: source,
    input: { kind: 'selfie', inquiryId: inquiry.inquiry.id, status: 'passed', countryCode: 'US', checks: [check('selfie_id_comparison'), check('selfie_liveness_detection')] },
  });
  await completeInquiry({ ctx: source, input: { id: inquiry.inquiry.id } });
  return { connectionId: encodeId('cxn', connection.id), inquiryId: encodeId('inq', inquiry.inquiry.id) };
}
