import { NotBuiltYet } from '../../components/not-built-yet.tsx';

export function ContractPage() {
  return <NotBuiltYet name="ContractPage" />;
}
