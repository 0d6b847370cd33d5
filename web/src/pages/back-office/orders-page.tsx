import { NotBuiltYet } from '../../components/not-built-yet.tsx';

export function OrdersPage() {
  return <NotBuiltYet name="OrdersPage" />;
}
