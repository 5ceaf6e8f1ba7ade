/** API logs of this environment: find one by its Request-Id, or browse and filter. */
import { useState, type FormEvent } from 'react';
import { unwrap, type Answer } from 'tessera/sdk';
import { CopyId } from '../components/Copy';
import { ListTable } from '../components/DataTable';
import { ErrorMessage, Json, Loading, PageHeader, Time } from '../components/ui';
import { useAsync, useList, useSearch } from '../hooks';
import { useApi } from '../session';

type ApiLog = Answer<'/api/v1/api-logs/{id}', 'get'>['data'];

function statusTone(status: number | undefined): string {
  return status === undefined ? 'info' : status >= 500 ? 'bad' : status >= 400 ? 'warn' : 'ok';
}

function LogEntry({ log }: { log: ApiLog }) {
  const { request, response } = log.attributes;
  return (
    <div className="card">
      <h2>
        {request?.method} {request?.path} → {response?.status}
      </h2>
      <p className="muted">
        <CopyId value={log.id} what="request id" /> · <Time value={log.attributes['created-at']} />
      </p>
      <div className="two-col">
        <div>
          <h3>Request</h3>
          <Json value={request} />
        </div>
        <div>
          <h3>Response</h3>
          <Json value={response} />
        </div>
      </div>
    </div>
  );
}

function FoundLog({ id }: { id: string }) {
  const { client } = useApi();
  const log = useAsync(() => unwrap(client.connect.GET('/api/v1/api-logs/{id}', { params: { path: { id } } })), [client, id]);
  if (log.error) return <ErrorMessage error={log.error} />;
  if (!log.data) return <Loading />;
  return <LogEntry log={log.data.data} />;
}

export function ApiLogsPage() {
  const { client } = useApi();
  // The Request-Id looked up, the filters and the page are in the URL: shareable, kept on reload, undone by Back.
  const [params, change] = useSearch();
  const requestId = params.get('request-id') ?? '';
  const filters = { status: params.get('status') ?? '', method: params.get('method') ?? '', path: params.get('path') ?? '' };
  const [open, setOpen] = useState<string | null>(null);
  const list = useList(
    (query) => unwrap(client.connect.GET('/api/v1/api-logs', { params: { query } })),
    { page: { size: 25 }, filter: { status: filters.status || undefined, method: filters.method || undefined, path: filters.path || undefined } },
    [client, filters.status, filters.method, filters.path],
    { cursor: 'after' },
  );

  const search = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    change({ 'request-id': String(data.get('requestId') ?? '').trim() });
  };
  const filter = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    change({ status: String(data.get('status') ?? ''), method: String(data.get('method') ?? ''), path: String(data.get('path') ?? '').trim(), after: null });
  };

  return (
    <>
      <PageHeader title="API logs" />
      <form className="card form inline" role="search" onSubmit={search} aria-label="Find a request">
        <label className="grow">
          Request-Id
          <input name="requestId" placeholder="req_…" pattern="req_[0-9A-Za-z]+" defaultValue={requestId} key={requestId} />
        </label>
        <button type="submit">Find</button>
        {requestId ? (
          <button type="button" className="secondary" onClick={() => change({ 'request-id': null })}>
            Clear
          </button>
        ) : null}
      </form>
      {requestId ? (
        <FoundLog id={requestId} />
      ) : (
        <>
          <form className="filters" onSubmit={filter} aria-label="Filter API logs" key={`${filters.status}|${filters.method}|${filters.path}`}>
            <label>
              Status
              <input name="status" placeholder="4xx, 404" size={8} defaultValue={filters.status} />
            </label>
            <label>
              Method
              <select name="method" defaultValue={filters.method}>
                <option value="">Any</option>
                {['GET', 'POST', 'PATCH', 'DELETE'].map((m) => (
                  <option key={m}>{m}</option>
                ))}
              </select>
            </label>
            <label>
              Path starts with
              <input name="path" placeholder="/api/v1/connect" defaultValue={filters.path} />
            </label>
            <button type="submit" className="secondary">
              Apply
            </button>
          </form>
          <ListTable
            state={list}
            empty="No API calls match."
            search={{ label: 'Search the API calls shown by Request-Id, method or path', placeholder: 'Search by Request-Id or path', text: (l) => [l.id, l.attributes.request?.method, l.attributes.request?.path, String(l.attributes.response?.status ?? '')] }}
            expand={(l) => (open === l.id ? <LogEntry log={l} /> : null)}
            columns={[
              {
                header: 'Request',
                cell: (l) => (
                  <button type="button" className="link" aria-expanded={open === l.id} onClick={() => setOpen(open === l.id ? null : l.id)}>
                    <code>
                      {l.attributes.request?.method} {l.attributes.request?.path}
                    </code>
                  </button>
                ),
              },
              { header: 'Status', cell: (l) => <span className={`badge badge-${statusTone(l.attributes.response?.status)}`}>{l.attributes.response?.status}</span> },
              { header: 'Request-Id', cell: (l) => <CopyId value={l.id} what="request id" /> },
              { header: 'When', cell: (l) => <Time value={l.attributes['created-at']} /> },
            ]}
          />
        </>
      )}
    </>
  );
}
