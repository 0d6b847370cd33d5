import { useState } from 'react';
import type { FormEvent } from 'react';
import type { Role } from '../../../api/session.tsx';
import { api } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { ProblemBanner } from '../../../components/problem-banner.tsx';
import { formatDateTime } from '../../../i18n/format.ts';
import { useTexts } from '../../../i18n/language.tsx';
import { SellerPicker } from './seller-picker.tsx';
import type { ApiToken, User } from './user-types.ts';
import { ROLES, isStaff, roleTexts } from './user-types.ts';

const texts = {
  nl: {
    user: 'Gebruiker',
    email: 'E-mailadres',
    role: 'Rol',
    scope: 'Beperkt tot',
    status: 'Status',
    active: 'Actief',
    inactive: 'Gedeactiveerd',
    noPassword: 'nog geen wachtwoord',
    lastSignIn: 'Laatst aangemeld',
    change: 'Rol en verkoper wijzigen',
    save: 'Opslaan',
    saved: 'Opgeslagen.',
    deactivate: 'Deactiveren',
    activate: 'Weer activeren',
    deactivated: 'De gebruiker is gedeactiveerd; sessies zijn beëindigd.',
    activated: 'De gebruiker is weer actief.',
    password: 'Nieuw wachtwoord (minstens 12 tekens)',
    setPassword: 'Wachtwoord instellen',
    passwordSet: 'Het wachtwoord is ingesteld; sessies van de gebruiker zijn beëindigd.',
    tokens: 'API-tokens',
    tokenName: 'Naam van het nieuwe token',
    makeToken: 'Token maken',
    secret: 'Het token (alleen nu te zien, bewaar het veilig):',
    name: 'Naam',
    prefix: 'Begint met',
    created: 'Gemaakt',
    lastUsed: 'Laatst gebruikt',
    revoked: 'Ingetrokken',
    revoke: 'Intrekken',
    none: 'Geen tokens',
    close: 'Sluiten',
  },
  en: {
    user: 'User',
    email: 'E-mail address',
    role: 'Role',
    scope: 'Limited to',
    status: 'Status',
    active: 'Active',
    inactive: 'Deactivated',
    noPassword: 'no password yet',
    lastSignIn: 'Last signed in',
    change: 'Change role and seller',
    save: 'Save',
    saved: 'Saved.',
    deactivate: 'Deactivate',
    activate: 'Activate again',
    deactivated: 'The user is deactivated; their sessions have ended.',
    activated: 'The user is active again.',
    password: 'New password (at least 12 characters)',
    setPassword: 'Set password',
    passwordSet: 'The password is set; the user’s sessions have ended.',
    tokens: 'API tokens',
    tokenName: 'Name of the new token',
    makeToken: 'Make token',
    secret: 'The token (shown only now, keep it safe):',
    name: 'Name',
    prefix: 'Starts with',
    created: 'Created',
    lastUsed: 'Last used',
    revoked: 'Revoked',
    revoke: 'Revoke',
    none: 'No tokens',
    close: 'Close',
  },
};

