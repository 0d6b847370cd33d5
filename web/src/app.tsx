import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import type { ReactNode } from 'react';
import { SessionProvider, useSession } from './api/session.tsx';
import type { Role } from './api/session.tsx';
import { LanguageProvider } from './i18n/language.tsx';
import { Shell } from './layout/shell.tsx';
import { SignInPage } from './pages/sign-in-page.tsx';
import { homeOf, screens } from './routes.tsx';

export function App() {
  return (
    <LanguageProvider>
      <SessionProvider>
        <BrowserRouter basename="/app">
          <Routes>
            <Route path="sign-in" element={<SignInPage />} />
            <Route element={<SignedIn />}>
              {screens.map((screen) => (
                <Route
                  key={screen.path}
                  path={screen.path}
                  element={
                    <Allowed roles={screen.roles}>
                      <screen.component />
                    </Allowed>
                  }
                />
              ))}
              <Route path="*" element={<Home />} />
            </Route>
          </Routes>
        </BrowserRouter>
      </SessionProvider>
    </LanguageProvider>
  );
}

function SignedIn() {
  const { user, checked } = useSession();
  if (!checked) return null;
  if (!user) return <Navigate to="/sign-in" replace />;
  return <Shell />;
}

function Allowed({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const { user } = useSession();
  if (!user || !roles.includes(user.role)) return <Home />;
  return children;
}

function Home() {
  const { user } = useSession();
  return <Navigate to={user ? homeOf(user.role) : '/sign-in'} replace />;
}
