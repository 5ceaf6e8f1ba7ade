/**
 * One workflow (or a new one, at /workflows/new): its definition as a form —
 * name, status, the triggering event and filter, and 1–10 steps with the
 * parameters each step type takes — errors next to the field the server's
 * pointer names; trigger it by hand and follow the run; archive it; its runs.
 */
import { useState } from 'react';
import { unwrap, type Answer, type RequestBody } from 'tessera/sdk';
import { CopyId } from '../components/Copy';
import { ListTable } from '../components/DataTable';
import { Action, notify } from '../components/Feedback';
import { check, Field, Form, GroupError } from '../components/forms';
import { ErrorMessage, Loading, PageHeader, Status, Time } from '../components/ui';
import { EVENT_NAMES } from '../event-names';
import { useAsync, useList } from '../hooks';
import { ReadOnlyNote, useCan } from '../permissions';
import { navigate } from '../router';
import { useApi } from '../session';

type Workflow = Answer<'/api/v1/workflows/{id}', 'get'>['data'];
type Body = NonNullable<RequestBody<'/api/v1/workflows', 'post'>>['data']['attributes'];
type StepBody = Body['steps'][number];

const STEP_TYPES = ['create-share-token', 'redeem-share-token', 'expire-share-token', 'wait'] as const;
type StepType = (typeof STEP_TYPES)[number];
const STEP_HELP: Record<StepType, string> = {
  'create-share-token': 'Makes a share token for the trigger’s record (or fields.source-id) on a connection where you are the source.',
  'redeem-share-token': 'Redeems the run’s share token (an earlier step’s, else the trigger’s).',
  'expire-share-token': 'Expires the run’s share token.',
  wait: 'Holds the run for a number of seconds.',
};
const MAX_STEPS = 10;

/** A step in the editor: a key that survives reordering, its type, and the values it started with. */
interface EditorStep {
  key: number;
  type: StepType;
  initial: Record<string, unknown>;
}
let stepKeys = 1;
const editorStep = (type: StepType, initial: Record<string, unknown> = {}): EditorStep => ({ key: stepKeys++, type, initial });

const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));
const intOrNull = (v: string) => (v.trim() === '' ? null : Number(v));
const isInt = (n: number | null, min: number, max: number) => n !== null && Number.isInteger(n) && n >= min && n <= max;

export function WorkflowEditPage({ params }: { params: Record<string, string> }) {
  const { client } = useApi();
  const id = params.id!;
  const isNew = id === 'new';
  const workflow = useAsync(
    () => (isNew ? Promise.resolve(null) : unwrap(client.connect.GET('/api/v1/workflows/{id}', { params: { path: { id } } })).then((d) => d.data)),
    [client, id],
  );
  if (workflow.error) return <ErrorMessage error={workflow.error} retry={workflow.reload} />;
  if (workflow.loading && !workflow.data) return <Loading />;
  // Keyed by the workflow's version, so the form starts again from what the server saved.
  return <WorkflowView key={workflow.data ? `${workflow.data.id}:${workflow.data.attributes['updated-at']}` : 'new'} workflow={workflow.data ?? null} reload={workflow.reload} />;
}

function WorkflowView({ workflow, reload }: { workflow: Workflow | null; reload: () => void }) {
  const { client } = useApi();
  const canWrite = useCan('workflow.write');
  const a = workflow?.attributes;
  const archived = a?.status === 'archived';
  return (
    <>
      <PageHeader title={workflow ? `Workflow ${a?.name ?? workflow.id}` : 'New workflow'}>
        {workflow && canWrite && !archived ? (
          <Action
            className="danger"
            success={`Workflow "${a?.name}" archived`}
            confirm={{
              title: `Archive "${a?.name}"?`,
              body: <p>An archived workflow no longer runs on events and cannot be triggered. Its runs stay readable.</p>,
              confirmLabel: 'Archive',
              danger: true,
            }}
            run={() => unwrap(client.connect.DELETE('/api/v1/workflows/{id}', { params: { path: { id: workflow.id } } })).then(reload)}
          >
            Archive
          </Action>
        ) : null}
      </PageHeader>
      <ReadOnlyNote permission="workflow.write" />
      {workflow ? (
        <p className="muted">
          <CopyId value={workflow.id} what="workflow id" /> · <Status value={a?.status} /> · updated <Time value={a?.['updated-at']} />
        </p>
      ) : null}
      {workflow && a?.status === 'running' && canWrite ? <TriggerForm workflow={workflow} /> : null}
      {workflow && a?.status === 'paused' && canWrite ? <p className="notice">Paused: it runs neither on events nor by hand. Set its status to running to trigger it.</p> : null}
      {canWrite && !archived ? <DefinitionForm workflow={workflow} onSaved={reload} /> : workflow ? <ReadOnlyDefinition workflow={workflow} /> : null}
      {workflow ? <Runs workflowId={workflow.id} /> : null}
    </>
  );
}

