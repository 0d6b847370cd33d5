import { NotBuiltYet } from '../../components/not-built-yet.tsx';

export function ProductsPage() {
  return <NotBuiltYet name="ProductsPage" />;
}
