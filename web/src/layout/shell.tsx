import { NavLink, Outlet } from 'react-router';
import { useSession } from '../api/session.tsx';
import { useLanguage, useTexts } from '../i18n/language.tsx';
import { screens } from '../routes.tsx';

const texts = {
  nl: { signOut: 'Afmelden', menu: 'Hoofdmenu', language: 'Taal', skip: 'Naar de inhoud' },
  en: { signOut: 'Sign out', menu: 'Main menu', language: 'Language', skip: 'Skip to content' },
};

/** The frame of every screen after sign-in: the menu for the user's role, language, sign-out. */
export function Shell() {
  const { user, signOut } = useSession();
  const { language, setLanguage } = useLanguage();
  const t = useTexts(texts);
  if (!user) return null;
  const menu = screens.filter((s) => s.menu && s.roles.includes(user.role));
  return (
    <div className="shell">
      <a className="skip" href="#main">
        {t.skip}
      </a>
      <header className="top">
        <span className="brand">Vezel</span>
        <nav aria-label={t.menu}>
          <ul>
            {menu.map((screen) => (
              <li key={screen.path}>
                <NavLink to={`/${screen.path}`} end>
                  {screen.menu![language]}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="who">
          <label>
            <span className="visually-hidden">{t.language}</span>
            <select value={language} onChange={(e) => setLanguage(e.target.value === 'en' ? 'en' : 'nl')}>
              <option value="nl">NL</option>
              <option value="en">EN</option>
            </select>
          </label>
          <span>
            {user.name} · {user.role}
          </span>
          <button type="button" onClick={() => void signOut()}>
            {t.signOut}
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
