/** Workflows and their runs: pick a workflow to see its runs. */
import { useState } from 'react';
import { Guard, Id, LoadMore, PageHeader, Status, Time } from '../components/ui';
import { useList } from '../hooks';
import { Link } from '../router';
import { useApi } from '../session';

export function WorkflowsPage() {
  const { client } = useApi();
  const workflows = useList(() => client.workflows.list({ 'page[size]': 25 }), client.connect.next, [client]);
  const [selected, setSelected] = useState<string>('');
  const runs = useList(() => client.workflows.runs({ 'page[size]': 25, 'filter[workflow-id]': selected }), client.connect.next, [client, selected]);

  return (
    <>
      <PageHeader title="Workflows" />
      <Guard state={workflows} empty="No workflows in this environment.">
        {(items) => (
          <table>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Status</th>
                <th scope="col">Trigger</th>
                <th scope="col">Steps</th>
                <th scope="col">
                  <span className="sr-only">Runs</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((w) => (
                <tr key={w.id} className={selected === w.id ? 'selected' : undefined}>
                  <td>
                    {w.attributes.name} <Id value={w.id} />
                  </td>
                  <td>
                    <Status value={w.attributes.status} />
                  </td>
                  <td className="event-name">{w.attributes.trigger['event-name']}</td>
                  <td>{w.attributes.steps.map((s) => s.type).join(' → ')}</td>
                  <td>
                    <button type="button" className="link" aria-pressed={selected === w.id} onClick={() => setSelected(selected === w.id ? '' : w.id)}>
                      {selected === w.id ? 'All runs' : 'Runs'}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Guard>
      <LoadMore hasMore={workflows.hasMore} loading={workflows.loadingMore} onClick={workflows.loadMore} />
      <section>
        <h2>{selected ? `Runs of ${selected}` : 'Recent runs'}</h2>
        <Guard state={runs} empty="No runs yet.">
          {(items) => (
            <table>
              <thead>
                <tr>
                  <th scope="col">Run</th>
                  <th scope="col">Workflow</th>
                  <th scope="col">Status</th>
                  <th scope="col">Started</th>
                  <th scope="col">Completed</th>
                </tr>
              </thead>
              <tbody>
                {items.map((r) => {
                  const wf = r.relationships?.workflow?.data;
                  return (
                    <tr key={r.id}>
                      <td>
                        <Link to={`/workflow-runs/${r.id}`}>
                          <Id value={r.id} />
                        </Link>
                      </td>
                      <td>{wf && !Array.isArray(wf) ? <Id value={wf.id} /> : null}</td>
                      <td>
                        <Status value={r.attributes.status} />
                      </td>
                      <td>
                        <Time value={r.attributes['created-at']} />
                      </td>
                      <td>
                        <Time value={r.attributes['completed-at']} />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
        </Guard>
        <LoadMore hasMore={runs.hasMore} loading={runs.loadingMore} onClick={runs.loadMore} />
      </section>
    </>
  );
}
