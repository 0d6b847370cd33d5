import { useState } from 'react';
import { api } from '../../api/client.ts';
import { DataTable } from '../../components/data-table.tsx';
import type { Column } from '../../components/data-table.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { useTexts } from '../../i18n/language.tsx';
import { NewUserForm } from './sales/new-user-form.tsx';
import { UserPanel } from './sales/user-panel.tsx';
import type { User } from './sales/user-types.ts';
import { roleTexts } from './sales/user-types.ts';

const texts = {
  nl: {
    title: 'Gebruikers',
    list: 'Gebruikers',
    name: 'Naam',
    email: 'E-mailadres',
    role: 'Rol',
    scope: 'Beperkt tot',
    status: 'Status',
    lastSignIn: 'Laatst aangemeld',
    active: 'Actief',
    inactive: 'Gedeactiveerd',
    open: 'Openen',
  },
  en: {
    title: 'Users',
    list: 'Users',
    name: 'Name',
    email: 'E-mail address',
    role: 'Role',
    scope: 'Limited to',
    status: 'Status',
    lastSignIn: 'Last signed in',
    active: 'Active',
    inactive: 'Deactivated',
    open: 'Open',
  },
};

/** Users (admin): search, add with a role and scope, deactivate, set a password, API tokens. */
export function UsersPage() {
  const t = useTexts(texts);
  const roles = useTexts(roleTexts);
  const [round, setRound] = useState(0);
  const [chosen, setChosen] = useState<string>();

  const columns: Column<User>[] = [
    {
      key: 'name',
      header: t.name,
      sort: 'name',
      render: (u) => (
        <button
          type="button"
          className="link"
          onClick={() => setChosen(u.id)}
          aria-label={`${t.open} ${u.email}`}
        >
          {u.name}
        </button>
      ),
    },
    { key: 'email', header: t.email, sort: 'email', render: (u) => u.email },
    { key: 'role', header: t.role, sort: 'role', render: (u) => roles[u.role] },
    { key: 'scope', header: t.scope, render: (u) => u.sellerId ?? u.providerId ?? u.customerId ?? '—' },
    {
      key: 'status',
      header: t.status,
      render: (u) =>
        u.active ? (
          <span className="badge good">{t.active}</span>
        ) : (
          <span className="badge bad">{t.inactive}</span>
        ),
    },
    {
      key: 'lastSignIn',
      header: t.lastSignIn,
      sort: 'lastSignInAt',
      render: (u) => formatDateTime(u.lastSignInAt),
    },
  ];

  return (
    <>
      <h1>{t.title}</h1>
      <NewUserForm
        onAdded={(user) => {
          setRound((n) => n + 1);
          setChosen(user.id);
        }}
      />
      <section className="card" aria-labelledby="users-list">
        <h2 id="users-list">{t.list}</h2>
        <DataTable<User>
          label={t.list}
          columns={columns}
          rowKey={(u) => u.id}
          deps={[round]}
          load={({ limit, offset, search, sort, order }) =>
            api.get<{ items: User[]; total: number }>('/users', {
              search,
              limit,
              offset,
              sort,
              order: sort ? order : undefined,
            })
          }
        />
      </section>
      {chosen ? (
        <UserPanel
          key={chosen}
          userId={chosen}
          onChanged={() => setRound((n) => n + 1)}
          onClose={() => setChosen(undefined)}
        />
      ) : null}
    </>
  );
}