/** One user: role and seller limit, deactivating, a new password, and API tokens. */
export function UserPanel({
  userId,
  onChanged,
  onClose,
}: {
  userId: string;
  onChanged: () => void;
  onClose: () => void;
}) {
  const t = useTexts(texts);
  const roles = useTexts(roleTexts);
  const user = useApi(() => api.get<User>(`/users/${userId}`), [userId]);
  const tokens = useApi(() => api.get<{ items: ApiToken[] }>(`/users/${userId}/tokens`), [userId]);
  const [role, setRole] = useState<Role>();
  const [sellerId, setSellerId] = useState<string>();
  const [password, setPassword] = useState('');
  const [tokenName, setTokenName] = useState('');
  const [secret, setSecret] = useState<string>();
  const [error, setError] = useState<unknown>();
  const [done, setDone] = useState<string>();

  const run = async (work: () => Promise<unknown>, message?: string) => {
    setError(undefined);
    setDone(undefined);
    setSecret(undefined);
    try {
      await work();
      if (message) setDone(message);
      user.reload();
      tokens.reload();
      onChanged();
    } catch (caught) {
      setError(caught);
    }
  };

  const u = user.data;
  if (!u) return <ProblemBanner error={user.error} />;
  const shownRole = role ?? u.role;
  const shownSeller = sellerId ?? u.sellerId ?? '';

  const save = (event: FormEvent) => {
    event.preventDefault();
    void run(
      () =>
        api.patch(`/users/${userId}`, {
          role: shownRole,
          ...(isStaff(shownRole) ? { sellerId: shownSeller || null } : {}),
        }),
      t.saved,
    );
  };

  return (
    <section className="card" aria-labelledby="user-detail">
      <div className="sales-row">
        <h2 id="user-detail">
          {t.user} {u.name}
        </h2>
        <button type="button" className="secondary" onClick={onClose}>
          {t.close}
        </button>
      </div>
      <dl className="facts">
        <dt>{t.email}</dt>
        <dd>{u.email}</dd>
        <dt>{t.role}</dt>
        <dd>{roles[u.role]}</dd>
        <dt>{t.scope}</dt>
        <dd>{u.sellerId ?? u.providerId ?? u.customerId ?? '—'}</dd>
        <dt>{t.status}</dt>
        <dd>
          {u.active ? (
            <span className="good">✓ {t.active}</span>
          ) : (
            <span className="bad">✗ {t.inactive}</span>
          )}
          {u.hasPassword ? null : <span className="warn"> ({t.noPassword})</span>}
        </dd>
        <dt>{t.lastSignIn}</dt>
        <dd>{formatDateTime(u.lastSignInAt)}</dd>
      </dl>
      <ProblemBanner error={error} />
      {done ? (
        <p className="notice" role="status">
          {done}
        </p>
      ) : null}
      <div className="sales-row">
        {u.active ? (
          <button
            type="button"
            className="danger"
            onClick={() => void run(() => api.patch(`/users/${userId}`, { active: false }), t.deactivated)}
          >
            {t.deactivate}
          </button>
        ) : (
          <button
            type="button"
            onClick={() => void run(() => api.patch(`/users/${userId}`, { active: true }), t.activated)}
          >
            {t.activate}
          </button>
        )}
      </div>
      {isStaff(u.role) ? (
        <>
          <h3 id="user-change">{t.change}</h3>
          <form className="row" onSubmit={save} aria-labelledby="user-change">
            <label>
              {t.role}
              <select value={shownRole} onChange={(e) => setRole(e.target.value as Role)}>
                {ROLES.filter(isStaff).map((r) => (
                  <option key={r} value={r}>
                    {roles[r]}
                  </option>
                ))}
              </select>
            </label>
            <SellerPicker value={shownSeller} onChange={setSellerId} allowAll />
            <button type="submit">{t.save}</button>
          </form>
        </>
      ) : null}
      <h3 id="user-password">{t.setPassword}</h3>
      <form
        className="row"
        aria-labelledby="user-password"
        onSubmit={(e) => {
          e.preventDefault();
          void run(() => api.post(`/users/${userId}/password`, { password }), t.passwordSet).then(() =>
            setPassword(''),
          );
        }}
      >
        <label>
          {t.password}
          <input
            type="password"
            autoComplete="new-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            required
          />
        </label>
        <button type="submit">{t.setPassword}</button>
      </form>
      <h3 id="user-tokens">{t.tokens}</h3>
      <form
        className="row"
        aria-labelledby="user-tokens"
        onSubmit={(e) => {
          e.preventDefault();
          void run(async () => {
            const created = await api.post<{ secret: string }>(`/users/${userId}/tokens`, {
              name: tokenName,
            });
            setSecret(created.secret);
            setTokenName('');
          });
        }}
      >
        <label>
          {t.tokenName}
          <input value={tokenName} onChange={(e) => setTokenName(e.target.value)} required />
        </label>
        <button type="submit">{t.makeToken}</button>
      </form>
      {secret ? (
        <p className="notice" role="status">
          {t.secret} <code>{secret}</code>
        </p>
      ) : null}
      <table aria-labelledby="user-tokens">
        <thead>
          <tr>
            <th scope="col">{t.name}</th>
            <th scope="col">{t.prefix}</th>
            <th scope="col">{t.created}</th>
            <th scope="col">{t.lastUsed}</th>
            <th scope="col">{t.revoked}</th>
            <th scope="col">
              <span className="visually-hidden">{t.revoke}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {tokens.data?.items.length === 0 ? (
            <tr>
              <td colSpan={6}>{t.none}</td>
            </tr>
          ) : null}
          {tokens.data?.items.map((token) => (
            <tr key={token.id}>
              <td>{token.name}</td>
              <td>
                <code>{token.prefix}…</code>
              </td>
              <td>{formatDateTime(token.createdAt)}</td>
              <td>{formatDateTime(token.lastUsedAt)}</td>
              <td>{token.revokedAt ? formatDateTime(token.revokedAt) : '—'}</td>
              <td>
                {token.revokedAt ? null : (
                  <button
                    type="button"
                    className="danger"
                    aria-label={`${t.revoke} ${token.name}`}
                    onClick={() => void run(() => api.delete(`/users/${userId}/tokens/${token.id}`))}
                  >
                    {t.revoke}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
