/** Workflows and their runs: pick a workflow to see its runs; open one to edit or trigger it; create one. */
import { useState } from 'react';
import { relatedId, unwrap } from 'tessera/sdk';
import { ListTable } from '../components/DataTable';
import { CopyId } from '../components/Copy';
import { PageHeader, Status, Time } from '../components/ui';
import { useList } from '../hooks';
import { Link } from '../router';
import { Can, ReadOnlyNote } from '../permissions';
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
      <PageHeader title="Workflows">
        <Can permission="workflow.write">
          <Link to="/workflows/new" className="button">
            New workflow
          </Link>
        </Can>
      </PageHeader>
      <ReadOnlyNote permission="workflow.write" />
      <ListTable
        state={workflows}
        empty="No workflows in this environment."
        rowClassName={(w) => (selected === w.id ? 'selected' : undefined)}
        columns={[
          {
            header: 'Name',
            cell: (w) => (
              <>
                <Link to={`/workflows/${w.id}`}>{w.attributes.name}</Link> <CopyId value={w.id} what="workflow id" />
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
                <CopyId value={r.id} what="workflow run id" to={`/workflow-runs/${r.id}`} />
              ),
            },
            {
              header: 'Workflow',
              cell: (r) => {
                const workflow = relatedId(r, 'workflow');
                return workflow ? <CopyId value={workflow} what="workflow id" to={`/workflows/${workflow}`} /> : null;
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
