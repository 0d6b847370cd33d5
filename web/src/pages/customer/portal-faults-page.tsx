import { NotBuiltYet } from '../../components/not-built-yet.tsx';

export function PortalFaultsPage() {
  return <NotBuiltYet name="PortalFaultsPage" />;
}
