/** Log in with the organization's alias, an email and a password (`POST /v3/accounts/login`). */
import { useState, type FormEvent } from 'react';
import { ErrorMessage } from '../components/ui';
import { toError } from '../hooks';
import { useSession } from '../session';
import { LoginLockedError, login } from '../tessera';
import { ThemeToggle } from '../theme';

export function LoginPage() {
  const { begin, notice } = useSession();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error | null>(null);

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setBusy(true);
    setError(null);
    try {
      const accessToken = await login({
        accountAlias: String(form.get('accountAlias') ?? '').trim(),
        email: String(form.get('email') ?? '').trim(),
        password: String(form.get('password') ?? ''),
      });
      begin(accessToken, 'sandbox');
    } catch (err) {
      setError(toError(err));
      setBusy(false);
    }
  };

  return (
    <main className="login" id="main">
      <div className="login-theme">
        <ThemeToggle />
      </div>
      <form className="card login-card" onSubmit={submit} aria-labelledby="login-title">
        <h1 id="login-title">Log in to Tessera</h1>
        {notice ? (
          <p className="notice" role="status">
            {notice}
          </p>
        ) : null}
        <label>
          Account alias
          <input name="accountAlias" autoComplete="organization" required autoFocus />
        </label>
        <label>
          Email
          <input name="email" type="email" autoComplete="username" required />
        </label>
        <label>
          Password
          <input name="password" type="password" autoComplete="current-password" required />
        </label>
        {error instanceof LoginLockedError ? (
          <div className="error" role="alert" data-testid="login-locked">
            <strong>Login locked for now</strong>
            <span>{error.message}</span>
          </div>
        ) : error ? (
          <ErrorMessage error={error} />
        ) : null}
        <button type="submit" disabled={busy}>
          {busy ? 'Logging in…' : 'Log in'}
        </button>
        <p className="hint">
          With <code>npm start</code>, the demo users are in <code>data/demo.json</code>.
        </p>
      </form>
    </main>
  );
}
