import { NotBuiltYet } from '../../components/not-built-yet.tsx';

export function PortalContractPage() {
  return <NotBuiltYet name="PortalContractPage" />;
}
