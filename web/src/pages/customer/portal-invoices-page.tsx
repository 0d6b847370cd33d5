import { NotBuiltYet } from '../../components/not-built-yet.tsx';

export function PortalInvoicesPage() {
  return <NotBuiltYet name="PortalInvoicesPage" />;
}
