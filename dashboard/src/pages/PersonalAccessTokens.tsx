/**
 * Personal access tokens on /v3: create with scopes (the token is shown once),
 * edit (name, scopes, expiry), rotate (the new secret shown once, the old one
 * working for a grace period), revoke (kept, listed as revoked) and delete.
 */
import { useState } from 'react';
import { unwrap, type Answer } from 'tessera/sdk';
import { CopyId } from '../components/Copy';
import { ListTable } from '../components/DataTable';
import { ExpiresBadge, useExpiringCredentials } from '../components/ExpiringCredentials';
import { Action, RotateAction } from '../components/Feedback';
import { check, duration, Field, Form, GroupError } from '../components/forms';
import { LEAK_EVENTS_OF_PATS, useSecurityReasons } from '../components/SecurityEvents';
import { ErrorMessage, Loading, PageHeader, SecretOnce, Status, Time } from '../components/ui';
import { useAsync } from '../hooks';
import { useApi } from '../session';

type Token = Answer<'/v3/personal-access-tokens/{id}', 'get'>;

/** /v3 allows a grace of at most one day. */
const GRACE_CHOICES: [number, string][] = [
  [0, 'Stops at once'],
  [3_600, '1 hour'],
  [86_400, '24 hours (the longest)'],
];

const statusOf = (t: Token) => (t.revoked ? 'revoked' : t.expiresAt && new Date(t.expiresAt) < new Date() ? 'expired' : 'active');

