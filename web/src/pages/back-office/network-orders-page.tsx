import { NotBuiltYet } from '../../components/not-built-yet.tsx';

export function NetworkOrdersPage() {
  return <NotBuiltYet name="NetworkOrdersPage" />;
}
