import { NotBuiltYet } from '../../components/not-built-yet.tsx';

export function PortalTermsPage() {
  return <NotBuiltYet name="PortalTermsPage" />;
}
