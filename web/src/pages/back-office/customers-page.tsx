import { NotBuiltYet } from '../../components/not-built-yet.tsx';

export function CustomersPage() {
  return <NotBuiltYet name="CustomersPage" />;
}
