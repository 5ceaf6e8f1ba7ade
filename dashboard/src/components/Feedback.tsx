/**
 * Feedback after an action: a success message (a toast in one polite live
 * region, so screen readers announce it too), a confirmation dialog before a
 * destructive action, and the action button that ties both to a call.
 * The store is module-level so a message survives the navigation an action may
 * cause (create a workflow → its page says "Workflow created").
 */
import { useEffect, useId, useRef, useState, useSyncExternalStore, type FormEvent, type ReactNode } from 'react';
import { errorText, InlineError, useCall } from './ui';
import './feedback.css';

export interface Toast {
  id: number;
  text: string;
  tone: 'ok' | 'bad';
}

const TOAST_MS = 8_000;
let toasts: Toast[] = [];
let nextId = 1;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());

function dismiss(id: number): void {
  toasts = toasts.filter((t) => t.id !== id);
  emit();
}

/** Shows a message for a few seconds (until dismissed, while the pointer is over it). */
export function notify(text: string, tone: Toast['tone'] = 'ok'): void {
  const id = nextId++;
  toasts = [...toasts.slice(-3), { id, text, tone }];
  emit();
  setTimeout(() => dismiss(id), TOAST_MS);
}

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

/** The one live region the messages appear in; mounted once by the shell. */
export function Toasts() {
  const list = useSyncExternalStore(subscribe, () => toasts);
  return (
    <div className="toasts" role="status" aria-live="polite">
      {list.map((t) => (
        <div key={t.id} className={`toast toast-${t.tone}`} data-testid="toast">
          <span>{t.text}</span>
          <button type="button" className="link" aria-label="Dismiss message" onClick={() => dismiss(t.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}

export interface ConfirmOptions {
  /** The dialog's heading (its accessible name). */
  title: string;
  /** What happens, in a sentence or two. */
  body?: ReactNode;
  /** The confirming button's word (the dialog's verb, e.g. "Revoke"). */
  confirmLabel: string;
  /** A destructive action: the confirming button is red. */
  danger?: boolean;
  /** Inputs inside the dialog (e.g. a grace period); their values reach `run` as FormData. */
  fields?: ReactNode;
}

/**
 * A modal dialog (`<dialog>`: focus stays inside, Escape cancels) that runs
 * `run` with its form's data when confirmed, and shows the call's error
 * inside itself so the user can try again or cancel.
 */
function ConfirmDialog({ options, open, onClose, run }: { options: ConfirmOptions; open: boolean; onClose: () => void; run: (data: FormData) => Promise<void> }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const { busy, error, setError, attempt } = useCall();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      setError(null);
      dialog.showModal();
    } else if (!open && dialog.open) dialog.close();
  }, [open]);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    await attempt(async () => {
      await run(data);
      onClose();
    });
  };
  return (
    <dialog ref={ref} className="confirm" aria-labelledby={titleId} onClose={onClose} onCancel={onClose}>
      <form onSubmit={submit}>
        <h2 id={titleId}>{options.title}</h2>
        {options.body ? <div className="confirm-body">{options.body}</div> : null}
        {options.fields ? <div className="confirm-fields">{options.fields}</div> : null}
        {error ? (
          <p className="inline-error" role="alert">
            {errorText(error)}
          </p>
        ) : null}
        <div className="form-actions">
          <button type="submit" className={options.danger ? 'danger' : undefined} disabled={busy} aria-busy={busy}>
            {options.confirmLabel}
          </button>
          <button type="button" className="secondary" onClick={onClose} disabled={busy}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}

/**
 * A button for one lifecycle action: asks first when `confirm` is given, runs
 * the call, says `success` (or what the call answers) in a message, and shows
 * an error next to itself. `run` gets the dialog's form data (empty without one).
 *
 * @example
 * <Action className="danger small" confirm={{ title: 'Revoke key?', confirmLabel: 'Revoke', danger: true }}
 *   success="API key revoked" run={() => revoke(id)}>Revoke</Action>
 */
export function Action({
  run,
  children,
  success,
  confirm,
  className,
  disabled,
  label,
}: {
  run: (data: FormData) => Promise<unknown>;
  children: ReactNode;
  /** The success message; a function of the call's result for a message that names what happened. */
  success: string | ((result: unknown) => string);
  confirm?: ConfirmOptions;
  className?: string;
  disabled?: boolean;
  /** An accessible name when the visible word alone is ambiguous in a list ("Revoke CI token"). */
  label?: string;
}) {
  const [open, setOpen] = useState(false);
  const { busy, error, setError, attempt } = useCall();
  const perform = async (data: FormData) => {
    const result = await run(data);
    notify(typeof success === 'function' ? success(result) : success);
  };
  const click = async () => {
    setError(null);
    if (confirm) return setOpen(true);
    await attempt(() => perform(new FormData()));
  };
  return (
    <span className="action">
      <button type="button" className={className} onClick={click} disabled={busy || disabled} aria-busy={busy} aria-label={label}>
        {children}
      </button>
      <InlineError error={error} />
      {confirm ? <ConfirmDialog options={confirm} open={open} onClose={() => setOpen(false)} run={perform} /> : null}
    </span>
  );
}

/**
 * A list row's Rotate: asks how long the old secret keeps working (the form field `field`,
 * from `choices`), then runs `run` with the dialog's data; the new secret shows once.
 */
export function RotateAction({
  name,
  body,
  field,
  choices,
  defaultValue,
  run,
}: {
  /** The credential's name, in the dialog's title and the button's accessible name. */
  name: string;
  body: ReactNode;
  field: string;
  choices: [number, string][];
  defaultValue: number;
  run: (data: FormData) => Promise<unknown>;
}) {
  return (
    <Action
      className="secondary small"
      label={`Rotate ${name}`}
      success={`Rotated "${name}": copy the new secret now`}
      confirm={{
        title: `Rotate "${name}"?`,
        body,
        fields: <GraceSelect name={field} label="Old secret keeps working" choices={choices} defaultValue={defaultValue} />,
        confirmLabel: 'Rotate',
      }}
      run={run}
    >
      Rotate
    </Action>
  );
}

/** A duration picker for dialogs: how long an old secret keeps working. */
export function GraceSelect({ name, label, choices, defaultValue }: { name: string; label: string; choices: [number, string][]; defaultValue: number }) {
  return (
    <label>
      {label}
      <select name={name} defaultValue={String(defaultValue)}>
        {choices.map(([seconds, text]) => (
          <option key={seconds} value={seconds}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}