function ReadOnlyDefinition({ workflow }: { workflow: Workflow }) {
  const a = workflow.attributes;
  return (
    <section className="card">
      <h2>Definition</h2>
      <p>
        On <code>{a.trigger?.['event-name']}</code>
        {a.trigger?.filter && Object.keys(a.trigger.filter).length ? <> where {JSON.stringify(a.trigger.filter)}</> : null}
      </p>
      <ol>
        {a.steps?.map((s, n) => (
          <li key={n}>
            <code>{s.type}</code> {JSON.stringify(Object.fromEntries(Object.entries(s).filter(([k, v]) => k !== 'type' && v !== null)))}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The step's body from the form: `steps/<i>/<parameter>` inputs; empty optional ones left out. */
function stepBody(data: FormData, i: number, type: StepType, problems: Record<string, string | false>): StepBody {
  const get = (p: string) => String(data.get(`steps/${i}/${p}`) ?? '').trim();
  const at = (p: string) => `steps/${i}/${p}`;
  switch (type) {
    case 'create-share-token': {
      const expires = intOrNull(get('expires-in-seconds'));
      problems[at('connection-id')] = !get('connection-id') && 'Choose the connection to share on.';
      problems[at('expires-in-seconds')] = expires !== null && !isInt(expires, 60, 1_814_400) && 'Seconds from 60 to 1,814,400 (21 days), or empty for the default 14 days.';
      return { type, 'connection-id': get('connection-id'), ...(expires !== null ? { 'expires-in-seconds': expires } : {}) };
    }
    case 'redeem-share-token': {
      const destination = get('destination-id');
      const lines = get('field-mappings').split('\n').map((l) => l.trim()).filter(Boolean);
      const mappings = lines.map((l) => l.split('=').map((s) => s.trim()));
      problems[at('field-mappings')] = mappings.some((m) => m.length !== 2 || !m[0] || !m[1]) && 'One mapping a line: source_field = destination_field.';
      return {
        type,
        ...(destination ? { 'destination-id': destination } : {}),
        ...(lines.length ? { 'field-mappings': mappings.map(([s, d]) => ({ 'source-field-name': s ?? '', 'destination-field-name': d ?? '' })) } : {}),
      };
    }
    case 'expire-share-token':
      return { type };
    case 'wait': {
      const seconds = intOrNull(get('seconds'));
      problems[at('seconds')] = !isInt(seconds, 1, 604_800) && 'Seconds from 1 to 604,800 (7 days).';
      return { type, seconds: seconds ?? 0 };
    }
  }
}

function DefinitionForm({ workflow, onSaved }: { workflow: Workflow | null; onSaved: () => void }) {
  const { client, organizationId } = useApi();
  const a = workflow?.attributes;
  const [steps, setSteps] = useState<EditorStep[]>(() =>
    a?.steps?.length ? a.steps.map((s) => editorStep(s.type, s as Record<string, unknown>)) : [editorStep('create-share-token')],
  );
  const connections = useAsync(() => unwrap(client.connect.GET('/api/v1/connect/connections', { params: { query: { page: { size: 100 } } } })), [client]);
  // Only the source of a connection may create share tokens on it.
  const sourceConnections = (connections.data?.data ?? []).filter((c) => !organizationId || c.attributes['source-organization-id'] === organizationId);
  const move = (i: number, by: number) =>
    setSteps((list) => {
      const next = [...list];
      const [step] = next.splice(i, 1);
      next.splice(i + by, 0, step!);
      return next;
    });
  // The connection pickers start from the saved values, so they wait for the connections.
  if (!connections.data && !connections.error) return <Loading what="Loading connections" />;

  const save = async (data: FormData) => {
    const name = String(data.get('name') ?? '').trim();
    const filterText = String(data.get('trigger/filter') ?? '').trim();
    let filter: Record<string, unknown> | null = null;
    let filterProblem: string | false = false;
    if (filterText) {
      try {
        const parsed: unknown = JSON.parse(filterText);
        if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) filter = parsed as Record<string, unknown>;
        else filterProblem = 'A JSON object, like {"/attributes/status": "completed"}.';
      } catch {
        filterProblem = 'Not JSON: a JSON object, like {"/attributes/status": "completed"}.';
      }
    }
    const problems: Record<string, string | false> = { name: !name && 'Give the workflow a name.', 'trigger/filter': filterProblem };
    const body: Body = {
      name,
      status: data.get('status') === 'paused' ? 'paused' : 'running',
      trigger: { 'event-name': String(data.get('trigger/event-name')), ...(filter ? { filter } : {}) },
      steps: steps.map((s, i) => stepBody(data, i, s.type, problems)),
    };
    check(problems);
    if (workflow) {
      await unwrap(client.connect.PATCH('/api/v1/workflows/{id}', { params: { path: { id: workflow.id } }, body: { data: { attributes: body } } }));
      notify(`Workflow "${name}" saved`);
      onSaved();
    } else {
      const created = await unwrap(client.connect.POST('/api/v1/workflows', { body: { data: { attributes: body } } }));
      notify(`Workflow "${name}" created`);
      navigate(`/workflows/${created.data.id}`, true);
    }
  };

  return (
    <Form label={workflow ? 'Workflow definition' : 'New workflow'} submit={workflow ? 'Save workflow' : 'Create workflow'} reset={false} onSubmit={save}>
      <h2>Definition</h2>
      <div className="form-row">
        <Field label="Name" name="name">
          <input name="name" maxLength={255} defaultValue={a?.name ?? ''} placeholder="Share completed inquiries" />
        </Field>
        <Field label="Status" name="status" hint="Only a running workflow runs on events or by hand.">
          <select name="status" defaultValue={a?.status === 'paused' ? 'paused' : 'running'}>
            <option value="running">running</option>
            <option value="paused">paused</option>
          </select>
        </Field>
      </div>
      <div className="form-row">
        <Field label="Trigger event" name="trigger/event-name">
          <select name="trigger/event-name" defaultValue={a?.trigger?.['event-name'] ?? 'inquiry.completed'}>
            {EVENT_NAMES.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Filter (JSON)" name="trigger/filter" hint='JSON pointers into the event’s object, all must match: {"/attributes/status": "completed"}. Empty: every event.' className="grow">
          <textarea
            name="trigger/filter"
            className="code"
            rows={2}
            defaultValue={a?.trigger?.filter && Object.keys(a.trigger.filter).length ? JSON.stringify(a.trigger.filter) : ''}
          />
        </Field>
      </div>
      <h3>Steps</h3>
      {connections.error ? <ErrorMessage error={connections.error} /> : null}
      <ol className="steps" data-field="steps">
        {steps.map((s, i) => {
          const at = (p: string) => `steps/${i}/${p}`;
          const init = (p: string) => text(s.initial[p]);
          return (
            <li key={s.key} className="step-editor" data-testid={`step-${i}`}>
              <h3>
                <span>Step {i + 1}</span>
                <span className="row-actions">
                  <button type="button" className="secondary small" disabled={i === 0} onClick={() => move(i, -1)} aria-label={`Move step ${i + 1} up`}>
                    ↑
                  </button>
                  <button type="button" className="secondary small" disabled={i === steps.length - 1} onClick={() => move(i, 1)} aria-label={`Move step ${i + 1} down`}>
                    ↓
                  </button>
                  <button type="button" className="danger small" disabled={steps.length === 1} onClick={() => setSteps((l) => l.filter((x) => x.key !== s.key))}>
                    Remove step {i + 1}
                  </button>
                </span>
              </h3>
              <div className="form-row">
                <Field label={`Step ${i + 1} type`} name={at('type')} hint={STEP_HELP[s.type]}>
                  <select
                    name={at('type')}
                    value={s.type}
                    onChange={(e) => {
                      const type = e.target.value as StepType;
                      setSteps((l) => l.map((x) => (x.key === s.key ? { ...x, type } : x)));
                    }}
                  >
                    {STEP_TYPES.map((t) => (
                      <option key={t} value={t}>
                        {t}
                      </option>
                    ))}
                  </select>
                </Field>
                {s.type === 'create-share-token' ? (
                  <>
                    <Field label="Connection" name={at('connection-id')}>
                      <select name={at('connection-id')} defaultValue={init('connection-id')}>
                        <option value="">Choose…</option>
                        {sourceConnections.map((c) => (
                          <option key={c.id} value={c.id}>
                            {c.id} ({c.attributes.status})
                          </option>
                        ))}
                        {init('connection-id') && !sourceConnections.some((c) => c.id === init('connection-id')) ? (
                          <option value={init('connection-id')}>{init('connection-id')}</option>
                        ) : null}
                      </select>
                    </Field>
                    <Field label="Expires in (seconds)" name={at('expires-in-seconds')} hint="Empty: 14 days.">
                      <input name={at('expires-in-seconds')} type="number" min={60} max={1_814_400} defaultValue={init('expires-in-seconds')} />
                    </Field>
                  </>
                ) : null}
                {s.type === 'redeem-share-token' ? (
                  <>
                    <Field label="Destination record" name={at('destination-id')} hint="Empty: a new record; else an inquiry, account or transaction id to fill.">
                      <input name={at('destination-id')} defaultValue={init('destination-id')} placeholder="inq_…" />
                    </Field>
                    <Field label="Field mappings" name={at('field-mappings')} hint="With a destination: source_field = destination_field, one a line." className="grow">
                      <textarea
                        name={at('field-mappings')}
                        className="code"
                        rows={2}
                        defaultValue={
                          Array.isArray(s.initial['field-mappings'])
                            ? (s.initial['field-mappings'] as { 'source-field-name': string; 'destination-field-name': string }[])
                                .map((m) => `${m['source-field-name']} = ${m['destination-field-name']}`)
                                .join('\n')
                            : ''
                        }
                      />
                    </Field>
                  </>
                ) : null}
                {s.type === 'wait' ? (
                  <Field label="Seconds" name={at('seconds')}>
                    <input name={at('seconds')} type="number" min={1} max={604_800} defaultValue={init('seconds')} />
                  </Field>
                ) : null}
              </div>
            </li>
          );
        })}
      </ol>
      <GroupError name="steps" />
      <button type="button" className="secondary" disabled={steps.length >= MAX_STEPS} onClick={() => setSteps((l) => [...l, editorStep('wait')])}>
        Add step
      </button>
    </Form>
  );
}

/** Runs the workflow now for a record or a share token; the run's page follows it. */
function TriggerForm({ workflow }: { workflow: Workflow }) {
  const { client } = useApi();
  const trigger = async (data: FormData) => {
    const source = String(data.get('source-id') ?? '').trim();
    const token = String(data.get('share-token-id') ?? '').trim();
    const fields = { ...(source ? { 'source-id': source } : {}), ...(token ? { 'share-token-id': token } : {}) };
    const run = await unwrap(client.connect.POST('/api/v1/workflows/{id}/trigger', { params: { path: { id: workflow.id } }, body: { data: { attributes: { fields } } } }));
    notify(`Run ${run.data.id} started`);
    navigate(`/workflow-runs/${run.data.id}`);
  };
  return (
    <section>
      <h2>Run it now</h2>
      <Form label="Trigger workflow" inline reset={false} submit="Trigger now" onSubmit={trigger}>
        <Field label="Record (fields.source-id)" name="fields/source-id" hint="An inquiry, account, transaction or verification id.">
          <input name="source-id" placeholder="inq_…" />
        </Field>
        <Field label="Share token (fields.share-token-id)" name="fields/share-token-id" hint="For redeem and expire steps.">
          <input name="share-token-id" placeholder="cnst_…" />
        </Field>
      </Form>
    </section>
  );
}

function Runs({ workflowId }: { workflowId: string }) {
  const { client } = useApi();
  const runs = useList(
    (query) => unwrap(client.connect.GET('/api/v1/workflow-runs', { params: { query } })),
    { page: { size: 10 }, filter: { 'workflow-id': workflowId } },
    [client, workflowId],
  );
  return (
    <section>
      <h2>Runs</h2>
      <ListTable
        state={runs}
        empty="No runs yet."
        testId="workflow-runs"
        columns={[
          { header: 'Run', cell: (r) => <CopyId value={r.id} what="workflow run id" to={`/workflow-runs/${r.id}`} /> },
          { header: 'Status', cell: (r) => <Status value={r.attributes.status} /> },
          { header: 'Started', cell: (r) => <Time value={r.attributes['created-at']} /> },
          { header: 'Completed', cell: (r) => <Time value={r.attributes['completed-at']} /> },
        ]}
      />
    </section>
  );
}
