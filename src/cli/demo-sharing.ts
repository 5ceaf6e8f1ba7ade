/** The sharing part of the demo: connection and inquiry. Filled in by the records and connect domains. */
import type { AppDeps } from '../app-deps.js';

export interface DemoSharing {
  connectionId: string;
  inquiryId: string;
}

export interface DemoParties {
  source: { organizationId: string; environmentId: string };
  destination: { organizationId: string; environmentId: string };
}

export async function seedDemoSharing(_deps: AppDeps, _parties: DemoParties): Promise<DemoSharing> {
  return { connectionId: '', inquiryId: '' };
}
