/** The create form whose result is a secret the server shows once. */
import { useState, type FormEvent, type ReactNode } from 'react';
import { toError } from '../hooks';
import { ErrorMessage, SecretOnce } from './ui';

export function SecretCreateForm({
  label,
  secretLabel,
  create,
  onCreated,
  submit,
  inline = false,
  note,
  children,
}: {
  /** The form's accessible name. */
  label: string;
  /** The label of the secret region once created. */
  secretLabel: string;
  /** Creates from the form's data; resolves to the secret to show, if any. Throw to show an error. */
  create: (data: FormData) => Promise<string | null | undefined>;
  onCreated: () => void;
  submit: ReactNode;
  inline?: boolean;
  /** Shown next to the submit button (block forms only). */
  note?: ReactNode;
  children: ReactNode;
}) {
  const [secret, setSecret] = useState<string | null>(null);
  const [error, setError] = useState<Error | null>(null);

  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const data = new FormData(form);
    setError(null);
    try {
      setSecret((await create(data)) ?? null);
      form.reset();
      onCreated();
    } catch (err) {
      setError(toError(err));
    }
  };

  const button = <button type="submit">{submit}</button>;
  const problem = error ? <ErrorMessage error={error} /> : null;
  return (
    <>
      {secret ? <SecretOnce label={secretLabel} value={secret} onDone={() => setSecret(null)} /> : null}
      <form className={inline ? 'card form inline' : 'card form'} onSubmit={onSubmit} aria-label={label}>
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
            </div>
          </>
        )}
      </form>
    </>
  );
}
