/** One workflow run and the result of each step. */
import { ErrorMessage, Id, Json, Loading, PageHeader, Status, Time } from '../components/ui';
import { useAsync } from '../hooks';
import { useApi } from '../session';

export function WorkflowRunPage({ params }: { params: Record<string, string> }) {
  const { client } = useApi();
  const id = params.id!;
  const run = useAsync(() => Promise.all([client.workflows.run(id), client.workflows.stepResults(id)]), [client, id]);
  if (run.error) return <ErrorMessage error={run.error} retry={run.reload} />;
  if (!run.data) return <Loading />;
  const [r, steps] = run.data;
  const a = r.data.attributes;
  const wf = r.data.relationships?.workflow?.data;
  return (
    <>
      <PageHeader title="Workflow run">
        <button type="button" className="secondary" onClick={run.reload}>
          Refresh
        </button>
      </PageHeader>
      <section className="card">
        <dl className="props">
          <dt>ID</dt>
          <dd>
            <Id value={id} />
          </dd>
          <dt>Workflow</dt>
          <dd>{wf && !Array.isArray(wf) ? <Id value={wf.id} /> : '—'}</dd>
          <dt>Status</dt>
          <dd>
            <Status value={a.status} />
          </dd>
          <dt>Started</dt>
          <dd>
            <Time value={a['created-at']} />
          </dd>
          <dt>Completed</dt>
          <dd>
            <Time value={a['completed-at']} />
          </dd>
        </dl>
      </section>
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
