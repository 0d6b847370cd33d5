import { NotBuiltYet } from '../../components/not-built-yet.tsx';

export function BillRunsPage() {
  return <NotBuiltYet name="BillRunsPage" />;
}
