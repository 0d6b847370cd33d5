import { useState } from 'react';
import type { FormEvent } from 'react';
import { Navigate } from 'react-router';
import { useSession } from '../api/session.tsx';
import { ProblemBanner } from '../components/problem-banner.tsx';
import { useTexts } from '../i18n/language.tsx';
import { homeOf } from '../routes.tsx';

const texts = {
  nl: {
    title: 'Aanmelden bij Vezel',
    email: 'E-mailadres',
    password: 'Wachtwoord',
    signIn: 'Aanmelden',
    // The API refuses an unknown address, a wrong password and an inactive user alike (401).
    refused: 'E-mailadres of wachtwoord klopt niet.',
  },
  en: {
    title: 'Sign in to Vezel',
    email: 'E-mail address',
    password: 'Password',
    signIn: 'Sign in',
    refused: 'E-mail address or password is not right.',
  },
};

export function SignInPage() {
  const { user, signIn } = useSession();
  const t = useTexts(texts);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  if (user) return <Navigate to={homeOf(user.role)} replace />;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(undefined);
    try {
      await signIn(String(form.get('email')), String(form.get('password')));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="sign-in" id="main">
      <h1>{t.title}</h1>
      <form onSubmit={submit}>
        <label>
          {t.email}
          <input name="email" type="email" autoComplete="username" required autoFocus />
        </label>
        <label>
          {t.password}
          <input name="password" type="password" autoComplete="current-password" required />
        </label>
        <ProblemBanner error={error} meaning={{ 401: t.refused }} />
        <button type="submit" disabled={busy}>
          {t.signIn}
        </button>
      </form>
    </main>
  );
}