export function PersonalAccessTokensPage() {
  const { client } = useApi();
  // The route parses its sorting and paging itself: they are not declared in the contract.
  const tokens = useAsync(() => unwrap(client.v3.GET('/v3/personal-access-tokens', { params: { query: { sort: '-createdAt', limit: 100 } } })), [client]);
  const scopes = useAsync(() => unwrap(client.v3.GET('/v3/scopes')), [client]);
  // Marked against the organization's smallest expiry warning lead; a revoked token says why when a report does.
  const expiring = useExpiringCredentials();
  const reasons = useSecurityReasons(LEAK_EVENTS_OF_PATS);
  const [shown, setShown] = useState<{ label: string; value: string; graceSeconds?: number } | null>(null);

  const create = async (data: FormData) => {
    const name = String(data.get('name') ?? '').trim();
    const chosen = data.getAll('scopes').map(String);
    const daysText = String(data.get('expiresInDays') ?? '');
    const days = Number(daysText);
    check({
      name: !name && 'Give the token a name.',
      scopes: chosen.length === 0 && 'Choose at least one scope.',
      expiresInDays: daysText !== '' && (!Number.isInteger(days) || days < 1) && 'A whole number of days, 1 or more (empty: never).',
    });
    const created = await unwrap(
      client.v3.POST('/v3/personal-access-tokens', {
        body: { name, scopes: chosen, ...(daysText ? { expiresAt: new Date(Date.now() + days * 86_400_000).toISOString() } : {}) },
      }),
    );
    setShown({ label: `New personal access token ${name}`, value: created.token });
    tokens.reload();
  };
  const rotate = async (t: Token, data: FormData) => {
    const graceSeconds = Number(data.get('gracePeriodSeconds'));
    const rotated = await unwrap(client.v3.POST('/v3/personal-access-tokens/{id}/rotate', { params: { path: { id: t.id } }, body: { gracePeriodSeconds: graceSeconds } }));
    setShown({ label: `New secret of ${t.name}`, value: rotated.token, graceSeconds });
    tokens.reload();
  };
  const edit = async (t: Token, data: FormData) => {
    const name = String(data.get('name') ?? '').trim();
    const chosen = data.getAll('scopes').map(String);
    const expiry = String(data.get('expiry') ?? 'keep');
    if (!name) throw new Error('Give the token a name.');
    if (!chosen.length) throw new Error('Choose at least one scope.');
    const expiresAt = expiry === 'keep' ? undefined : expiry === 'never' ? null : new Date(Date.now() + Number(expiry) * 86_400_000).toISOString();
    await unwrap(
      client.v3.PATCH('/v3/personal-access-tokens/{id}', {
        params: { path: { id: t.id } },
        body: { name, scopes: chosen, ...(expiresAt !== undefined ? { expiresAt } : {}) },
      }),
    );
    tokens.reload();
  };
  const revoke = (t: Token) => unwrap(client.v3.PATCH('/v3/personal-access-tokens/{id}', { params: { path: { id: t.id } }, body: { revoked: true } })).then(tokens.reload);
  const remove = (t: Token) => unwrap(client.v3.DELETE('/v3/personal-access-tokens/{id}', { params: { path: { id: t.id } } })).then(tokens.reload);

  return (
    <>
      <PageHeader title="Personal access tokens" />
      {shown ? (
        <>
          <SecretOnce label={shown.label} value={shown.value} onDone={() => setShown(null)} />
          {shown.graceSeconds !== undefined ? (
            <p className="notice">
              {shown.graceSeconds ? `The old secret keeps working for ${duration(shown.graceSeconds)}.` : 'The old secret stopped working at once.'}
            </p>
          ) : null}
        </>
      ) : null}
      <Form label="New personal access token" submit="Create token" success="Token created: copy it now" onSubmit={create}>
        <div className="form-row">
          <Field label="Name" name="name">
            <input name="name" maxLength={255} placeholder="CI pipeline" />
          </Field>
          <Field label="Expires in (days)" name="expiresInDays">
            <input name="expiresInDays" type="number" min="1" step="1" placeholder="never" />
          </Field>
        </div>
        <fieldset data-field="scopes">
          <legend>Scopes</legend>
          {scopes.error ? <ErrorMessage error={scopes.error} /> : !scopes.data ? <Loading what="Loading scopes" /> : null}
          <div className="scopes">
            {scopes.data
              ?.filter((s) => s.enforced)
              .map((s) => (
                <label key={s.name} className="check" title={s.description}>
                  <input type="checkbox" name="scopes" value={s.name} /> <code>{s.name}</code>
                </label>
              ))}
          </div>
          <GroupError name="scopes" />
        </fieldset>
      </Form>
      <ListTable
        state={tokens}
        empty="No personal access tokens yet."
        testId="personal-access-tokens"
        columns={[
          { header: 'Name', cell: (t) => t.name },
          { header: 'ID', cell: (t) => <CopyId value={t.id} what="token id" /> },
          { header: 'Scopes', cell: (t) => <code className="scopes-list">{t.scopes.join(' ')}</code> },
          {
            header: 'Status',
            cell: (t) => (
              <>
                <Status value={statusOf(t)} />
                {reasons.has(t.id) ? (
                  <span className="security-reason" data-testid={`security-reason-${t.id}`}>
                    {reasons.get(t.id)}
                  </span>
                ) : null}
              </>
            ),
          },
          {
            header: 'Expires',
            cell: (t) =>
              t.expiresAt ? (
                <>
                  <Time value={t.expiresAt} />
                  {statusOf(t) === 'active' ? <ExpiresBadge expiresAt={t.expiresAt} withinSeconds={expiring.withinSeconds} /> : null}
                </>
              ) : (
                'never'
              ),
          },
          { header: 'Last used', cell: (t) => <Time value={t.lastUsedAt} /> },
          {
            header: 'Actions',
            hiddenHeader: true,
            cell: (t) => (
              <span className="row-actions">
                {statusOf(t) === 'active' ? (
                  <>
                    <Action
                      className="secondary small"
                      label={`Edit ${t.name}`}
                      success={`Saved "${t.name}"`}
                      confirm={{
                        title: `Edit "${t.name}"`,
                        fields: (
                          <>
                            <label>
                              Name
                              <input name="name" maxLength={255} defaultValue={t.name} />
                            </label>
                            <label>
                              Expires
                              <select name="expiry" defaultValue="keep">
                                <option value="keep">{t.expiresAt ? `Keep (${new Date(t.expiresAt).toLocaleDateString()})` : 'Keep (never)'}</option>
                                <option value="never">Never</option>
                                <option value="30">In 30 days</option>
                                <option value="90">In 90 days</option>
                                <option value="365">In a year</option>
                              </select>
                            </label>
                            <fieldset>
                              <legend>Scopes</legend>
                              {scopes.data
                                ?.filter((s) => s.enforced || t.scopes.includes(s.name))
                                .map((s) => (
                                  <label key={s.name} className="check" title={s.description}>
                                    <input type="checkbox" name="scopes" value={s.name} defaultChecked={t.scopes.includes(s.name)} /> <code>{s.name}</code>
                                  </label>
                                ))}
                            </fieldset>
                          </>
                        ),
                        confirmLabel: 'Save',
                      }}
                      run={(data) => edit(t, data)}
                    >
                      Edit
                    </Action>
                    <RotateAction
                      name={t.name}
                      body={<p>A new secret is made and shown once.</p>}
                      field="gracePeriodSeconds"
                      choices={GRACE_CHOICES}
                      defaultValue={0}
                      run={(data) => rotate(t, data)}
                    />
                    <Action
                      className="danger small"
                      label={`Revoke ${t.name}`}
                      success={`Revoked "${t.name}"`}
                      confirm={{ title: `Revoke "${t.name}"?`, body: <p>Calls with it fail at once. It stays listed as revoked.</p>, confirmLabel: 'Revoke', danger: true }}
                      run={() => revoke(t)}
                    >
                      Revoke
                    </Action>
                  </>
                ) : null}
                <Action
                  className="danger small"
                  label={`Delete ${t.name}`}
                  success={`Deleted "${t.name}"`}
                  confirm={{ title: `Delete "${t.name}"?`, body: <p>The token is removed; calls with it fail at once.</p>, confirmLabel: 'Delete', danger: true }}
                  run={() => remove(t)}
                >
                  Delete
                </Action>
              </span>
            ),
          },
        ]}
      />
    </>
  );
}
