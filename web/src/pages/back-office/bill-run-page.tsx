import { NotBuiltYet } from '../../components/not-built-yet.tsx';

export function BillRunPage() {
  return <NotBuiltYet name="BillRunPage" />;
}
