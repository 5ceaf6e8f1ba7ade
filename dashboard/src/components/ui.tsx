/** Small building blocks every page uses: states, badges, times, secrets, actions. */
import { useState, type ReactNode } from 'react';
import { TesseraApiError } from 'tessera/sdk';
import { toError } from '../hooks';

export function PageHeader({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <header className="page-header">
      <h1>{title}</h1>
      {children ? <div className="page-actions">{children}</div> : null}
    </header>
  );
}

export function Loading({ what = 'Loading' }: { what?: string }) {
  return (
    <p className="loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" /> {what}…
    </p>
  );
}

/**
 * What to tell the user about a failed call: the surface's title and its
 * explanation (the status and Request-Id are shown apart), or the message of
 * any other error.
 */
export function errorText(error: Error): string {
  if (!(error instanceof TesseraApiError)) return error.message;
  if (error.status === 0) return `No answer from the server${error.detail ? ` (${error.detail})` : ''}`;
  return error.detail && error.detail !== error.title ? `${error.title}: ${error.detail}` : error.title;
}

export function ErrorMessage({ error, retry }: { error: Error; retry?: () => void }) {
  const requestId = error instanceof TesseraApiError ? error.requestId : null;
  const status = error instanceof TesseraApiError ? error.status : null;
  return (
    <div className="error" role="alert">
      <strong>{status === 403 ? 'Not allowed' : status === 404 ? 'Not found' : 'Something went wrong'}</strong>
      <span>{errorText(error)}</span>
      {requestId ? <small>Request-Id {requestId}</small> : null}
      {retry ? (
        <button type="button" className="link" onClick={retry}>
          Try again
        </button>
      ) : null}
    </div>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <div className="empty">{children}</div>;
}

const TONES: Record<string, string> = {
  created: 'info',
  pending: 'warn',
  in_progress: 'warn',
  redeemed: 'ok',
  active: 'ok',
  enabled: 'ok',
  running: 'ok',
  completed: 'ok',
  approved: 'ok',
  passed: 'ok',
  succeeded: 'ok',
  expired: 'muted',
  inactive: 'muted',
  disabled: 'muted',
  archived: 'muted',
  paused: 'muted',
  revoked: 'muted',
  failed: 'bad',
  declined: 'bad',
};

/** A status badge; a status left out of the answer (sparse fieldsets) shows as a dash. */
export function Status({ value }: { value: string | null | undefined }) {
  if (!value) return <span className="muted">—</span>;
  return <span className={`badge badge-${TONES[value] ?? 'info'}`}>{value.replace(/_/g, ' ')}</span>;
}

export function Time({ value }: { value: string | null | undefined }) {
  if (!value) return <span className="muted">—</span>;
  const d = new Date(value);
  return (
    <time dateTime={value} title={value}>
      {d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'medium' })}
    </time>
  );
}

export function Id({ value }: { value: string }) {
  return <code className="id">{value}</code>;
}

export function CopyButton({ value, label = 'Copy' }: { value: string; label?: string }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
    } catch {
      setCopied(false);
    }
  };
  return (
    <button type="button" className="secondary small" onClick={copy} aria-live="polite">
      {copied ? 'Copied' : label}
    </button>
  );
}

/** A secret the server shows once: copy it now, it is never shown again. */
export function SecretOnce({ label, value, onDone }: { label: string; value: string; onDone: () => void }) {
  return (
    <div className="secret" role="region" aria-label={label}>
      <p>
        <strong>{label}</strong> — copy it now: it will not be shown again.
      </p>
      <div className="secret-row">
        <code data-testid="secret">{value}</code>
        <CopyButton value={value} />
        <button type="button" className="secondary small" onClick={onDone}>
          Done
        </button>
      </div>
    </div>
  );
}

export function Json({ value }: { value: unknown }) {
  // Focusable: a long value scrolls inside the box, and keyboard users must be able to scroll it too.
  return (
    <pre className="json" tabIndex={0}>
      {JSON.stringify(value, null, 2)}
    </pre>
  );
}

/**
 * One async call at a time, for a control that runs it: whether it is running
 * (to disable the control and set aria-busy), and what the last one threw.
 */
export function useCall() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error | null>(null);
  const attempt = async (call: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await call();
    } catch (e) {
      setError(toError(e));
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, setError, attempt };
}

/** A call's error next to the control that ran it. */
export function InlineError({ error }: { error: Error | null }) {
  return error ? (
    <span className="inline-error" role="alert">
      {errorText(error)}
    </span>
  ) : null;
}

/** A button that runs an async action, shows it is busy and reports its error. */
export function ActionButton({
  onClick,
  children,
  className,
  confirm,
  disabled,
}: {
  onClick: () => Promise<unknown>;
  children: ReactNode;
  className?: string;
  confirm?: string;
  disabled?: boolean;
}) {
  const { busy, error, attempt } = useCall();
  const run = async () => {
    if (confirm && !window.confirm(confirm)) return;
    await attempt(onClick);
  };
  return (
    <span className="action">
      <button type="button" className={className} onClick={run} disabled={busy || disabled} aria-busy={busy}>
        {children}
      </button>
      <InlineError error={error} />
    </span>
  );
}

export function LoadMore({ hasMore, loading, onClick }: { hasMore: boolean; loading: boolean; onClick: () => void }) {
  if (!hasMore) return null;
  return (
    <div className="load-more">
      <button type="button" className="secondary" onClick={onClick} disabled={loading}>
        {loading ? 'Loading…' : 'Load older'}
      </button>
    </div>
  );
}

/** Loading, error or empty, else the content. */
export function Guard<T>({
  state,
  empty,
  children,
}: {
  state: { data: T[] | undefined; error: Error | undefined; loading: boolean; reload: () => void };
  empty: ReactNode;
  children: (items: T[]) => ReactNode;
}) {
  if (state.error) return <ErrorMessage error={state.error} retry={state.reload} />;
  if (state.loading && !state.data) return <Loading />;
  if (!state.data || state.data.length === 0) return <Empty>{empty}</Empty>;
  return <>{children(state.data)}</>;
}
