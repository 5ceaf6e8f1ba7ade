/**
 * Names before ids: the organizations at the other end of this environment's
 * connections (`GET /api/v1/connect/organizations`, ext) and which of them
 * each connection leads to, so pages say "Demo Destination" where the API
 * gives `org_…` or `cxn_…`. One call each per page; ids stay shown (and
 * copyable) next to the names.
 */
import { unwrap } from 'tessera/sdk';
import { useAsync } from './hooks';
import { useApi } from './session';

export interface Partners {
  /** The name of an organization the environment is connected with; undefined while loading or unknown. */
  organization(id: string | null | undefined): string | undefined;
  /** The name of the organization on the other side of a connection. */
  connection(id: string | null | undefined): string | undefined;
}

export function usePartners(): Partners {
  const { client, organizationId } = useApi();
  const state = useAsync(async () => {
    const [organizations, connections] = await Promise.all([
      unwrap(client.connect.GET('/api/v1/connect/organizations')),
      unwrap(client.connect.GET('/api/v1/connect/connections', { params: { query: { page: { size: 100 } } } })),
    ]);
    const names = new Map(organizations.data.map((o) => [o.id, o.attributes.name ?? o.id]));
    const parties = new Map(connections.data.map((c) => [c.id, [c.attributes['source-organization-id'], c.attributes['destination-organization-id']] as const]));
    return { names, parties };
  }, [client]);
  const names = state.data?.names;
  const parties = state.data?.parties;
  return {
    organization: (id) => (id ? names?.get(id) : undefined),
    connection: (id) => {
      const [source, destination] = (id && parties?.get(id)) || [];
      // Whichever party is not us; the names list holds only the others, so either lookup is safe.
      const other = source === organizationId ? destination : destination === organizationId ? source : undefined;
      return other ? names?.get(other) : (names?.get(source ?? '') ?? names?.get(destination ?? ''));
    },
  };
}
