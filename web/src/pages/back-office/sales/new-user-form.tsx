import { useState } from 'react';
import type { FormEvent } from 'react';
import type { Role } from '../../../api/session.tsx';
import { api } from '../../../api/client.ts';
import { ProblemBanner } from '../../../components/problem-banner.tsx';
import { useTexts } from '../../../i18n/language.tsx';
import { CustomerPicker } from './customer-picker.tsx';
import { ProviderPicker } from './provider-picker.tsx';
import { SellerPicker } from './seller-picker.tsx';
import type { User } from './user-types.ts';
import { ROLES, isStaff, roleTexts } from './user-types.ts';

const texts = {
  nl: {
    title: 'Nieuwe gebruiker',
    email: 'E-mailadres',
    name: 'Naam',
    role: 'Rol',
    language: 'Taal',
    password: 'Wachtwoord (minstens 12 tekens; leeg: later instellen)',
    add: 'Gebruiker toevoegen',
    added: (email: string) => `Gebruiker ${email} toegevoegd.`,
  },
  en: {
    title: 'New user',
    email: 'E-mail address',
    name: 'Name',
    role: 'Role',
    language: 'Language',
    password: 'Password (at least 12 characters; empty: set later)',
    add: 'Add user',
    added: (email: string) => `User ${email} added.`,
  },
};

/** A user with a role and its scope: staff optionally one seller, a provider's staff, a customer's contact. */
export function NewUserForm({ onAdded }: { onAdded: (user: User) => void }) {
  const t = useTexts(texts);
  const roles = useTexts(roleTexts);
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('sales');
  const [sellerId, setSellerId] = useState('');
  const [providerId, setProviderId] = useState('');
  const [customerId, setCustomerId] = useState('');
  const [language, setLanguage] = useState<'nl' | 'en'>('nl');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>();
  const [added, setAdded] = useState<string>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    setAdded(undefined);
    try {
      const user = await api.post<User>('/users', {
        email,
        name,
        role,
        language,
        ...(isStaff(role) && sellerId ? { sellerId } : {}),
        ...(role === 'provider' ? { providerId } : {}),
        ...(role === 'customer' ? { customerId } : {}),
        ...(password ? { password } : {}),
      });
      setAdded(t.added(user.email));
      setEmail('');
      setName('');
      setPassword('');
      onAdded(user);
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <section className="card" aria-labelledby="new-user">
      <h2 id="new-user">{t.title}</h2>
      <form className="stack sales-wide" onSubmit={submit} aria-labelledby="new-user">
        <div className="grid">
          <label>
            {t.email}
            <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} required />
          </label>
          <label>
            {t.name}
            <input value={name} onChange={(e) => setName(e.target.value)} required />
          </label>
          <label>
            {t.role}
            <select value={role} onChange={(e) => setRole(e.target.value as Role)}>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {roles[r]}
                </option>
              ))}
            </select>
          </label>
          {isStaff(role) ? <SellerPicker value={sellerId} onChange={setSellerId} allowAll /> : null}
          {role === 'provider' ? <ProviderPicker value={providerId} onChange={setProviderId} /> : null}
          {role === 'customer' ? <CustomerPicker value={customerId} onChange={setCustomerId} /> : null}
          <label>
            {t.language}
            <select value={language} onChange={(e) => setLanguage(e.target.value as 'nl' | 'en')}>
              <option value="nl">Nederlands</option>
              <option value="en">English</option>
            </select>
          </label>
          <label>
            {t.password}
            <input
              type="password"
              autoComplete="new-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          </label>
        </div>
        <ProblemBanner error={error} />
        {added ? (
          <p className="notice" role="status">
            {added}
          </p>
        ) : null}
        <div>
          <button type="submit">{t.add}</button>
        </div>
      </form>
    </section>
  );
}
