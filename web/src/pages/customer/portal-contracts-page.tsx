import { NotBuiltYet } from '../../components/not-built-yet.tsx';

export function PortalContractsPage() {
  return <NotBuiltYet name="PortalContractsPage" />;
}
