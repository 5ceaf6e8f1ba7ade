/**
 * The automated part of the demo (issue 4): a second active sandbox
 * connection between the demo organizations, and two workflows bound to it.
 * At its source, "inquiry completed → create a share token on it"; at its
 * destination, "share token inbound-created on it → redeem". A completed
 * inquiry thus reaches the other organization as a redeemed copy with no
 * further API call.
 *
 * Direction: a pair of environments has at most one live connection
 * (connect-api.md §3: a second one is a 409), and the first demo connection
 * already joins Demo Source → Demo Destination in the sandbox. The automated
 * one therefore runs Demo Destination → Demo Source, also in the sandbox (a
 * production pair would need production keys, and webhooks there only take
 * https). Tokens of the first connection are never touched: the redeeming
 * workflow's filter names the automated connection, and nothing automated
 * creates tokens on the first one.
 */
import type { AppDeps } from '../app-deps.js';
import { createConnection, transitionConnection } from '../connect/index.js';
import { encodeId } from '../core/ids.js';
import { createWorkflow } from '../workflows/index.js';
import { systemActor, type DemoParties } from './demo-sharing.js';

export interface DemoAutomation {
  automatedConnectionId: string;
  /** `share` lives in the automated connection's source (Demo Destination), `redeem` in its destination (Demo Source). */
  automatedWorkflows: { share: string; redeem: string };
}

export async function seedDemoWorkflows(deps: AppDeps, parties: DemoParties): Promise<DemoAutomation> {
  // Roles on the automated connection: the demo destination shares, the demo source receives.
  const sharer = { actor: systemActor(parties.destination), store: deps.store, clock: deps.clock };
  const receiver = { actor: systemActor(parties.source), store: deps.store, clock: deps.clock };

  const connection = await createConnection({ ctx: sharer, input: { destinationOrganizationId: parties.source.organizationId } });
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
