/**
 * Forms: errors shown next to the field they are about — from the page's own
 * checks before a request, or from the server's JSON:API error pointers — and
 * the create form whose result is a secret the server shows once.
 */
import { cloneElement, createContext, isValidElement, useContext, useId, useState, type FormEvent, type ReactElement, type ReactNode } from 'react';
import { TesseraApiError } from 'tessera/sdk';
import { toError } from '../hooks';
import { notify } from './Feedback';
import { ErrorMessage, SecretOnce } from './ui';

/** Errors by field name (the name of the input they are about). */
export type FieldMessages = Record<string, string>;

/** A check that failed before any request: each message belongs next to its field. */
export class FieldErrors extends Error {
  constructor(readonly fields: FieldMessages) {
    super(Object.values(fields).join(' '));
    this.name = 'FieldErrors';
  }
}

/** Throws FieldErrors when any check gives a message. */
export function check(checks: Record<string, string | false | null | undefined>): void {
  const failed = Object.fromEntries(Object.entries(checks).filter((e): e is [string, string] => typeof e[1] === 'string'));
  if (Object.keys(failed).length) throw new FieldErrors(failed);
}

/**
 * Where a server error points, as a path under the document's attributes or meta
 * (`steps/0/connection-id`): a Connect 422's `source.pointer`, else the path a 400's
 * details start with (`data.attributes.name must …`); a /v3 error's `field`.
 */
