/** One workflow run and the result of each step. */
import { relatedId, unwrap } from 'tessera/sdk';
import { PropList } from '../components/PropList';
import { ErrorMessage, Id, Json, Loading, PageHeader, Status, Time } from '../components/ui';
import { useAsync } from '../hooks';
import { useApi } from '../session';

export function WorkflowRunPage({ params }: { params: Record<string, string> }) {
  const { client } = useApi();
  const id = params.id!;
  const run = useAsync(
    () =>
      Promise.all([
        unwrap(client.connect.GET('/api/v1/workflow-runs/{id}', { params: { path: { id } } })),
        unwrap(client.connect.GET('/api/v1/workflow-runs/{id}/step-results', { params: { path: { id } } })),
      ]),
    [client, id],
  );
  if (run.error) return <ErrorMessage error={run.error} retry={run.reload} />;
  if (!run.data) return <Loading />;
  const [r, steps] = run.data;
  const a = r.data.attributes;
  const workflow = relatedId(r.data, 'workflow');
  return (
    <>
      <PageHeader title="Workflow run">
        <button type="button" className="secondary" onClick={run.reload}>
          Refresh
        </button>
      </PageHeader>
      <PropList
        items={[
          { term: 'ID', value: <Id value={id} /> },
          { term: 'Workflow', value: workflow ? <Id value={workflow} /> : '—' },
          { term: 'Status', value: <Status value={a.status} /> },
          { term: 'Started', value: <Time value={a['created-at']} /> },
          { term: 'Completed', value: <Time value={a['completed-at']} /> },
        ]}
      />
      <section>
        <h2>Steps</h2>
        <ol className="steps">
          {steps.data.map((s) => (
            <li key={s.index} className="card">
              <h3>
                {s.index + 1}. {s.type} <Status value={s.status} />
              </h3>
              <p className="muted">
                <Time value={s['started-at']} /> → <Time value={s['finished-at']} />
              </p>
              {s.output ? <Json value={s.output} /> : null}
              {s.error ? <Json value={s.error} /> : null}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
