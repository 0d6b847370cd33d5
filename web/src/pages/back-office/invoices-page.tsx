import { NotBuiltYet } from '../../components/not-built-yet.tsx';

export function InvoicesPage() {
  return <NotBuiltYet name="InvoicesPage" />;
}
