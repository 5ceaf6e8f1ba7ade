/**
 * The automated part of the demo (issue 4): a second active sandbox
 * connection Demo Source → Demo Destination, and two workflows bound to it.
 * At the source, "inquiry completed → create a share token on it"; at the
 * destination, "share token inbound-created on it → redeem". A completed
 * inquiry thus reaches the destination as a redeemed copy with no further API
 * call.
 *
 * The API allows one live connection per pair (409); the platform may add a
 * dedicated one (`additional`), which is what this is. Tokens of the first
 * connection are never touched: the redeeming workflow's filter names the
 * automated connection, and nothing automated creates tokens on the first one.
 */
import type { AppDeps } from '../app-deps.js';
import { createConnection, transitionConnection } from '../connect/index.js';
import { encodeId } from '../core/ids.js';
import { createWorkflow } from '../workflows/index.js';
import { demoActor, type DemoParties } from './demo-sharing.js';

export interface DemoAutomation {
  automatedConnectionId: string;
  /** `share` lives in Demo Source, `redeem` in Demo Destination. */
  automatedWorkflows: { share: string; redeem: string };
}

export async function seedDemoWorkflows(deps: AppDeps, parties: DemoParties): Promise<DemoAutomation> {
  const sharer = { actor: demoActor(parties.source), store: deps.store, clock: deps.clock };
  const receiver = { actor: demoActor(parties.destination), store: deps.store, clock: deps.clock };

  const connection = await createConnection({
    ctx: sharer,
    input: {
      destinationOrganizationId: parties.destination.organizationId,
      additional: true,
      creator: { type: 'api-key', id: parties.source.apiKeyId },
    },
  });
  await transitionConnection({ ctx: receiver, input: { id: connection.id, action: 'activate' } });
  const share = await createWorkflow({
    ctx: sharer,
    input: {
      name: 'Share completed inquiries (demo)',
      trigger: { eventName: 'inquiry.completed', filter: {} },
      steps: [{ type: 'create-share-token', connectionId: connection.id }],
    },
  });
  const redeem = await createWorkflow({
    ctx: receiver,
    input: {
      name: 'Redeem shared inquiries (demo)',
      trigger: { eventName: 'connect/share-token.inbound-created', filter: { '/relationships/connection/data/id': encodeId('cxn', connection.id) } },
      steps: [{ type: 'redeem-share-token' }],
    },
  });
  return {
    automatedConnectionId: encodeId('cxn', connection.id),
    automatedWorkflows: { share: encodeId('wfl', share.id), redeem: encodeId('wfl', redeem.id) },
  };
}
