/** Workflows and their runs: pick a workflow to see its runs. */
import { useState } from 'react';
import { relatedId, unwrap } from 'tessera/sdk';
import { ListTable } from '../components/DataTable';
import { Id, PageHeader, Status, Time } from '../components/ui';
import { useList } from '../hooks';
import { Link } from '../router';
import { useApi } from '../session';

export function WorkflowsPage() {
  const { client } = useApi();
  const workflows = useList((query) => unwrap(client.connect.GET('/api/v1/workflows', { params: { query } })), { page: { size: 25 } }, [client]);
  const [selected, setSelected] = useState<string>('');
  const runs = useList(
    (query) => unwrap(client.connect.GET('/api/v1/workflow-runs', { params: { query } })),
    { page: { size: 25 }, filter: { 'workflow-id': selected || undefined } },
    [client, selected],
  );

  return (
    <>
      <PageHeader title="Workflows" />
      <ListTable
        state={workflows}
        empty="No workflows in this environment."
        rowClassName={(w) => (selected === w.id ? 'selected' : undefined)}
        columns={[
          {
            header: 'Name',
            cell: (w) => (
              <>
                {w.attributes.name} <Id value={w.id} />
              </>
            ),
          },
          { header: 'Status', cell: (w) => <Status value={w.attributes.status} /> },
          { header: 'Trigger', className: 'event-name', cell: (w) => w.attributes.trigger?.['event-name'] },
          { header: 'Steps', cell: (w) => w.attributes.steps?.map((s) => s.type).join(' → ') },
          {
            header: 'Runs',
            hiddenHeader: true,
            cell: (w) => (
              <button type="button" className="link" aria-pressed={selected === w.id} onClick={() => setSelected(selected === w.id ? '' : w.id)}>
                {selected === w.id ? 'All runs' : 'Runs'}
              </button>
            ),
          },
        ]}
      />
      <section>
        <h2>{selected ? `Runs of ${selected}` : 'Recent runs'}</h2>
        <ListTable
          state={runs}
          empty="No runs yet."
          columns={[
            {
              header: 'Run',
              cell: (r) => (
                <Link to={`/workflow-runs/${r.id}`}>
                  <Id value={r.id} />
                </Link>
              ),
            },
            {
              header: 'Workflow',
              cell: (r) => {
                const workflow = relatedId(r, 'workflow');
                return workflow ? <Id value={workflow} /> : null;
              },
            },
            { header: 'Status', cell: (r) => <Status value={r.attributes.status} /> },
            { header: 'Started', cell: (r) => <Time value={r.attributes['created-at']} /> },
            { header: 'Completed', cell: (r) => <Time value={r.attributes['completed-at']} /> },
          ]}
        />
      </section>
    </>
  );
}