function errorPaths(error: TesseraApiError): [string, string][] {
  const body = error.body as { errors?: { title?: string; details?: string; source?: { pointer?: string }; field?: string; message?: string }[] } | null;
  const out: [string, string][] = [];
  for (const item of body?.errors ?? []) {
    // /v3 names the field itself: `{"field": "scopes[1]", "message": "…"}`.
    if (typeof item.field === 'string' && item.field) {
      out.push([item.field.replace(/\[(\d+)\]/g, '/$1').replace(/\./g, '/'), `${item.field} ${item.message ?? 'is invalid'}`]);
      continue;
    }
    const message = item.details ?? item.title ?? error.title;
    const pointer = item.source?.pointer ?? /^((?:data\.attributes|meta)\.\S+)\s/.exec(message)?.[1]?.replace(/\./g, '/').replace(/^/, '/');
    if (!pointer) continue;
    out.push([pointer.replace(/^\/(data\/attributes|meta)\//, ''), message]);
  }
  return out;
}

/**
 * The server's errors that name a field of `form`: the longest prefix of the error's
 * path that is a field's name (`steps/0/connection-id`, else `steps/0`, else `steps`).
 */
export function serverFieldErrors(error: unknown, form: HTMLFormElement): FieldMessages | null {
  if (!(error instanceof TesseraApiError)) return null;
  const fields: FieldMessages = {};
  const paths = errorPaths(error);
  for (const [path, message] of paths) {
    const parts = path.split('/');
    for (let n = parts.length; n > 0; n--) {
      const name = parts.slice(0, n).join('/');
      // A field shows its error where it has a Field or GroupError: those carry data-field.
      if (form.querySelector(`[data-field="${CSS.escape(name)}"]`)) {
        fields[name] = message;
        break;
      }
    }
  }
  // An error no field can show is shown for the whole form (with the rest of the answer).
  return paths.length && Object.keys(fields).length === paths.length ? fields : null;
}

const FieldErrorsContext = createContext<FieldMessages>({});

/**
 * A labelled input with its hint or error under it. The error is outside the
 * label (so it is not part of the input's name) but describes the input, which
 * is marked invalid: a screen reader reads the name, then what is wrong.
 */
export function Field({ label, name, hint, children, className }: { label: ReactNode; name: string; hint?: ReactNode; children: ReactElement<Record<string, unknown>>; className?: string }) {
  const errors = useContext(FieldErrorsContext);
  const id = useId();
  const error = errors[name];
  const input = isValidElement(children)
    ? cloneElement(children, { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': error ? `${id}-error` : hint ? `${id}-hint` : undefined })
    : children;
  return (
    <div className={`field${className ? ` ${className}` : ''}`} data-field={name}>
      <label htmlFor={id}>{label}</label>
      {input}
      {hint && !error ? (
        <span id={`${id}-hint`} className="hint-inline">
          {hint}
        </span>
      ) : null}
      {error ? (
        <span id={`${id}-error`} className="field-error" data-testid={`error-${name}`}>
          {error}
        </span>
      ) : null}
    </div>
  );
}

/** The error of a group of inputs (a fieldset of checkboxes), under it. */
export function GroupError({ name }: { name: string }) {
  const error = useContext(FieldErrorsContext)[name];
  return error ? (
    <span className="field-error" data-testid={`error-${name}`} role="alert">
      {error}
    </span>
  ) : null;
}

/**
 * A form that submits through `onSubmit(data, form)`: a thrown FieldErrors, or a server
 * error pointing at one of its fields, is shown next to the field; any other error above
 * the buttons. On success the form says `success` (when given).
 */
export function Form({
  label,
  onSubmit,
  success,
  submit,
  inline = false,
  note,
  onCancel,
  reset = true,
  children,
  className,
}: {
  label: string;
  onSubmit: (data: FormData, form: HTMLFormElement) => Promise<unknown>;
  success?: string;
  submit: ReactNode;
  inline?: boolean;
  note?: ReactNode;
  /** An edit form's way out without saving: a Cancel button next to the submit button. */
  onCancel?: () => void;
  /** Clear the inputs after a success (a create form), or keep them (an edit form). */
  reset?: boolean;
  children: ReactNode;
  className?: string;
}) {
  const [fields, setFields] = useState<FieldMessages>({});
  const [error, setError] = useState<Error | null>(null);
  const [busy, setBusy] = useState(false);

  const handle = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    setError(null);
    setFields({});
    setBusy(true);
    try {
      await onSubmit(new FormData(form), form);
      if (reset) form.reset();
      if (success) notify(success);
    } catch (err) {
      const located = err instanceof FieldErrors ? err.fields : serverFieldErrors(err, form);
      if (located) {
        setFields(located);
        // Once the messages are drawn, the first field at fault takes the focus, so its message is read out.
        requestAnimationFrame(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      } else setError(toError(err));
    } finally {
      setBusy(false);
    }
  };

  const button = (
    <button type="submit" disabled={busy} aria-busy={busy}>
      {submit}
    </button>
  );
  const problem = error ? <ErrorMessage error={error} /> : null;
  return (
    <FieldErrorsContext.Provider value={fields}>
      <form className={`${inline ? 'card form inline' : 'card form'}${className ? ` ${className}` : ''}`} onSubmit={handle} aria-label={label} noValidate>
        {children}
        {inline ? (
          <>
            {button}
            {problem}
          </>
        ) : (
          <>
            {problem}
            <div className="form-actions">
              {button}
              {note}
              {onCancel ? (
                <button type="button" className="secondary" onClick={onCancel}>
                  Cancel
                </button>
              ) : null}
            </div>
          </>
        )}
      </form>
    </FieldErrorsContext.Provider>
  );
}

/** A create form whose result is a secret the server shows once (above the form, with a copy button). */
export function SecretCreateForm({
  label,
  secretLabel,
  create,
  onCreated,
  submit,
  success,
  inline = false,
  note,
  children,
}: {
  /** The form's accessible name. */
  label: string;
  /** The label of the secret region once created. */
  secretLabel: string;
  /** Creates from the form's data; resolves to the secret to show, if any. Throw FieldErrors for a field's error. */
  create: (data: FormData) => Promise<string | null | undefined>;
  onCreated: () => void;
  submit: ReactNode;
  /** The success message. */
  success: string;
  inline?: boolean;
  /** Shown next to the submit button (block forms only). */
  note?: ReactNode;
  children: ReactNode;
}) {
  const [secret, setSecret] = useState<string | null>(null);
  return (
    <>
      {secret ? <SecretOnce label={secretLabel} value={secret} onDone={() => setSecret(null)} /> : null}
      <Form
        label={label}
        inline={inline}
        note={note}
        submit={submit}
        success={success}
        onSubmit={async (data) => {
          setSecret((await create(data)) ?? null);
          onCreated();
        }}
      >
        {children}
      </Form>
    </>
  );
}

/** Seconds as the dialogs and lists say them: "24 hours", "7 days", "at once". */
export function duration(seconds: number): string {
  if (seconds === 0) return 'at once';
  if (seconds % 86_400 === 0) return `${seconds / 86_400} day${seconds === 86_400 ? '' : 's'}`;
  if (seconds % 3_600 === 0) return `${seconds / 3_600} hour${seconds === 3_600 ? '' : 's'}`;
  if (seconds % 60 === 0) return `${seconds / 60} minute${seconds === 60 ? '' : 's'}`;
  return `${seconds} seconds`;
}
