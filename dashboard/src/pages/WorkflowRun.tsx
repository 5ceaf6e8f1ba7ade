/** One workflow run and the result of each step; followed live until it completes or fails. */
import { useEffect } from 'react';
import { relatedId, unwrap } from 'tessera/sdk';
import { CopyId } from '../components/Copy';
import { PropList } from '../components/PropList';
import { ErrorMessage, Json, Loading, PageHeader, Status, Time } from '../components/ui';
import { useAsync } from '../hooks';
import { useApi } from '../session';

const POLL_MS = 1_000;

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
  // A run in progress is looked at again every second (its steps are jobs), until it ends.
  const inProgress = run.data?.[0].data.attributes.status === 'in_progress';
  useEffect(() => {
    if (!inProgress) return;
    const timer = setTimeout(run.reload, POLL_MS);
    return () => clearTimeout(timer);
  }, [inProgress, run.data, run.reload]);
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
          { term: 'ID', value: <CopyId value={id} what="workflow run id" /> },
          { term: 'Workflow', value: workflow ? <CopyId value={workflow} what="workflow id" to={`/workflows/${workflow}`} /> : '—' },
          { term: 'Status', value: <Status value={a.status} />, testId: 'run-status' },
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
              {s.output?.['share-token-id'] ? (
                <p>
                  Share token <CopyId value={s.output['share-token-id']} what="share token id" to={`/share-tokens/${s.output['share-token-id']}`} />
                </p>
              ) : null}
              {s.output ? <Json value={s.output} /> : null}
              {s.error ? <Json value={s.error} /> : null}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
