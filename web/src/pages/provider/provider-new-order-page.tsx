import { NotBuiltYet } from '../../components/not-built-yet.tsx';

export function ProviderNewOrderPage() {
  return <NotBuiltYet name="ProviderNewOrderPage" />;
}
